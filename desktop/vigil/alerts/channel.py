"""The notes channel: the part of a sync round that needs no vault key (the requests
themselves, with their checks, are the sync client's: ``SyncClient.post_note`` and ``notes``).

``send_queued`` posts what waits in ``alerts-out/`` (a field alert first: it jumps the queue,
before any envelope); ``fetch`` pulls the notes addressed to this device since the cursor.
On a field device every HQ note is verified here already, with the HQ keys pinned in the
keyring credential (and keys a verified rotation introduced): a refused note is dropped and
its reason kept for the integrity log; an accepted one is stored encrypted to this device's
own age key (``alerts-inbox/``) and counted in the locked-screen marker. On the HQ desk the
field's notes are age files that only the unlocked vault opens: they are stored as they
came. The vault checks everything again at unlock (alerts/inbox.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.alerts import note, state
from vigil.crypto import age, strict_json
from vigil.crypto.envelope import AGE_MAGIC
from vigil.sync.errors import ServerLied, SyncError
from vigil.vault.files import atomic_write, remove_quietly, safe_mkdir

if TYPE_CHECKING:  # neither the client (httpx) nor the keyring loads when an unlock queues a note
    from vigil.sync.client import SyncClient
    from vigil.sync.credentials import DeviceCredential

log = logging.getLogger(__name__)
URGENT, NORMAL = 0, 5


def queue(vault_dir: Path, data: bytes, audience: Any, priority: int = NORMAL) -> Path:
    """Keep a note to post at the next round (``priority`` 0 goes first)."""
    folder = safe_mkdir(vault_dir / state.OUTBOX)
    sha = hashlib.sha256(data).hexdigest()
    path = folder / f"{priority}-{time.time_ns():020d}-{sha[:16]}.json"
    body = {"v": 1, "audience": audience, "note": base64.b64encode(data).decode()}
    atomic_write(path, json.dumps(body).encode())
    return path


def queued(vault_dir: Path) -> list[Path]:
    folder = vault_dir / state.OUTBOX
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def send_queued(vault_dir: Path, client: SyncClient) -> int:
    """Post every queued note in order; each file goes only once the server has it."""
    sent = 0
    for path in queued(vault_dir):
        try:
            raw = strict_json.loads(path.read_bytes(), path.name)  # writable by any local user
            data = base64.b64decode(raw["note"], validate=True)
            audience = raw["audience"]
        except (OSError, strict_json.StrictJSONError, ValueError, KeyError, TypeError):
            log.warning("dropped an unreadable queued note")
            remove_quietly(path)
            continue
        client.post_note(data, audience)
        remove_quietly(path)
        sent += 1
    return sent


def _post_quantum_ok(pair: tuple[bytes, bytes], checked: note.Note, data: bytes) -> bool:
    """A note by the key set's Ed25519 key carries a valid ML-DSA-65 signature by its pair."""
    from vigil.crypto import signed_note
    from vigil.crypto.errors import SignatureError

    ed, ml = pair
    if note.key_id_hex(note.HQ_SIGNER, ed) != checked.key_id:
        return True
    try:
        signed_note.verify_mldsa(data, note.HQ_MLDSA_SIGNER, ml, note.MLDSA_CONTEXT)
    except SignatureError:
        return False
    return True


def trusted_keys(cred: DeviceCredential, st: state.ChannelState) -> list[bytes]:
    return [k for k in (*cred.hq_ed25519, *st.keys) if k not in st.retired]


