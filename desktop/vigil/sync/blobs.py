"""Attachments over the wire: resumable uploads in parts, downloads checked before use.

A blob travels as its age ciphertext followed by zeros up to a Padmé size bucket, so the
server learns only a rounded size. It is named by the SHA-256 of those padded bytes, which the
signed attachment revision records (with the ciphertext's own size and hash): the receiver
keeps only the ciphertext and checks it against the signed hash before anything is decrypted.

Upload jobs are small JSON files in ``outbox/blobs/`` (names and sizes only), so uploads, like
pushes, run while the vault is locked, and resume from the parts the server already has.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.crypto import strict_json
from vigil.crypto.errors import IntegrityError
from vigil.sync.errors import ServerLied, SyncError
from vigil.vault import layout
from vigil.vault.files import atomic_write, fsync_dir, remove_quietly, safe_mkdir

if TYPE_CHECKING:  # the client (httpx) is not loaded for attach/reconcile at unlock
    from vigil.sync.client import SyncClient
    from vigil.vault.store import Vault

PART_SIZE = 4 * 1024 * 1024


@dataclass(frozen=True)
class BlobJob:
    file: str  # the ciphertext file in the vault's attachments folder
    ct_size: int
    padded_size: int
    padded_sha256: str


def jobs_dir(vault_dir: Path) -> Path:
    return vault_dir / layout.OUTBOX / layout.OUTBOX_BLOBS


def queue(vault_dir: Path, payload: dict[str, Any]) -> None:
    """Queue the upload of an attachment's blob (called when its revision is saved)."""
    if not payload.get("padded_sha256"):
        return
    job = BlobJob(f"{payload['blob']}.age", int(payload.get("ct_size", 0)),
                  int(payload["padded_size"]), str(payload["padded_sha256"]))  # fmt: skip
    folder = safe_mkdir(jobs_dir(vault_dir))
    atomic_write(folder / f"{job.padded_sha256}.json", json.dumps(asdict(job)).encode())


def pending(vault_dir: Path) -> list[BlobJob]:
    folder = jobs_dir(vault_dir)
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            out.append(BlobJob(**strict_json.loads(path.read_bytes(), path.name)))
        except (strict_json.StrictJSONError, TypeError):
            remove_quietly(path)  # a damaged job is re-queued at the next unlock
    return out


