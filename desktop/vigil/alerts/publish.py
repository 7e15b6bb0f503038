"""Making notes: HQ's (alerts, urgent actions, key rotation) and the field's (urgent alerts,
counts of letters sent, the device's key announcement). Each goes into ``alerts-out/`` and
leaves at the next round, a field alert before anything else.

HQ signs with its alert key: the HQ identity's Ed25519 key until a rotation, then the key the
rotation introduced (kept inside the HQ vault). A field device signs with its vault's signing
key, the one its revisions carry, and wraps the note in age to the pinned HQ keys, so the
server learns neither what nor who.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.alerts import channel, inbox, note, sent
from vigil.crypto import age, keys
from vigil.crypto.errors import BadArgument, VigilError

if TYPE_CHECKING:
    from vigil.vault.store import Vault

SEVERITIES = ("info", "warning", "urgent")
SITUATIONS = ("detained", "disappeared", "hearing", "threatened", "injured", "other")
OUT_SEQ = "alerts_out_seq"
PREV_ALL = "alerts_prev_all"
ROTATED_KEY = "alerts_signing_key"
COUNTS_SENT = "alerts_counts_sent"
ANNOUNCED = "alerts_announced"
MAX_TEXT = 4000
_DURATION = re.compile(r"([0-9]+(?:\.[0-9]+)?)([dh])")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")


def _cfg(vault: Vault, role: str) -> Any:
    from vigil.sync.enrolment import NotEnrolled, config

    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    if role == "hq" and cfg.role != "hq":
        raise VigilError("Only the HQ desk publishes notes to the field.")
    if role == "field" and cfg.role == "hq":
        raise VigilError("The HQ desk does not raise field alerts; use 'vigil hq alert'.")
    return cfg


def _next_seq(vault: Vault) -> int:
    seq = note.next_seq(int(vault.get_meta(OUT_SEQ) or 0))
    vault.set_meta(OUT_SEQ, str(seq))
    return seq


MIN_NOTICE_SECONDS = 10


def days_until(text: str, at: dt.datetime | None = None) -> float:
    """``--expires``: a duration (``7d``, ``48h``) or a time (RFC 3339 or a date)."""
    at = at or dt.datetime.now(dt.UTC)
    match = _DURATION.fullmatch(text.strip())
    if match:
        value = float(match.group(1))
        return value if match.group(2) == "d" else value / 24
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise BadArgument(
            f"--expires takes a duration (7d, 48h) or a time (2025-03-31T12:00:00Z); not {text!r}."
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - at).total_seconds()
    if seconds <= 0:
        raise BadArgument("--expires is in the past.")
    if seconds < MIN_NOTICE_SECONDS:
        # Signing, sending and fetching take seconds: a note this short expires on the way.
        raise BadArgument(
            f"--expires is less than {MIN_NOTICE_SECONDS} seconds away; give a later time."
        )
    return seconds / 86400


def parse_audience(text: str) -> str | list[str]:
    """Who a note is for: "" is every device, else device ids separated by commas."""
    if not text.strip():
        return "all"
    ids = sorted({i.strip() for i in text.split(",") if i.strip()})
    if not ids:
        raise BadArgument("Name the devices by their ids, separated by commas.")
    bad = [i for i in ids if not _DEVICE_ID.fullmatch(i)]
    if bad:
        raise BadArgument(f"Not a device id (32 hex digits): {', '.join(bad)}.")
    return ids


# -- HQ ---------------------------------------------------------------------------------------


def hq_signing_key(vault: Vault) -> Ed25519PrivateKey:
    from vigil.sync.root_pin import pinned_root

    rotated = vault.get_meta(ROTATED_KEY)
    # Under a root (docs/hq-keys.md) the desk's one signing key is the one its key set names:
    # the vault identity's, which also signs wipe orders and revisions.
    if rotated and pinned_root(vault) is None:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(rotated))
    key: Ed25519PrivateKey = vault.identity.signing_key
    return key


def _recipients(vault: Vault, audience: str | list[str]) -> list[age.Recipient]:
    """Age recipients for a confidential note: only keys the field devices announced in notes
    signed by keys HQ trusts, never one the server hands out."""
    from vigil.sync.seized import seized

    known = inbox.field_keys(vault)
    taken = [d for d in ([] if audience == "all" else audience) if d in seized(vault)]
    if taken:
        raise VigilError(
            "Seized devices get nothing encrypted to their keys any more: " + ", ".join(taken)
        )
    wanted = sorted(d for d in known if d not in seized(vault)) if audience == "all" else list(
        audience)  # fmt: skip
    missing = [d for d in wanted if d not in known or not known[d][1]]
    if missing or not wanted:
        raise VigilError(
            "A confidential note needs each device's own key, which a device announces at its "
            "first sync after enrolment; not yet known for: " + (", ".join(missing) or "any")
        )
    return inbox.device_recipients(vault, wanted)


def _post_quantum(vault: Vault, data: bytes) -> bytes:
    """Under a root, the desk's ML-DSA-65 key (the one its key set names) signs too."""
    from vigil.crypto import signed_note
    from vigil.sync.desk_mldsa import mldsa_key
    from vigil.sync.root_pin import pinned_root

    if pinned_root(vault) is None:
        return data
    return signed_note.add_mldsa(data, note.HQ_MLDSA_SIGNER, mldsa_key(vault), note.MLDSA_CONTEXT)


