"""Which test ran each line, in the test process and in every process it starts (make mutate).

Loaded twice during the coverage run of tools/mutate_cover.py:

* as a pytest plugin (``-p mutate_contexts``) in the test process: at the start of each test it
  names the test's node id as coverage's dynamic context, and writes it to the file named by
  ``MUTATE_CONTEXT_FILE``;
* as a coverage plugin (``plugins = mutate_contexts``), which coverage also loads in every
  Python process the tests start (vigil-server, the vigil CLI), through its subprocess support.
  There no test function runs, so a thread watches that file and switches the process's context
  to the test that is running now: a line the server runs for a test is counted as that test's.

Lines run outside any test (imports, collection) keep the empty context. Only the standard
library and coverage are imported: this module is loaded into every measured process.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

FILE_VAR = "MUTATE_CONTEXT_FILE"
ORDER_VAR = "MUTATE_ORDER_FILE"
PRELOAD_VAR = "MUTATE_PRELOAD_FILE"
POLL = 0.01
OWN = ("tests", "conftest", "vigil", "mutate_", "coverage", "__main__", "__mp_main__")

_in_pytest = False
_started: dict[str, float] = {}


def _switch(name: str) -> None:
    import coverage

    cov = coverage.Coverage.current()
    if cov is None:
        return
    # Coverage stopping at exit refuses: nothing is left to attribute then.
    with contextlib.suppress(Exception):
        cov.switch_context(name)


def _announce(name: str) -> None:
    target = Path(os.environ[FILE_VAR])
    part = target.with_name(f"{target.name}.{os.getpid()}")
    part.write_text(name, "utf-8")
    os.replace(part, target)


# -- the pytest side: the test process ---------------------------------------------------------


def pytest_configure(config: Any) -> None:
    global _in_pytest
    _in_pytest = True


def pytest_runtest_logstart(nodeid: str, location: Any) -> None:
    if FILE_VAR not in os.environ:
        return
    _announce(nodeid)
    _switch(nodeid)
    _started[nodeid] = time.monotonic()


def pytest_runtest_logfinish(nodeid: str, location: Any) -> None:
    if FILE_VAR not in os.environ:
        return
    _announce("")
    _switch("")
    took = time.monotonic() - _started.pop(nodeid, time.monotonic())
    with open(os.environ[ORDER_VAR], "a", encoding="utf-8") as order:
        order.write(f"{took:.3f} {nodeid}\n")


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    """The libraries the tests imported, which tools/mutate_zygote.py imports once for all
    mutants (never the project's own modules or the tests: those must be the mutant's)."""
    if PRELOAD_VAR not in os.environ:
        return
    here = Path.cwd().resolve()
    names = []
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None)
        if name.split(".")[0].startswith(OWN) or name.startswith(OWN):
            continue
        if where and Path(where).resolve().is_relative_to(here):
            continue
        names.append(name)
    Path(os.environ[PRELOAD_VAR]).write_text("\n".join(sorted(names)), "utf-8")


# -- the coverage side: every process the tests start -------------------------------------------


def _follow(path: Path) -> None:
    import coverage

    # Coverage loads its plugins just before it starts: name the test as soon as it runs, so
    # that little of the process's start is left in the empty context.
    for _ in range(5000):
        if _in_pytest or coverage.Coverage.current() is not None:
            break
        time.sleep(0.001)
    seen: tuple[int, int] | None = None
    while not _in_pytest:  # the test process names its contexts itself, at each test's start
        try:
            stat = path.stat()
            now = (stat.st_mtime_ns, stat.st_ino)
            if now != seen:
                seen = now
                _switch(path.read_text("utf-8"))
        except OSError:
            pass
        time.sleep(POLL)


def coverage_init(reg: Any, options: Any) -> None:
    if FILE_VAR in os.environ:
        path = Path(os.environ[FILE_VAR])
        threading.Thread(target=_follow, args=(path,), daemon=True, name="mutate-ctx").start()
