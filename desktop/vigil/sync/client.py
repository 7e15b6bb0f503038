"""The protocol client (docs/protocol.md): enrol, authenticate, push, pull, notes, escrow.

What every device does lives here; the routes only the HQ desk may call (enrolment codes, the
device list, quotas, revoke, escrow recovery) are ``desk_client.DeskClient``'s.

Every request goes through the pinned transport. Errors come back as typed exceptions whose
messages a person can act on; the server's own message is shown, never a response body.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import ssl
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import strict_json
from vigil.crypto.envelope import AGE_MAGIC
from vigil.sync.codes import auth_host
from vigil.sync.errors import DeviceRevoked, ServerLied, SyncError, Unreachable
from vigil.sync.transport import PinMismatch, make_client

log = logging.getLogger(__name__)

MAX_BATCH = 500
# Base64 makes 4 bytes of 3: 10 MiB of envelopes is 13.3 MiB of request, under the server's
# 16 MiB body limit with room for the JSON around them (12 MiB came to 16 MiB and over).
MAX_BATCH_BYTES = 10 * 1024 * 1024
MAX_HQ_KEYS = 256 * 1024  # GET /v1/hq/keys: HQ's recipients and their signatures
DAMAGED_PAGE = "The server sent an envelope out of order or damaged."
_T = TypeVar("_T")


def _json(response: httpx.Response) -> Any:
    """A server answer, read like anything else from outside (the server is not trusted);
    its size was already bounded as it was received."""
    return strict_json.loads(
        response.content, "The server's answer", max_bytes=len(response.content)
    )


@dataclass(frozen=True)
class Pulled:
    seq: int
    sha256: str
    envelope: bytes
    received_at: str = ""  # the server's clock when it accepted the envelope, normalised


def server_time(value: Any) -> str:
    """A time the server wrote, as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (so that two compare as
    text in time order: "…00.5Z" sorts before "…00Z" as written); "" if it is not one."""
    from datetime import UTC, datetime

    if not isinstance(value, str) or len(value) > 40:
        return ""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        return ""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Pushed:
    seq: int
    receipt: dict[str, Any] | None  # as the server sent it; None from a server without them
    receipt_keys: list[Any]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class DeviceAccount(Protocol):
    """What signing in needs from a device credential (``credentials.DeviceCredential``)."""

    @property
    def url(self) -> str: ...
    @property
    def pin(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def device_key(self) -> bytes: ...


def _shown_proxy(proxy: str | None) -> str:
    """The proxy as a message may show it: scheme, host and port, never a user or password."""
    if not proxy:
        return ""
    parts = urlsplit(proxy)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


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
        self._proxy = _shown_proxy(proxy)
        self._tokens: dict[str, tuple[str, float]] = {}
        self.round_trips = 0
        # What the last envelope pull said about the notes channel (None: not asked yet).
        self.notes_head: int | None = None
        # "final": a revoked device pushing its outbox before obeying a wipe order.
        self.action = "sync"

    @classmethod
    def for_device(
        cls, cred: DeviceAccount, proxy: str | None = None, timeout: float = 30.0
    ) -> Self:
        """A client that signs in as an enrolled device (its stored credential)."""
        return cls(cred.url, cred.pin, cred.device_id, cred.device_key, proxy, timeout)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------

    def _send(
        self, method: str, path: str, max_bytes: int | None = None, **kwargs: Any
    ) -> httpx.Response:
        self.round_trips += 1
        try:
            if max_bytes is not None:
                return self._bounded(method, path, max_bytes, **kwargs)
            response: httpx.Response = self._http.request(method, path, **kwargs)
            return response
        except PinMismatch:
            raise
        except httpx.TimeoutException:
            raise Unreachable("The server did not answer in time.", "timeout", True) from None
        except httpx.TransportError as exc:
            if isinstance(exc.__context__, PinMismatch) or isinstance(exc.__cause__, PinMismatch):
                raise PinMismatch() from None
            if _tls_version_refused(exc):
                # Said plainly: "cannot be reached" hid that the server (or something in the
                # way) offered only TLS older than 1.2, which this client refuses.
                raise Unreachable(
                    "The server offered only an outdated, insecure TLS version; sync stopped. "
                    "Tell HQ: the server must speak TLS 1.2 or newer.",
                    "tls_version",
                    True,
                ) from None
            if self._proxy and isinstance(exc, httpx.ProxyError):
                raise Unreachable(
                    f"The proxy {self._proxy} answered but could not reach the server.",
                    "unreachable",
                    True,
                ) from None
            if self._proxy and isinstance(exc, httpx.ConnectError):
                # Through a proxy the first connection is to the proxy: that one failed.
                raise Unreachable(
                    f"The proxy {self._proxy} cannot be reached: is it (or Tor) running? "
                    "Nothing was sent without it.",
                    "proxy_unreachable",
                    True,
                ) from None
            raise Unreachable("The server cannot be reached.", "unreachable", True) from None

    def _bounded(self, method: str, path: str, max_bytes: int, **kwargs: Any) -> httpx.Response:
        """The answer read as it arrives and cut off past ``max_bytes`` (decoded): a hostile
        server's endless answer is never held whole."""
        request = self._http.build_request(method, path, **kwargs)
        streamed = self._http.send(request, stream=True)
        body = bytearray()
        try:
            for chunk in streamed.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise ServerLied(
                        f"The server's answer to {path} is larger than any honest one "
                        f"({max_bytes} bytes at most); it was cut off."
                    )
        finally:
            streamed.close()
        # the body is decoded already: the headers that describe the encoded one go
        drop = {"content-encoding", "content-length", "transfer-encoding"}
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() not in drop]
        return httpx.Response(
            streamed.status_code, headers=headers, content=bytes(body), request=request
        )

    def _check(self, response: httpx.Response) -> Any:
        if response.status_code < 400:
            try:
                answer = _json(response)
            except strict_json.StrictJSONError:
                raise ServerLied("The server answered with something that is not JSON.") from None
            # Every answer of the protocol is an object; a list or a number used to escape
            # later as an AttributeError or TypeError that no caller handles.
            if not isinstance(answer, dict):
                raise ServerLied("The server answered with something that is not JSON.")
            return answer
        try:
            body = _json(response)
        except strict_json.StrictJSONError:
            body = {}
        code = str(body.get("error", "")) if isinstance(body, dict) else ""
        message = str(body.get("message", "")) if isinstance(body, dict) else ""
        message = message or f"The server refused the request ({response.status_code})."
        if code == "device_revoked":
            order: bytes | None = None
            raw_order = body.get("wipe_order")
            if isinstance(raw_order, str) and len(raw_order) <= 4096:
                try:
                    order = base64.b64decode(raw_order, validate=True)
                except ValueError:
                    order = None  # malformed: treated as no order at all
            raise DeviceRevoked(
                message, body.get("wipe") is True, order, body.get("push_first") is True
            )
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
        nonce = answer_field(challenge, "nonce", str)
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
                    "signature": b64(signature),
                },
            )
        )
        token = answer_field(answer, "token", str)
        lifetime = answer.get("expires_in", 60)
        if not isinstance(lifetime, int | float) or isinstance(lifetime, bool):
            raise ServerLied("The server answered the login with something malformed.")
        self._tokens[action] = (token, time.monotonic() + float(lifetime))
        return token

    def call(
        self, method: str, path: str, action: str = "", max_bytes: int | None = None, **kwargs: Any
    ) -> Any:
        action = action or self.action
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._token(action)}"}
            response = self._send(method, path, max_bytes, headers=headers, **kwargs)
            if response.status_code == 401 and attempt == 1:
                self._tokens.pop(action, None)  # expired: one new token, one retry
                continue
            return self._check(response)
        raise AssertionError("unreachable")

    # -- enrolment --------------------------------------------------------------------------

    def enrol(
        self,
        secret: str,
        device_key: bytes,
        age_recipient: str,
        signing_key: bytes,
        hq_key: Ed25519PrivateKey | None = None,
        keyset: bytes | None = None,
    ) -> Any:
        """Spend the code. An HQ desk passes the HQ signing key: the server's single-use
        challenge is signed with it, so that holding an HQ code without the key is not enough
        (docs/protocol.md §4.3)."""
        key = Ed25519PrivateKey.from_private_bytes(device_key)
        public = key.public_key().public_bytes_raw()
        body: dict[str, Any] = {
            "secret": secret,
            "device_key": b64(public),
            "age_recipient": age_recipient,
            "signing_key": b64(signing_key),
        }
        if keyset is not None:  # a desk taking over from a seized one (docs/hq-keys.md)
            body["hq_keyset"] = b64(keyset)
        if hq_key is not None:
            challenge = self._check(
                self._send("POST", "/v1/enrol/challenge", json={"secret": secret})
            )
            nonce = answer_field(challenge, "nonce", str)
            # Our own host, never the one the server names, as for the auth string.
            message = f"vigil-hq-proof-v1\n{auth_host(self.url)}\nenrol\n{nonce}\n{b64(public)}\n"
            body["hq_proof"] = {"nonce": nonce, "signature": b64(hq_key.sign(message.encode()))}
        answer = self._check(self._send("POST", "/v1/enrol", json=body))
        self.device_id = str(answer["device_id"])
        self._key = key
        return answer

    # -- envelopes --------------------------------------------------------------------------

    def push(self, envelopes: Sequence[bytes], audience: Any = "hq") -> list[int]:
        """Push in batches; return each envelope's log sequence number."""
        return [p.seq for p in self.push_receipted(envelopes, audience)]

    def push_receipted(self, envelopes: Sequence[bytes], audience: Any = "hq") -> list[Pushed]:
        """Push in batches; return each envelope's sequence number and the server's receipt
        with the receipt key chain, unchecked (checked against the pinned receipt key at the
        next unlock: evidence/receipts.py)."""
        out: list[Pushed] = []
        for batch in _batches(envelopes):
            items = [
                {"sha256": hashlib.sha256(e).hexdigest(), "envelope": b64(e), "audience": audience}
                for e in batch
            ]
            answer = self.call("POST", "/v1/envelopes", json={"envelopes": items})
            results = answer.get("results")
            if (
                not isinstance(results, list)
                or len(results) != len(items)
                or any(
                    not isinstance(r, dict) or r.get("sha256") != i["sha256"]
                    for r, i in zip(results, items, strict=False)
                )
            ):
                raise ServerLied("The server acknowledged other envelopes than those sent.")
            chain = answer.get("receipt_keys")
            out += [
                Pushed(
                    answer_field(r, "seq", int),
                    r.get("receipt") if isinstance(r.get("receipt"), dict) else None,
                    chain if isinstance(chain, list) else [],
                )
                for r in results
            ]
        return out

    def receipts(self, hashes: Sequence[str]) -> tuple[list[dict[str, Any]], list[Any]]:
        """Receipts for envelopes already in the log (POST /v1/receipts), unchecked, with the
        receipt key chain; at most 500 hashes a call."""
        answer = self.call("POST", "/v1/receipts", json={"sha256": list(hashes)})
        found, chain = answer.get("receipts"), answer.get("receipt_keys")
        if not isinstance(found, list) or not isinstance(chain, list):
            raise ServerLied("The server's receipts answer is malformed.")
        return [r for r in found if isinstance(r, dict)], chain

    def pull(self, since: int, limit: int = 500) -> Iterator[tuple[list[Pulled], int, bool]]:
        """Pages of (envelopes, next cursor, more). Every envelope is checked against its hash."""
        cursor = since
        while True:
            answer = self.call("GET", "/v1/envelopes", params={"since": cursor, "limit": limit})
            raw_items = answer.get("items")
            if not isinstance(raw_items, list):
                raise ServerLied("The server sent a page of envelopes that is malformed.")
            items = []
            last = cursor
            for raw in raw_items:
                # A malformed item used to escape as a KeyError or TypeError.
                if not isinstance(raw, dict):
                    raise ServerLied("The server sent a page of envelopes that is malformed.")
                seq, sha = answer_field(raw, "seq", int), answer_field(raw, "sha256", str)
                try:
                    data = base64.b64decode(answer_field(raw, "envelope", str), validate=True)
                except ValueError:
                    raise ServerLied(DAMAGED_PAGE) from None
                if hashlib.sha256(data).hexdigest() != sha or seq <= last:
                    raise ServerLied(DAMAGED_PAGE)
                if not data.startswith(AGE_MAGIC):
                    raise ServerLied("The server sent something that is not an envelope.")
                items.append(Pulled(seq, sha, data, server_time(raw.get("received_at"))))
                last = seq
            nxt = answer_field(answer, "next", int)
            head = answer.get("notes_head", 0)
            if not isinstance(head, int) or isinstance(head, bool) or head < 0:
                raise ServerLied("The server sent a page of envelopes that is malformed.")
            self.notes_head = head
            if nxt < cursor or (items and nxt < items[-1].seq):
                raise ServerLied("The server moved this device's cursor backwards.")
            more = answer.get("more")
            if not isinstance(more, bool):
                raise ServerLied("The server sent a page of envelopes that is malformed.")
            if more and not items and nxt == cursor:
                # "More" without anything new and without moving: asked again, such a server
                # kept this loop (and the app's sync worker) spinning for ever.
                raise ServerLied("The server keeps saying there is more but sends nothing.")
            yield items, nxt, more
            if not more:
                return
            cursor = nxt

    # -- notes (docs/alerts.md) -------------------------------------------------------------

    def post_note(self, data: bytes, audience: Any) -> int:
        """Post one signed note; returns its sequence number in the notes channel."""
        sha = hashlib.sha256(data).hexdigest()
        body = {"sha256": sha, "note": b64(data), "audience": audience}
        answer = self.call("POST", "/v1/notes", json=body)
        seq = answer.get("seq")
        if answer.get("sha256") != sha or not isinstance(seq, int) or isinstance(seq, bool):
            raise ServerLied("The server acknowledged another note than the one sent.")
        return seq

    def notes(
        self, since: int, limit: int = 200
    ) -> Iterator[tuple[list[tuple[int, bytes]], int, bool]]:
        """Pages of (notes as (seq, bytes), next cursor, more), each checked against its hash,
        with the same checks as the envelope pages."""
        cursor = since
        while True:
            answer = self.call("GET", "/v1/notes", params={"since": cursor, "limit": limit})
            raw_items, nxt, more = answer.get("items"), answer.get("next"), answer.get("more")
            if (
                not isinstance(raw_items, list)
                or not isinstance(nxt, int)
                or isinstance(nxt, bool)
                or not isinstance(more, bool)
            ):
                raise ServerLied("The server sent a page of notes that is malformed.")
            items: list[tuple[int, bytes]] = []
            last = cursor
            for item in raw_items:
                if not isinstance(item, dict):
                    raise ServerLied("The server sent a page of notes that is malformed.")
                seq = answer_field(item, "seq", int)
                try:
                    data = base64.b64decode(str(item.get("note")), validate=True)
                except ValueError:
                    raise ServerLied("The server sent a damaged note.") from None
                if hashlib.sha256(data).hexdigest() != item.get("sha256") or seq <= last:
                    raise ServerLied("The server sent a note out of order or damaged.")
                items.append((seq, data))
                last = seq
            if nxt < cursor or (items and nxt < items[-1][0]):
                raise ServerLied("The server moved this device's notes cursor backwards.")
            if more and not items and nxt == cursor:
                raise ServerLied("The server keeps saying there are more notes but sends nothing.")
            yield items, nxt, more
            if not more:
                return
            cursor = nxt

    # -- this device's own record and escrow ---------------------------------------------

    def hq_keys(self) -> Any:
        """``GET /v1/hq/keys``, unchecked (the callers check it against what they pinned),
        its size bounded as it arrives: a few recipients of 2,000 characters, never more."""
        return self.call("GET", "/v1/hq/keys", max_bytes=MAX_HQ_KEYS)

    def hq_keyset(self) -> bytes | None:
        """The newest root-signed HQ key set the server holds, unchecked: the caller checks it
        against the root it pinned (sync/hq_keys.py)."""
        answer = self.call("GET", "/v1/hq/keyset")
        text = answer.get("keyset") if isinstance(answer, dict) else None
        if text is None:
            return None
        if not isinstance(text, str):
            raise ServerLied("The server sent an HQ key set that is malformed.")
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            raise ServerLied("The server sent an HQ key set that is malformed.") from None

    def me(self) -> dict[str, Any]:
        """This device's own record as the server holds it (its label, among others)."""
        answer = self.call("GET", "/v1/me")
        return dict(answer)

    def put_escrow(self, envelope: bytes) -> Any:
        return self.call("PUT", "/v1/escrow", json={"envelope": b64(envelope)})

    def delete_escrow(self) -> bool:
        return self.call("DELETE", "/v1/escrow").get("removed") is True


def answer_field(answer: dict[str, Any], name: str, kind: type[_T]) -> _T:
    """One field of a server's answer, of the type the protocol gives it, or ServerLied."""
    value = answer.get(name)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ServerLied("The server answered with something malformed.")
    return value


def _tls_version_refused(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError) and current.reason in (
            "TLSV1_ALERT_PROTOCOL_VERSION",
            "UNSUPPORTED_PROTOCOL",
            "WRONG_SSL_VERSION",
            "NO_PROTOCOLS_AVAILABLE",
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


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