def _authorised(client: SyncClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {client._token('sync')}"}


def _part(path: Path, index: int, job: BlobJob) -> bytes:
    start = index * PART_SIZE
    end = min(job.padded_size, start + PART_SIZE)
    data = b""
    if start < job.ct_size:
        with open(path, "rb") as handle:
            handle.seek(start)
            data = handle.read(min(end, job.ct_size) - start)
    return data + bytes(end - start - len(data))


def upload_all(vault_dir: Path, client: SyncClient, audience: Any = "hq") -> int:
    done = 0
    for job in pending(vault_dir):
        path = vault_dir / layout.ATTACHMENTS / job.file
        if not path.exists():
            remove_quietly(jobs_dir(vault_dir) / f"{job.padded_sha256}.json")
            continue
        if job.ct_size == 0:
            job = BlobJob(job.file, path.stat().st_size, job.padded_size, job.padded_sha256)
        status = client.call("POST", "/v1/blobs", json={
            "sha256": job.padded_sha256, "size": job.padded_size, "part_size": PART_SIZE,
            "audience": audience})  # fmt: skip
        if not status.get("complete"):
            received = set(status.get("received", []))
            for index in range(int(status["parts"])):
                if index in received:
                    continue
                data = _part(path, index, job)
                headers = {**_authorised(client), "X-Part-SHA256": hashlib.sha256(data).hexdigest(),
                           "Content-Type": "application/octet-stream"}  # fmt: skip
                client._check(client._send("PUT", f"/v1/blobs/{job.padded_sha256}/parts/{index}",
                                           content=data, headers=headers))  # fmt: skip
            client.call("POST", f"/v1/blobs/{job.padded_sha256}/complete")
        mark_done(vault_dir, job.padded_sha256)
        remove_quietly(jobs_dir(vault_dir) / f"{job.padded_sha256}.json")
        done += 1
    return done


def download(client: SyncClient, payload: dict[str, Any], blob_dir: Path) -> str:
    """Fetch one attachment's blob into ``blob_dir``; return its file name.

    Resumable: the bytes received so far stay in ``.download-<padded hash>.partial`` (they are
    ciphertext) and the next attempt asks only for the rest, by byte range. The padded bytes
    must hash to the signed padded hash, and the kept ciphertext to the signed blob hash.
    """
    padded_sha = str(payload["padded_sha256"])
    padded_size = int(payload["padded_size"])
    expected = str(payload["blob"])
    partial = blob_dir / f".download-{padded_sha}.partial"
    whole = hashlib.sha256()
    have = 0
    if partial.exists():
        with open(partial, "rb") as handle:
            while chunk := handle.read(1 << 16):
                whole.update(chunk)
                have += len(chunk)
        if have > padded_size:
            remove_quietly(partial)
            whole, have = hashlib.sha256(), 0
    if have < padded_size:
        headers = _authorised(client)
        if have:
            headers["Range"] = f"bytes={have}-"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "ab") as out:
            url = f"/v1/blobs/{padded_sha}/data"
            with client._http.stream("GET", url, headers=headers) as response:
                if response.status_code not in ((206,) if have else (200,)):
                    response.read()
                    client._check(response)
                    raise SyncError("The server did not send the attachment.")
                for chunk in response.iter_bytes(1 << 16):
                    whole.update(chunk)
                    out.write(chunk)
                    have += len(chunk)
            out.flush()
            os.fsync(out.fileno())
    if whole.hexdigest() != padded_sha or have != padded_size:
        remove_quietly(partial)  # start again next time, from nothing
        raise ServerLied("The server sent an attachment other than the one signed for.")
    os.truncate(partial, int(payload["ct_size"]))  # keep the age file, drop the padding
    kept = hashlib.sha256()
    with open(partial, "rb") as handle:
        while chunk := handle.read(1 << 16):
            kept.update(chunk)
    if kept.hexdigest() != expected:
        remove_quietly(partial)
        raise IntegrityError("The downloaded attachment does not match its signed hash.")
    name = f"{expected}.age"
    os.replace(partial, blob_dir / name)
    fsync_dir(blob_dir)
    return name


def _done_marker(vault_dir: Path, padded_sha: str) -> Path:
    return jobs_dir(vault_dir) / layout.OUTBOX_BLOBS_DONE / f"{padded_sha}.ok"


def attach(vault: Vault) -> None:
    """Queue the blob of every attachment saved from now on."""

    def hook(saved: list[Any]) -> None:
        for rev in saved:
            if rev.kind == "attachment" and not rev.deleted:
                queue(vault.path, dict(rev.payload))

    vault.saved_hooks.append(hook)


def reconcile(vault: Vault) -> int:
    """Queue the blobs of this device's attachments that were never uploaded."""
    queued = 0
    for item in vault.items("attachment"):
        payload = dict(item.payload)
        sha = payload.get("padded_sha256")
        if not sha or not (vault.path / layout.ATTACHMENTS / f"{payload['blob']}.age").exists():
            continue
        if _done_marker(vault.path, sha).exists():
            continue
        if not (jobs_dir(vault.path) / f"{sha}.json").exists():
            queue(vault.path, payload)
            queued += 1
    return queued


def mark_done(vault_dir: Path, padded_sha: str) -> None:
    marker = _done_marker(vault_dir, padded_sha)
    safe_mkdir(marker.parent)
    atomic_write(marker, b"")


def download_missing(vault: Vault, client: SyncClient) -> list[tuple[str, str | None]]:
    """Fetch the blobs of attachments merged from elsewhere (the HQ desk's case). Returns the
    (attachment id, case id) of each one fetched."""
    from vigil.vault.backup import record_blob

    fetched: list[tuple[str, str | None]] = []
    blob_dir = vault.path / layout.ATTACHMENTS
    for item in vault.items("attachment"):
        payload = dict(item.payload)
        if not payload.get("padded_sha256") or (blob_dir / f"{payload['blob']}.age").exists():
            continue
        name = download(client, payload, blob_dir)
        record_blob(vault, item.id, name, str(payload["blob"]), int(payload["ct_size"]))
        fetched.append((item.id, item.case_id))
    return fetched