def publish(
    vault: Vault,
    kind: str,
    payload: dict[str, Any],
    audience: str | list[str] = "all",
    days: float = 30.0,
    confidential: bool = False,
) -> bytes:
    """Sign an HQ note and queue it. Returns the note."""
    cfg = _cfg(vault, "hq")
    if kind not in note.HQ_KINDS:
        raise VigilError(f"HQ publishes {', '.join(note.HQ_KINDS)}; not {kind!r}.")
    body = note.canonical({"v": 1, **payload})
    if confidential:
        body = age.encrypt(body, _recipients(vault, audience))
    seq = _next_seq(vault)
    prev_all = int(vault.get_meta(PREV_ALL) or 0)
    data = note.make(
        hq_signing_key(vault), note.HQ_SIGNER, kind, seq, audience, body,
        sender="hq", days=days, encrypted=confidential, prev_all=prev_all,
    )  # fmt: skip
    data = _post_quantum(vault, data)
    if audience == "all":
        vault.set_meta(PREV_ALL, str(seq))
    channel.queue(vault.path, data, audience)
    sent.keep(vault, data, audience)  # for a device reached only by a bundle
    del cfg
    return data


def publish_alert(
    vault: Vault, severity: str, text: str, days: float, audience: str | list[str] = "all",
    confidential: bool = False,
) -> bytes:  # fmt: skip
    if severity not in SEVERITIES:
        raise VigilError(f"A severity is one of {', '.join(SEVERITIES)}.")
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise VigilError(f"An alert's text has 1 to {MAX_TEXT} characters.")
    return publish(vault, "alert", {"severity": severity, "text": text}, audience, days,
                   confidential)  # fmt: skip


def document_kind(actions: list[Any]) -> str:
    """closure when the action is closed, follow-up after its first issue, else urgent-action."""
    ua = actions[0]
    if ua.state == "closed":
        return "closure"
    if len(ua.issues) > 1:
        return "follow-up"
    return "urgent-action"


@dataclass(frozen=True)
class CheckedDocument:
    """An urgent-action file that passed the template gate: what would be signed, and as what."""

    kind: str  # urgent-action | follow-up | closure
    actions: list[Any]  # appeals.model.UrgentAction

    @property
    def refs(self) -> list[str]:
        return [ua.ref for ua in self.actions]


def check_document(data: bytes, name: str, kind: str | None = None) -> CheckedDocument:
    """The whole template gate over an urgent-action file, signing nothing: a refused file
    raises DocumentError or TemplateRejected whose ``problems`` name the file and line."""
    from vigil.appeals.store import load_document

    actions = load_document(data, name)
    kind = kind or document_kind(actions)
    if kind not in inbox.DOC_KINDS:
        raise VigilError(f"An urgent-action file is published as {', '.join(inbox.DOC_KINDS)}.")
    return CheckedDocument(kind, actions)


def publish_document(
    vault: Vault, data: bytes, name: str, kind: str | None = None,
    audience: str | list[str] = "all", days: float | None = None,
) -> tuple[str, list[str], bytes]:  # fmt: skip
    """An urgent-action file, checked in full by the template gate before it is signed."""
    from vigil.appeals.store import document

    checked = check_document(data, name, kind)
    actions = checked.actions
    payload: dict[str, Any] = {"document": document(actions)}
    if checked.kind == "closure":
        payload["outcome"] = actions[0].outcome
    if days is None:
        days = 90.0
        deadline = actions[0].deadline_date()
        if deadline is not None:
            left = (deadline - dt.date.today()).days + 30
            days = float(min(max(left, 30), note.MAX_DAYS))
    signed = publish(vault, checked.kind, payload, audience, days)
    return checked.kind, checked.refs, signed


def rotate_key(vault: Vault, days: float = 365.0) -> bytes:
    """A note signed by the current alert key that introduces a new one; later notes use it."""
    from vigil.sync.root_pin import pinned_root

    if pinned_root(vault) is not None:
        raise VigilError(
            "This organisation's HQ keys are under its root: devices refuse a key rotation by "
            "note. New keys come from the root ('vigil hq rotate --root-key-file', "
            "docs/hq-keys.md)."
        )
    new = Ed25519PrivateKey.generate()
    public = new.public_key().public_bytes_raw()
    data = publish(vault, "key-rotation", {"new_key": base64.b64encode(public).decode()},
                   "all", days)  # fmt: skip
    vault.set_meta(ROTATED_KEY, base64.b64encode(new.private_bytes_raw()).decode())
    return data