def accept_hq_note(
    vault_dir: Path, cred: DeviceCredential, st: state.ChannelState, data: bytes
) -> note.Note | None:
    """Verify one HQ note while locked; store it for the unlock, or record why not."""
    try:
        checked = note.verify(
            data,
            note.HQ_SIGNER,
            trusted_keys(cred, st),
            cred.device_id,
            st.seq,
            retired=st.retired,
            kinds=note.HQ_KINDS,
        )
    except note.NoteExpired as why:
        # It did arrive, too late to show. Kept for the unlock all the same, which checks it
        # again and counts it as arrived in the vault's own marks: else the next note to
        # everyone would be logged as coming after a withheld one.
        st.seq.accept(why.note)
        _keep(vault_dir, st, why.note, data)
        log.info("a note from HQ expired before it arrived (%s)", why.note.kind)
        return None
    except note.NoteRejected as why:
        if why.reason == "duplicate":
            return None  # it came by hand first: nothing to report
        st.to_log.append(f"{why.reason}: {why}")
        log.warning("refused a note from HQ (%s)", why.reason)
        return None
    if st.post_quantum is not None and not _post_quantum_ok(st.post_quantum, checked, data):
        st.to_log.append("post_quantum: the note lacks a valid ML-DSA-65 signature by HQ.")
        log.warning("refused a note from HQ (%s)", "post_quantum")
        return None
    keys = trusted_keys(cred, st)
    st.seq.accept(checked)
    if checked.kind == "key-rotation" and not checked.encrypted and not st.rooted:
        rotate_in(st, checked, keys)
    _keep(vault_dir, st, checked, data)
    state.bump_marker(vault_dir, checked.kind)
    return checked


def _keep(vault_dir: Path, st: state.ChannelState, checked: note.Note, data: bytes) -> None:
    """A verified note, sealed to this vault, for the unlock to check again and store."""
    folder = safe_mkdir(vault_dir / state.INBOX)
    sealed = age.encrypt(data, [age.parse_recipient(st.self_age)])
    atomic_write(folder / f"{checked.seq:016d}-{checked.note_id[:16]}.age", sealed)


def rotate_in(st: state.ChannelState, rotation: note.Note, signing_keys: list[bytes]) -> None:
    """Apply a verified key rotation: the new key is trusted, the one that signed it retired."""
    new_key = base64.b64decode(str(rotation.payload().get("new_key", "")))
    if len(new_key) == 32 and new_key not in st.keys:
        st.keys.append(new_key)
    for key in signing_keys:
        if note.key_id_hex(note.HQ_SIGNER, key) == rotation.key_id and key not in st.retired:
            st.retired.append(key)


def fetch(vault_dir: Path, client: SyncClient, cred: DeviceCredential) -> int:
    """Pull the notes addressed to this device. Returns how many were kept for the unlock."""
    st = state.load(vault_dir)
    if cred.role != "hq" and not st.self_age:
        return 0  # not yet set up by an unlock: fetch nothing, move nothing
    if client.notes_head is not None and client.notes_head <= st.cursor:
        # The envelope pull already said nothing new is waiting: save the round trip. A
        # server that lies here could as well withhold the notes themselves; withheld
        # notes to everyone are caught by their prev-all chain either way.
        return 0
    kept = 0
    try:
        for items, nxt, _more in client.notes(st.cursor):
            for seq, data in items:
                if cred.role == "hq":
                    if not data.startswith(AGE_MAGIC):
                        st.to_log.append("malformed: a note for HQ that is not an age file.")
                        continue
                    folder = safe_mkdir(vault_dir / state.INBOX)
                    atomic_write(folder / f"{seq:016d}-field.age", data)
                    state.bump_marker(vault_dir, "field")
                    kept += 1
                elif accept_hq_note(vault_dir, cred, st, data) is not None:
                    kept += 1
            st.cursor = nxt
            state.save(vault_dir, st)
    except SyncError as exc:
        if exc.code == "cursor_ahead":
            st.to_log.append(
                "cursor_ahead: the server no longer has notes this device already fetched."
            )
            state.save(vault_dir, st)
            raise ServerLied(
                "The server no longer has notes this device already fetched: it lost data or "
                "is hiding it. Tell HQ by another channel."
            ) from None
        raise
    state.save(vault_dir, st)
    return kept
