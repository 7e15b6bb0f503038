"""Structured logs: one JSON object per line on stderr.

Log records carry events, route templates, status codes, durations, counts, random request
ids (access and crash lines) and ids of devices in security events (enrolment, revocation,
refused auth). Never tokens, secrets,
nonces, signatures, bodies, query strings, database URLs or client addresses. Access lines
carry no device id, so the log cannot be joined with the envelope log to name an author.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOGGER = "vigil_server"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        body: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage() if record.name.startswith(LOGGER) else "library",
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            body.update(fields)
        if not record.name.startswith(LOGGER):
            # A library's message may quote request data; keep only its shape.
            body["detail"] = _library_detail(record)
        if record.exc_info and record.exc_info[1] is not None:
            body["exception"] = describe_exception(record.exc_info[1])
        return json.dumps(body, sort_keys=True, default=str)


def _library_detail(record: logging.LogRecord) -> str:
    template = str(record.msg)
    if record.name.startswith(("uvicorn", "alembic")) and "%" in template:
        return template  # the format string, without its arguments
    return template[:200]


def describe_exception(exc: BaseException) -> str:
    """Type and where it was raised: safe to log, unlike the message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-6:]))
    return f"{type(exc).__name__} at {where}"


class Throttle(logging.Filter):
    """At most ``burst`` lines per library message template per ``window`` seconds: a client
    can make uvicorn warn once per request ("Invalid HTTP request received."), and must not
    be able to fill the disk with it. The first line after a quiet window says how many were
    left out. The server's own events are never throttled: they are one per request at most,
    and the door already counts its refusals into one line a minute."""

    def __init__(self, burst: int = 10, window: float = 60.0) -> None:
        super().__init__()
        self.burst, self.window = burst, window
        self._seen: dict[str, tuple[float, int, int]] = {}  # template: start, shown, left out

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(LOGGER):
            return True
        key = f"{record.name}:{record.msg}"
        start, shown, left_out = self._seen.get(key, (record.created, 0, 0))
        if record.created - start >= self.window:
            if left_out:
                record.fields = {"left_out": left_out, "window_s": int(self.window)}
            start, shown, left_out = record.created, 0, 0
        if shown >= self.burst:
            self._seen[key] = (start, shown, left_out + 1)
            return False
        if len(self._seen) > 1000:  # templates, not values: only a runaway library gets here
            self._seen.clear()
        self._seen[key] = (start, shown + 1, left_out)
        return True


def setup(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(Throttle())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "alembic"):
        lib = logging.getLogger(name)
        lib.handlers[:] = []
        lib.propagate = True
    logging.getLogger("uvicorn.access").disabled = True


def log(event: str, level: int = logging.INFO, **fields: Any) -> None:
    logging.getLogger(LOGGER).log(level, event, extra={"fields": fields})


def uvicorn_log_config() -> dict[str, Any]:
    """Leave uvicorn's loggers to the root JSON handler set up above."""
    return {"version": 1, "disable_existing_loggers": False}
