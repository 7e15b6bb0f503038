"""The routes only the HQ desk may call (docs/protocol.md §4): enrolment codes, the device
list, quotas, escrow recovery and revoke. Each signs in with the ``admin`` action, which the
server grants to the desk's device alone; a field device never holds one of these.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.sync.client import SyncClient, answer_field, b64
from vigil.sync.codes import auth_host
from vigil.sync.errors import ServerLied, SyncError


class DeskClient(SyncClient):
    """A signed-in HQ desk: every field call, plus the desk's own."""

    def make_enrol_code(
        self, role: str = "field", ttl_seconds: int = 86_400, label: str | None = None
    ) -> str:
        body: dict[str, Any] = {"role": role, "ttl_seconds": ttl_seconds}
        if label:
            body["label"] = label
        answer = self.call("POST", "/v1/hq/enrol-codes", action="admin", json=body)
        return str(answer["code"])

    def post_hybrid_recipient(self, recipient: str, signature: bytes) -> Any:
        """Register the desk's hybrid recipient with the HQ key's signature over it
        (``crypto/hq_hybrid.py``), for the codes the server makes and the devices enrolled
        before (docs/protocol.md §9)."""
        body = {"recipient": recipient, "signature": b64(signature)}
        return self.call("POST", "/v1/hq/hybrid-recipient", action="admin", json=body)

    def post_hq_keyset(self, keyset: bytes) -> Any:
        """Store a root-signed key set naming this desk's keys (docs/hq-keys.md)."""
        return self.call("POST", "/v1/hq/keyset", action="admin", json={"keyset": b64(keyset)})

    def devices(self) -> list[dict[str, Any]]:
        answer = self.call("GET", "/v1/devices", action="admin")
        return list(answer["devices"] if isinstance(answer, dict) else answer)

    def set_quota(self, device_id: str, daily: int | None, total: int | None) -> Any:
        """What a field device may store in 24 hours and in all; None: the server's default."""
        return self.call(
            "POST",
            f"/v1/devices/{device_id}/quota",
            action="admin",
            json={"daily_bytes": daily, "total_bytes": total},
        )

    def get_escrow(self, device_id: str) -> bytes:
        answer = self.call("GET", f"/v1/devices/{device_id}/escrow", action="admin")
        if answer.get("device_id") != device_id:
            raise ServerLied("The server sent the escrow envelope of another device.")
        try:
            return base64.b64decode(answer_field(answer, "envelope", str), validate=True)
        except ValueError:
            raise ServerLied("The server sent an escrow envelope that is malformed.") from None

    def revoke(
        self,
        device_id: str,
        wipe: bool = False,
        wipe_order: bytes | None = None,
        push_first: bool = False,
        hq_key: Ed25519PrivateKey | None = None,
    ) -> Any:
        """Revoke a device. Revoking an HQ desk needs the HQ key's signature over a server
        challenge (docs/protocol.md §4.3): given ``hq_key``, it is made when asked for."""
        body: dict[str, Any] = {"wipe": wipe}
        if wipe_order is not None:
            body.update(wipe_order=b64(wipe_order), push_first=push_first)
        path = f"/v1/devices/{device_id}/revoke"
        try:
            return self.call("POST", path, action="admin", json=body)
        except SyncError as refused:
            if refused.code != "hq_proof_required" or hq_key is None:
                raise
        challenge = self.call("POST", "/v1/hq/challenge", action="admin")
        nonce = answer_field(challenge, "nonce", str)
        message = f"vigil-hq-proof-v1\n{auth_host(self.url)}\nrevoke\n{nonce}\n{device_id}\n"
        body["hq_proof"] = {"nonce": nonce, "signature": b64(hq_key.sign(message.encode()))}
        return self.call("POST", path, action="admin", json=body)