# -- field ------------------------------------------------------------------------------------


def _field_note(
    vault: Vault, kind: str, payload: dict[str, Any], days: float, priority: int,
    signing_key: Any = None,
) -> bytes:  # fmt: skip
    cfg = _cfg(vault, "field")
    body = note.canonical({"v": 1, **payload})
    signed = note.make(
        signing_key or vault.identity.signing_key, note.FIELD_SIGNER, kind, _next_seq(vault),
        "hq", body, sender=cfg.device_id, days=days,
    )  # fmt: skip
    wrapped = age.encrypt(signed, keys.preferred([age.parse_recipient(a) for a in cfg.hq_age]))
    channel.queue(vault.path, wrapped, "hq", priority)
    return signed


def raise_alert(vault: Vault, case_id: str, situation: str, text: str) -> bytes:
    """An urgent alert about a case, for HQ: it leaves before anything else at the next round."""
    if situation not in SITUATIONS:
        raise BadArgument(f"--kind is one of {', '.join(SITUATIONS)}; not {situation!r}.")
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise VigilError(f"An alert's text has at most {MAX_TEXT} characters.")
    item = vault.get(case_id)
    if item is None or item.kind != "case" or item.deleted:
        raise VigilError("No such case in this vault; see 'vigil case list'.")
    payload = {
        "case_id": case_id,
        "case_title": str(item.payload.get("title", "")),
        "situation": situation,
        "text": text,
    }
    announce_keys(vault)
    return _field_note(vault, "field-alert", payload, 30.0, channel.URGENT)


def announce_keys(vault: Vault) -> bool:
    """Once per device: its age key, signed, so that HQ can send it confidential notes."""
    payload = _own_keys(vault)
    marker = " ".join(payload.values())
    if vault.get_meta(ANNOUNCED) == marker:
        return False
    # Urgent, like the alert that may follow at once: the queue sends urgent notes first, and
    # an announcement left behind an alert signed after it was refused at HQ as reordered.
    _field_note(vault, "device-keys", payload, 365.0, channel.URGENT)
    vault.set_meta(ANNOUNCED, marker)
    return True


def _own_keys(vault: Vault) -> dict[str, str]:
    """The age keys a ``device-keys`` note announces: X25519, and the hybrid one (a device
    that announced only X25519 before announces again once it has a hybrid key)."""
    found = {"age": vault.identity.recipient_string}
    if vault.identity.hybrid_recipient is not None:
        found["age_pq"] = str(vault.identity.hybrid_recipient)
    return found


def announce_new_identity(vault: Vault, old: Any) -> bool:
    """After ``passwd --rekey --new-identity`` on an enrolled field device: one ``device-keys``
    note naming the new age and signing keys, signed with the old key HQ has pinned, so the
    desk moves its pin to the new key (a note signed by a new key alone is ``changed_key``).
    It jumps the queue, ahead of every note the new key signs."""
    from vigil.sync.enrolment import config

    cfg = config(vault)
    if cfg is None or cfg.role == "hq":
        return False
    own = _own_keys(vault)
    signing = base64.b64encode(vault.identity.verify_key_bytes).decode()
    _field_note(vault, "device-keys", {**own, "signing": signing}, 365.0, channel.URGENT,
                signing_key=old.signing_key)  # fmt: skip
    vault.set_meta(ANNOUNCED, " ".join(own.values()))
    return True


def report_counts(vault: Vault, force: bool = False) -> bool:
    """Letters confirmed sent per urgent action and language, never names; queued only when
    they changed since the last report (or ``force``)."""
    from vigil.appeals.store import AppealStore

    counts = AppealStore(vault).counts()
    rows = [{"ua": ref, "lang": lang, "sent": n} for (ref, lang), n in sorted(counts.items())]
    text = json.dumps(rows, sort_keys=True)
    if not force and (not rows or vault.get_meta(COUNTS_SENT) == text):
        return False
    _field_note(vault, "counts", {"counts": rows}, 90.0, channel.NORMAL)
    vault.set_meta(COUNTS_SENT, text)
    return True


def after_unlock(vault: Vault) -> inbox.Absorbed:
    """With the vault open: absorb what was fetched; a field device announces its keys and
    reports changed counts."""
    result = inbox.absorb(vault)
    from vigil.sync.enrolment import config

    cfg = config(vault)
    if cfg is not None and cfg.role != "hq":
        announce_keys(vault)
        report_counts(vault)
    return result
