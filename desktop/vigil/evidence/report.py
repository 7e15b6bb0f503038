"""The evidence package's report for people (``report.pdf``): the case, its chronology,
people, sources, attachments with their SHA-256, every revision with its author device and
clock, the receipts and time-stamps, the custody log and what was redacted. The same text
that the JSON members hold, laid out to be read and printed; the PDF is one member of the
package like any other, so its hash is in the signed manifest."""

from __future__ import annotations

from typing import Any

from vigil.crypto.envelope import Revision


def blocks(
    record: dict[str, Any],
    revs: list[Revision],
    hidden: set[str],
    receipts: dict[str, list[str]],
    stamps: dict[str, str],
    redactions: list[str],
) -> list[tuple[str, bool]]:
    """(paragraph, is heading) in reading order."""
    out: list[tuple[str, bool]] = [(f"Evidence package: {record.get('title', '')}", True)]
    out.append((f"Case {record['ref']}. Status: {record.get('status', '')}. "
                f"Country: {record.get('country', '—')}.", False))  # fmt: skip
    if record.get("summary"):
        out.append((str(record["summary"]), False))
    out.append(("Chronology", True))
    for event in sorted(record.get("events", []), key=lambda e: str(e.get("date", ""))):
        out.append((f"{event.get('date', '')} {event.get('type', '')}: {event.get('text', '')}"
                     + (f" ({event['place']})" if event.get("place") else ""), False))  # fmt: skip
    out.append(("People", True))
    for person in record.get("people", []):
        names = " / ".join(str(n.get("text", "")) for n in person.get("names", []))
        out.append((f"{names}: {person.get('role', '')} {person.get('descriptor', '')}", False))
    out.append(("Sources", True))
    for source in record.get("sources", []):
        where = f"{source.get('publisher', '')} {source.get('url', '')}"
        out.append((f"{source.get('title', '')} {where} ({source.get('reliability', '')})", False))
    out.append(("Attachments (evidentiary originals)", True))
    for att in record.get("attachments", []):
        derived = f", a version of {att['original']}" if att.get("original") else ""
        out.append((f"{att.get('name', '')}: {att.get('size', 0)} bytes, SHA-256 "
                     f"{att.get('sha256', '')}{derived} (item {att['ref']})", False))  # fmt: skip
    out.append(("Revisions", True))
    for rev in revs:
        if rev.id in hidden:
            out.append((f"{rev.id} ({rev.kind}): redacted, not checkable", False))
            continue
        dated = "; ".join([*(f"server receipt {t}" for t in receipts.get(rev.id, [])),
                           *([f"TSA {stamps[rev.id]}"] if rev.id in stamps else [])])  # fmt: skip
        out.append((f"{rev.id} {rev.kind} {rev.item}: device {rev.device.hex()} seq {rev.seq}, "
                    f"its clock {rev.time}" + (f"; {dated}" if dated else ""), False))  # fmt: skip
    out.append(("Custody log", True))
    for rev in revs:
        if rev.kind == "custody" and rev.id not in hidden:
            out.append((f"{rev.time} device {rev.device.hex()}: {rev.payload.get('action')} "
                        f"{rev.payload.get('detail', '')}", False))  # fmt: skip
    out.append(("Redactions", True))
    out.append(("; ".join(redactions) if redactions else "None.", False))
    out.append(("How to check", True))
    out.append(("Run: python verify.py THIS-PACKAGE.zip (it needs Python 3.11 and the "
                "cryptography and rfc3161-client packages). docs/evidence.md says how to check "
                "by hand.", False))  # fmt: skip
    return out
