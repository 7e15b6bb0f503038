"""The alert inbox inside the unlocked vault (schema 6): absorb, list, read, keys.

At every unlock and after every sync with the vault open, ``absorb`` opens what the locked
rounds stored in ``alerts-inbox/``, verifies each note again against the state the vault
holds (which cannot be rolled back unnoticed, unlike the file beside it), stores what passes
and applies it: an urgent-action bundle goes through the template gate into the appeals
store (the previous version kept for rollback), a key rotation changes the trusted keys, a
field device's key announcement is pinned. Every refusal is written to the integrity log
with its reason. Nothing in the log, the marker or an exception quotes a note's text.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.alerts import channel, note, state
from vigil.alerts.store import AlertStore, KeyChange
from vigil.crypto import age
from vigil.vault.files import remove_quietly
from vigil.vault.merge import known_author_keys, log_integrity

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)
SEQ_META = "alerts_seq"
DOC_KINDS = ("urgent-action", "follow-up", "closure")


@dataclass
class Absorbed:
    accepted: list[str] = field(default_factory=list)  # kinds
    refused: list[str] = field(default_factory=list)  # reasons
    urgent: int = 0  # field alerts (HQ) or urgent actions (field) among the accepted
    waiting: int = 0  # HQ: field notes kept until the device's revisions vouch for its key


# A field device's notes jump its outbox queue, so the HQ desk can hold a note from a device
# whose first revisions (which vouch for its signing key) have not reached it yet. Such a note
# is kept and tried again at each absorb, for this long, before it is refused.
WAIT_FOR_KEY_SECONDS = 14 * 24 * 3600


def _config(vault: Vault) -> Any:
    from vigil.sync.enrolment import config

    return config(vault)


def seq_state(vault: Vault) -> note.SeqState:
    raw = vault.get_meta(SEQ_META)
    return note.SeqState.from_json(json.loads(raw)) if raw else note.SeqState()


def hq_keys(vault: Vault, cfg: Any) -> tuple[list[bytes], list[bytes]]:
    """(trusted, retired) HQ alert keys: the pinned ones and what verified rotations changed."""
    rows = AlertStore(vault).hq_keys()
    retired = [k for k, s in rows if s == "retired"]
    extra = [k for k, s in rows if s == "trusted"]
    trusted = [k for k in (*sorted(cfg.hq_keys), *extra) if k not in retired]
    return trusted, retired


def field_keys(vault: Vault) -> dict[str, tuple[bytes, str]]:
    """HQ desk: device id -> (signing key, age recipient) pinned from its signed notes."""
    return AlertStore(vault).field_keys()


def absorb(vault: Vault) -> Absorbed:
    cfg = _config(vault)
    result = Absorbed()
    if cfg is None:
        return result
    st = state.load(vault.path)
    own = str(vault.identity.own_recipient())  # what a locked fetch seals HQ notes to
    if cfg.role != "hq" and st.self_age != own:
        st.self_age = own
    marks = seq_state(vault)
    with vault.transaction() as conn:
        for line in st.to_log:
            log_integrity(conn, "alert", f"Refused a note while locked: {line}")
            result.refused.append(line.split(":", 1)[0])
        if any(st.seq.highest.get(k, 0) < v for k, v in marks.highest.items()):
            log_integrity(
                conn,
                "rollback",
                "The alerts state beside the vault went backwards since the last unlock: it "
                "was replaced, or old notes were replayed while the vault was locked.",
            )
    st.to_log = []
    folder = vault.path / state.INBOX
    files = sorted(folder.glob("*.age")) if folder.is_dir() else []
    for path in files:
        try:
            data = age.decrypt(path.read_bytes(), vault.identities)
        except age.AgeError:
            _refuse(vault, result, "undecryptable", "A stored note cannot be decrypted.")
            remove_quietly(path)
            continue
        try:
            if cfg.role == "hq":
                _take_field_note(vault, data, marks, result)
            else:
                _take_hq_note(vault, cfg, data, marks, result)
        except note.NoteExpired as why:
            marks.accept(why.note)  # it did arrive: no gap after it
            if cfg.role == "hq":
                # A field alert HQ never saw (30 days): said in the desk's log all the same,
                # a detention must not vanish without a word.
                _refuse(vault, result, why.reason, str(why))
            else:
                # HQ's note, expired before this unlock: nobody tampered with it. Said in the
                # app's log, by kind only.
                if why.note.gap:
                    _log_gap(vault)
                log.info("a note expired before the vault was unlocked (%s)", why.note.kind)
        except note.NoteRejected as why:
            if why.reason == "duplicate":
                remove_quietly(path)  # came by hand before the server brought it
                continue
            if cfg.role == "hq" and why.reason == "unknown_key" and _young(path):
                result.waiting += 1
                continue  # kept in the inbox: tried again once the device's revisions arrive
            _refuse(vault, result, why.reason, str(why))
        remove_quietly(path)
    vault.set_meta(SEQ_META, json.dumps(marks.to_json()))
    # The state beside the vault follows the vault's (authoritative) marks and keys.
    st.seq.merge(marks)
    if cfg.role != "hq":
        trusted, retired = hq_keys(vault, cfg)
        st.keys = [k for k in trusted if k not in cfg.hq_keys]
        st.retired = retired
        from vigil.sync.root_pin import held, pinned_root

        st.rooted = pinned_root(vault) is not None
        ks = held(vault)
        st.post_quantum = (ks.desk.ed25519, ks.desk.mldsa65) if ks is not None else None
    state.save(vault.path, st)
    refresh_marker(vault)
    return result


def _young(path: Path) -> bool:
    try:
        seconds = datetime.now(UTC).timestamp() - path.stat().st_mtime
    except OSError:
        return False
    return seconds < WAIT_FOR_KEY_SECONDS


def _refuse(vault: Vault, result: Absorbed, reason: str, message: str) -> None:
    result.refused.append(reason)
    with vault.transaction() as conn:
        log_integrity(conn, "alert", f"Refused a note: {reason}: {message}")


def _log_gap(vault: Vault) -> None:
    with vault.transaction() as conn:
        log_integrity(conn, "withheld", "A note HQ sent to everyone before this one never arrived.")


def _require_post_quantum(vault: Vault, data: bytes, checked: note.Note) -> None:
    """A device that holds a root-signed key set knows HQ's ML-DSA-65 key: a note by the set's
    Ed25519 key must carry a valid ML-DSA-65 signature too, so that breaking Ed25519 alone
    forges nothing (docs/hq-keys.md)."""
    from vigil.crypto import signed_note
    from vigil.crypto.errors import SignatureError
    from vigil.sync.root_pin import held

    ks = held(vault)
    if ks is None or note.key_id_hex(note.HQ_SIGNER, ks.desk.ed25519) != checked.key_id:
        return
    try:
        signed_note.verify_mldsa(data, note.HQ_MLDSA_SIGNER, ks.desk.mldsa65, note.MLDSA_CONTEXT)
    except SignatureError as why:
        raise note.NoteRejected("post_quantum", str(why)) from None


def _take_hq_note(
    vault: Vault, cfg: Any, data: bytes, marks: note.SeqState, result: Absorbed
) -> None:
    trusted, retired = hq_keys(vault, cfg)
    checked = note.verify(
        data, note.HQ_SIGNER, trusted, cfg.device_id, marks, retired=retired,
        kinds=note.HQ_KINDS,
    )  # fmt: skip
    _require_post_quantum(vault, data, checked)
    if checked.gap:
        _log_gap(vault)
    body = checked.body
    if checked.encrypted:
        try:
            body = age.decrypt(body, vault.identities)
        except age.AgeError:
            raise note.NoteRejected(
                "undecryptable", "A confidential note is not encrypted to this device."
            ) from None
    payload = note.parse_payload(body)
    try:
        outcome = _apply_hq(vault, checked, payload, trusted)
    finally:
        # Signed and addressed to us: its sequence number is spent even if the template gate
        # refused its content (HQ publishes a corrected note with a new one).
        marks.accept(checked)
    AlertStore(vault).add(checked, payload, data, outcome)
    result.accepted.append(checked.kind)
    result.urgent += checked.kind == "urgent-action"


def _apply_hq(
    vault: Vault, checked: note.Note, payload: dict[str, Any], trusted: list[bytes]
) -> str:
    """Act on a verified HQ note; returns what happened, for the inbox (no case text)."""
    if checked.kind == "key-rotation":
        from vigil.sync.root_pin import pinned_root

        if pinned_root(vault) is not None:
            # The desk's own key endorsing another was the old way; once the root is pinned
            # a thief holding the desk could use it to keep HQ's voice after a rotation.
            raise note.NoteRejected(
                "superseded",
                "A key rotation by note is refused: HQ's keys change only by a root-signed "
                "key set.",
            )
        new_key = base64.b64decode(str(payload.get("new_key", "")))
        if len(new_key) != 32:
            raise note.NoteRejected("malformed", "The key rotation names no valid key.")
        AlertStore(vault).set_keys(
            [KeyChange(key, "hq", None, None, "retired") for key in trusted
             if note.key_id_hex(note.HQ_SIGNER, key) == checked.key_id]
            + [KeyChange(new_key, "hq", None, None, "trusted")]
        )  # fmt: skip
        return "HQ's alert key was rotated."
    if checked.kind == "hq-root":
        from vigil.crypto.hq_keyset import KeySetInvalid
        from vigil.sync import root_pin

        # The migration (docs/hq-keys.md §4): the HQ key this device already trusts endorses
        # the root once. The key set itself comes from the server at the round, checked
        # against this pin.
        try:
            root_pin.pin(vault, str(payload.get("root", "")))
        except KeySetInvalid as why:
            raise note.NoteRejected(why.reason, str(why)) from None
        return "HQ's keys are now under its offline root."
    if checked.kind == "device-seized":
        from vigil.sync.seized import take_note

        return take_note(vault, payload)
    if checked.kind in DOC_KINDS:
        from vigil.appeals.model import DocumentError
        from vigil.appeals.store import AppealStore, load_document
        from vigil.appeals.templates import TemplateRejected

        doc = payload.get("document")
        try:
            # HQ checked the letter data when it published (an older HQ may not have): a
            # device keeps the action rather than refuse it whole for a missing form.
            data = note.canonical(doc) if isinstance(doc, dict) else b""
            actions = load_document(data, "bundle", letter_checks=False)
            store = AppealStore(vault)
            saved = []
            for ua in actions:
                store.save_action(ua, source="hq")
                saved.append(ua.ref)
        except (DocumentError, TemplateRejected) as exc:
            # Signed by HQ but refused by the gate: nothing is replaced; HQ must fix it.
            raise note.NoteRejected(
                "bundle_refused",
                f"An urgent-action bundle from HQ was refused by the template check "
                f"({len(getattr(exc, 'problems', []) or [1])} problem(s)); the previous "
                "version is kept.",
            ) from None
        return "Saved urgent action(s) " + ", ".join(saved)
    return ""


def _take_field_note(vault: Vault, data: bytes, marks: note.SeqState, result: Absorbed) -> None:
    """HQ desk: a field device's note. Its key must be one HQ already trusts from that
    device's revisions (or pinned from its earlier notes), and never change afterwards."""
    pinned = field_keys(vault)
    candidates = [k for k, _ in pinned.values()] + known_author_keys(vault)
    text, kid = note.check_signature(data, note.FIELD_SIGNER, candidates)
    from dataclasses import replace

    parsed = replace(note.parse_text(text), key_id=kid, note_id=note.note_id(text))
    key = next(k for k in candidates if note.key_id_hex(note.FIELD_SIGNER, k) == kid)
    from vigil.sync.seized import is_seized

    if is_seized(vault, parsed.sender):
        # Its key is still known from its revisions: without this, a note it signs after
        # the seizure (carried in a bundle) was shown, and trusted its retired key again.
        raise note.NoteRejected("seized", "A note from a device HQ recorded as seized.")
    if parsed.sender == "hq" or (parsed.sender in pinned and pinned[parsed.sender][0] != key):
        raise note.NoteRejected(
            "changed_key", "A field device's note is signed by another key than before."
        )
    checked = note.check_fields(parsed, "hq", marks, kinds=note.FIELD_KINDS)
    payload = note.parse_payload(checked.body)
    age_key = age_pq = None
    moved: bytes | None = None
    if checked.kind == "device-keys":
        age_key = str(payload.get("age", ""))
        try:
            age.X25519Recipient.from_string(age_key)
        except age.AgeKeyError:
            raise note.NoteRejected(
                "malformed", "A device's key note has no valid age key."
            ) from None
        age_pq = _announced_hybrid_key(payload)
        moved = _announced_signing_key(payload)
    if moved is not None and moved != key:
        # The device changed its keys (passwd --rekey --new-identity) and says so with the
        # key this desk pinned: the pin moves, and the old key signs nothing more.
        AlertStore(vault).set_keys([
            KeyChange(key, "field", parsed.sender, None, "retired"),
            KeyChange(moved, "field", parsed.sender, age_key, "trusted", age_pq),
        ])  # fmt: skip
    elif parsed.sender not in pinned or age_key:
        AlertStore(vault).set_keys(
            [KeyChange(key, "field", parsed.sender, age_key, "trusted", age_pq)]
        )
    marks.accept(checked)
    AlertStore(vault).add(checked, payload, data, "")
    result.accepted.append(checked.kind)
    result.urgent += checked.kind == "field-alert"


