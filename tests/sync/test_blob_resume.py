"""An interrupted attachment download resumes from the bytes it has, by byte range."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.support.server import ServerProcess
from tests.support.sync import make_field, make_hq, request_lines
from vigil.sync import blobs
from vigil.sync.client import SyncClient


def test_download_resumes_by_range(
    server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    hq = make_hq(tmp_path, server.admin_code)
    field = make_field(tmp_path, hq, "field")
    case_id = field.new_case("Evidence")
    source = tmp_path / "video.bin"
    source.write_bytes(os.urandom(6 * 1024 * 1024 + 3))
    field.vault.add_attachment(case_id, source)
    assert not field.sync()[0].error
    # HQ fetches the revisions but not yet the blob: merge without the download step
    from vigil.sync.engine import sync_once
    from vigil.sync.unlocked import merge_inbox

    assert not sync_once(hq.vault.path, hq.cred).error
    merge_inbox(hq.vault)
    (item,) = hq.vault.items("attachment")
    payload = dict(item.payload)
    # what an interrupted download left: the first 2.5 MiB of the padded blob
    blob_dir = hq.vault.path / "attachments"
    padded = (field.vault.path / "attachments" / f"{payload['blob']}.age").read_bytes()
    padded += bytes(int(payload["padded_size"]) - len(padded))
    assert hashlib.sha256(padded).hexdigest() == payload["padded_sha256"]
    partial = blob_dir / f".download-{payload['padded_sha256']}.partial"
    partial.write_bytes(padded[: 5 * 512 * 1024])
    before = len(request_lines(server))
    with SyncClient(hq.cred.url, hq.cred.pin, hq.cred.device_id, hq.cred.device_key) as client:
        name = blobs.download(client, payload, blob_dir)
    assert (blob_dir / name).read_bytes() == padded[: int(payload["ct_size"])]
    assert not partial.exists()
    fetched = [r for r in request_lines(server)[before:] if "/data" in str(r)]
    assert len(fetched) == 1
    hq.close()
    field.close()
