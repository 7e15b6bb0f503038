"""The desktop client proves possession of the HQ key when it enrols an HQ desk: with the key
a second desk of the same HQ identity enrols; the HQ public keys alone do not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.server import ServerProcess
from tests.support.sync import make_hq
from vigil.sync import codes
from vigil.sync.client import SyncClient
from vigil.sync.desk_client import DeskClient
from vigil.sync.errors import SyncError


def test_a_second_hq_desk_signs_the_challenge_with_the_hq_key(
    server: ServerProcess, tmp_path: Path
) -> None:
    hq = make_hq(tmp_path, server.admin_code)
    try:
        identity = hq.vault.identity
        for_keys = (identity.recipient_string, identity.verify_key_bytes)
        code = codes.parse(server.cli("admin-code").stdout.strip().splitlines()[-1])
        with SyncClient(code.url, code.pin) as client:
            with pytest.raises(SyncError) as refused:
                client.enrol(code.secret, os.urandom(32), *for_keys)
            assert refused.value.code == "hq_proof_required"
            answer = client.enrol(code.secret, os.urandom(32), *for_keys, identity.signing_key)
        assert answer["role"] == "hq" and answer["device_id"] != hq.cred.device_id
        # Revoking that desk again needs the HQ key: the client signs when the server asks.
        with DeskClient.for_device(hq.cred) as desk:
            with pytest.raises(SyncError) as unsigned:
                desk.revoke(answer["device_id"])
            assert unsigned.value.code == "hq_proof_required"
            done = desk.revoke(answer["device_id"], hq_key=identity.signing_key)
        assert done["status"] == "revoked"
    finally:
        hq.close()