def _announced_hybrid_key(payload: dict[str, Any]) -> str | None:
    """The hybrid (post-quantum) age key a ``device-keys`` note announces, if any (a device
    older than hybrid keys announces none)."""
    if "age_pq" not in payload:
        return None
    text = str(payload["age_pq"])
    try:
        age.HybridRecipient.from_string(text)
    except age.AgeKeyError:
        raise note.NoteRejected(
            "malformed", "A device's key note names no valid post-quantum key."
        ) from None
    return text


def device_recipients(vault: Vault, devices: list[str]) -> list[age.Recipient]:
    """The age keys to encrypt to for ``devices`` (each must have announced its X25519 key):
    their hybrid keys when every one of them announced one, else their X25519 keys, since an
    age file cannot mix the two."""
    known = field_keys(vault)
    hybrid = AlertStore(vault).field_hybrid_keys()
    if all(d in hybrid for d in devices):
        return [age.HybridRecipient.from_string(hybrid[d]) for d in devices]
    log.warning(
        "encrypting to X25519 keys: %d of %d devices have not announced a post-quantum key",
        sum(d not in hybrid for d in devices), len(devices),
    )  # fmt: skip
    return [age.X25519Recipient.from_string(known[d][1]) for d in devices]


def _announced_signing_key(payload: dict[str, Any]) -> bytes | None:
    """The new signing key a ``device-keys`` note announces, if it announces one."""
    if "signing" not in payload:
        return None
    try:
        key = base64.b64decode(str(payload["signing"]), validate=True)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise note.NoteRejected("malformed", "A device's key note names no valid signing key.")
    return key


