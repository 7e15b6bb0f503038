"""The protocol client (docs/protocol.md): enrol, authenticate, push, pull, and the HQ routes.

Every request goes through the pinned transport. Errors come back as typed exceptions whose
messages a person can act on; the server's own message is shown, never a response body.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.sync.codes import auth_host
from vigil.sync.transport import PinMismatch, make_client

log = logging.getLogger(__name__)

MAX_BATCH = 500
MAX_BATCH_BYTES = 12 * 1024 * 1024  # under the server's 16 MiB, leaving room for base64
AGE_MAGIC = b"age-encryption.org/v1\n"


class SyncError(VigilError):
    """The server refused, or could not be reached. ``retry``: worth trying again later."""

    def __init__(self, message: str, code: str = "", retry: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retry = retry


class Unreachable(SyncError):
    pass


class DeviceRevoked(SyncError):
    def __init__(self, message: str, wipe: bool) -> None:
        super().__init__(message, "device_revoked")
        self.wipe = wipe


class ServerLied(IntegrityError):
    """The server answered something an honest server never would."""


@dataclass(frozen=True)
class Pulled:
    seq: int
    sha256: str
    envelope: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class SyncClient:
    def __init__(
        self,
        url: str,
        pin: str,
        device_id: str = "",
        device_key: bytes = b"",
        proxy: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.url = url
        self.device_id = device_id
        self._key = Ed25519PrivateKey.from_private_bytes(device_key) if device_key else None
        self._http = make_client(url, pin, proxy, timeout)
        self._tokens: dict[str, tuple[str, float]] = {}
        self.round_trips = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self.round_trips += 1
        try:
            return self._http.request(method, path, **kwargs)
        except PinMismatch:
            raise
        except httpx.TimeoutException:
            raise Unreachable("The server did not answer in time.", "timeout", True) from None
        except httpx.TransportError as exc:
            if isinstance(exc.__context__, PinMismatch) or isinstance(exc.__cause__, PinMismatch):
                raise PinMismatch() from None
            raise Unreachable("The server cannot be reached.", "unreachable", True) from None

    def _check(self, response: httpx.Response) -> Any:
        if response.status_code < 400:
            try:
                return response.json()
            except ValueError:
                raise ServerLied("The server answered with something that is not JSON.") from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        code = str(body.get("error", "")) if isinstance(body, dict) else ""
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        message = message or f"The server refused the request ({response.status_code})."
        if code == "device_revoked":
            raise DeviceRevoked(message, bool(body.get("wipe")))
        retry = response.status_code in (429, 500, 502, 503, 504)
        raise SyncError(message, code, retry)

    def _token(self, action: str) -> str:
        cached = self._tokens.get(action)
        if cached and cached[1] > time.monotonic() + 30:
            return cached[0]
        if self._key is None:
            raise SyncError("This device is not enrolled.")
        challenge = self._check(
            self._send(
                "POST", "/v1/auth/challenge", json={"device_id": self.device_id, "action": action}
            )
        )
        nonce = str(challenge["nonce"])
        # Our own host, from our own URL: never the host the server names (protocol 5.2).
        message = f"vigil-auth-v1\n{auth_host(self.url)}\n{action}\n{nonce}\n{self.device_id}\n"
        signature = self._key.sign(message.encode())
        answer = self._check(
            self._send(
                "POST",
                "/v1/auth/token",
                json={
                    "device_id": self.device_id,
                    "action": action,
                    "nonce": nonce,
                    "signature": _b64(signature),
                },
            )
        )
        token = str(answer["token"])
        self._tokens[action] = (token, time.monotonic() + float(answer.get("expires_in", 60)))
        return token

    def call(self, method: str, path: str, action: str = "sync", **kwargs: Any) -> Any:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._token(action)}"}
            response = self._send(method, path, headers=headers, **kwargs)
            if response.status_code == 401 and attempt == 1:
                self._tokens.pop(action, None)  # expired: one new token, one retry
                continue
            return self._check(response)
        raise AssertionError("unreachable")

    # -- enrolment --------------------------------------------------------------------------

    def enrol(self, secret: str, device_key: bytes, age_recipient: str, signing_key: bytes) -> Any:
        key = Ed25519PrivateKey.from_private_bytes(device_key)
        public = key.public_key().public_bytes_raw()
        body = {
            "secret": secret,
            "device_key": _b64(public),
            "age_recipient": age_recipient,
            "signing_key": _b64(signing_key),
        }
        answer = self._check(self._send("POST", "/v1/enrol", json=body))
        self.device_id = str(answer["device_id"])
        self._key = key
        return answer

    # -- envelopes --------------------------------------------------------------------------

    def push(self, envelopes: Sequence[bytes], audience: Any = "hq") -> list[int]:
        """Push in batches; return each envelope's log sequence number."""
        seqs: list[int] = []
        for batch in _batches(envelopes):
            items = [
                {"sha256": hashlib.sha256(e).hexdigest(), "envelope": _b64(e), "audience": audience}
                for e in batch
            ]
            answer = self.call("POST", "/v1/envelopes", json={"envelopes": items})
            results = answer.get("results", [])
            if len(results) != len(items) or any(
                r.get("sha256") != i["sha256"] for r, i in zip(results, items, strict=False)
            ):
                raise ServerLied("The server acknowledged other envelopes than those sent.")
            seqs += [int(r["seq"]) for r in results]
        return seqs

    def pull(self, since: int, limit: int = 500) -> Iterator[tuple[list[Pulled], int, bool]]:
        """Pages of (envelopes, next cursor, more). Every envelope is checked against its hash."""
        cursor = since
        while True:
            answer = self.call("GET", "/v1/envelopes", params={"since": cursor, "limit": limit})
            items = []
            last = cursor
            for raw in answer.get("items", []):
                data = base64.b64decode(raw["envelope"])
                seq = int(raw["seq"])
                if hashlib.sha256(data).hexdigest() != raw["sha256"] or seq <= last:
                    raise ServerLied("The server sent an envelope out of order or damaged.")
                if not data.startswith(AGE_MAGIC):
                    raise ServerLied("The server sent something that is not an envelope.")
                items.append(Pulled(seq, str(raw["sha256"]), data))
                last = seq
            nxt = int(answer.get("next", cursor))
            if nxt < cursor or (items and nxt < items[-1].seq):
                raise ServerLied("The server moved this device's cursor backwards.")
            more = bool(answer.get("more"))
            yield items, nxt, more
            if not more:
                return
            cursor = nxt

    # -- HQ ---------------------------------------------------------------------------------

    def make_enrol_code(self, role: str = "field", ttl_seconds: int = 86_400) -> str:
        answer = self.call(
            "POST",
            "/v1/hq/enrol-codes",
            action="admin",
            json={"role": role, "ttl_seconds": ttl_seconds},
        )
        return str(answer["code"])

    def devices(self) -> list[dict[str, Any]]:
        answer = self.call("GET", "/v1/devices", action="admin")
        return list(answer["devices"] if isinstance(answer, dict) else answer)

    def revoke(self, device_id: str, wipe: bool = False) -> Any:
        return self.call(
            "POST", f"/v1/devices/{device_id}/revoke", action="admin", json={"wipe": wipe}
        )


def _batches(envelopes: Sequence[bytes]) -> Iterator[Sequence[bytes]]:
    batch: list[bytes] = []
    size = 0
    for envelope in envelopes:
        if batch and (len(batch) >= MAX_BATCH or size + len(envelope) > MAX_BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(envelope)
        size += len(envelope)
    if batch:
        yield batch