def alerts(vault: Vault, unread_only: bool = False) -> list[dict[str, Any]]:
    """The notes kept, newest first; on the HQ desk a field device's note also carries the
    label HQ gave that device (``from_label``, "" when it has none or is not known yet)."""
    from vigil.sync.device_names import known

    rows = AlertStore(vault).rows(unread_only)
    if any(row["from"] != "hq" for row in rows):
        labels = known(vault)
        for row in rows:
            if row["from"] != "hq":
                row["from_label"] = labels.get(row["from"], "")
    return rows


def unnamed_senders(vault: Vault) -> set[str]:
    """HQ desk: field devices whose notes are kept here but whose label the desk never heard."""
    from vigil.sync.device_names import known

    labels = known(vault)
    return {row["from"] for row in AlertStore(vault).rows()} - labels.keys() - {"hq"}


def mark_read(vault: Vault, ids: list[str] | None = None) -> int:
    done = AlertStore(vault).mark_read(ids)
    refresh_marker(vault)
    return done


def refresh_marker(vault: Vault) -> None:
    """The locked-screen marker from the vault's unread alerts: counts and kinds only."""
    state.write_marker(vault.path, AlertStore(vault).unread_by_kind())


def hq_counts(vault: Vault) -> list[dict[str, Any]]:
    """HQ desk: letters sent per urgent action and language, from each device's latest
    report, summed over devices. Reports carry counts only, never names."""
    latest: dict[str, dict[str, Any]] = {}
    for row in alerts(vault):
        if row["kind"] == "counts" and row["from"] not in latest:
            latest[row["from"]] = row["payload"]  # newest first
    totals: dict[tuple[str, str], list[int]] = {}
    for payload in latest.values():
        for c in payload.get("counts", []):
            if isinstance(c, dict) and isinstance(c.get("sent"), int):
                entry = totals.setdefault((str(c.get("ua")), str(c.get("lang"))), [0, 0])
                entry[0] += c["sent"]
                entry[1] += 1
    return [
        {"ua": ua, "lang": lang, "sent": n, "devices": d}
        for (ua, lang), (n, d) in sorted(totals.items())
    ]


def expired(row: dict[str, Any], at: datetime | None = None) -> bool:
    return note.parse_time(row["expires"]) <= (at or datetime.now(UTC))


__all__ = ["Absorbed", "absorb", "alerts", "channel", "mark_read", "refresh_marker"]
