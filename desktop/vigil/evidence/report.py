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
) -> list[tuple[str, str]]:
    """(paragraph, style) in reading order; styles as appeals.pdf.REPORT_SIZES. ``stamps``:
    the TSA's time by the digest its token covers (a revision id, an attachment's SHA-256)."""
    out: list[tuple[str, str]] = [(f"Evidence package: {record.get('title', '')}", "heading")]
    out.append((f"Case {record['ref']}. Status: {record.get('status', '')}. "
                f"Country: {record.get('country', '—')}.", "body"))  # fmt: skip
    if record.get("summary"):
        out.append((str(record["summary"]), "body"))
    out.append(("Chronology", "heading"))
    for event in sorted(record.get("events", []), key=lambda e: str(e.get("date", ""))):
        out.append((f"{event.get('date', '')} {event.get('type', '')}: {event.get('text', '')}"
                     + (f" ({event['place']})" if event.get("place") else ""), "body"))  # fmt: skip
    out.append(("People", "heading"))
    for person in record.get("people", []):
        names = " / ".join(str(n.get("text", "")) for n in person.get("names", []))
        out.append((f"{names}: {person.get('role', '')} {person.get('descriptor', '')}", "body"))
    out.append(("Sources", "heading"))
    for source in record.get("sources", []):
        where = f"{source.get('publisher', '')} {source.get('url', '')}"
        out.append((f"{source.get('title', '')} {where} ({source.get('reliability', '')})", "body"))
    out.append(("Attachments (evidentiary originals)", "heading"))
    for att in record.get("attachments", []):
        derived = f", a version of {att['original']}" if att.get("original") else ""
        stamp = stamps.get(str(att.get("sha256", "")))
        tsa = f"; existed by {stamp} per the TSA" if stamp else ""
        out.append((f"{att.get('name', '')}: {att.get('size', 0)} bytes, SHA-256 "
                     f"{att.get('sha256', '')}{derived} (item {att['ref']}){tsa}",
                     "body"))  # fmt: skip
    out.append(("Revisions", "heading"))
    out.append(("Revision (first 16 hex of its id), kind, device (first 8 hex) and its sequence "
                "number, the device's clock, then the server's receipts and the TSA's time. "
                "The full ids are in the package's manifest.", "body"))  # fmt: skip
    for rev in revs:
        head = f"{rev.id[:16]} {rev.kind} {rev.device.hex()[:8]} #{rev.seq}"
        if rev.id in hidden:
            out.append((f"{head}: redacted, not checkable", "small"))
            continue
        dated = [*(f"receipt {t}" for t in receipts.get(rev.id, [])),
                 *([f"TSA {stamps[rev.id]}"] if rev.id in stamps else [])]  # fmt: skip
        out.append((f"{head} {rev.time[:19]}Z " + " ".join(dated), "small"))
    out.append(("Custody log", "heading"))
    for rev in revs:
        if rev.kind == "custody" and rev.id not in hidden:
            who = f"{rev.time[:19]}Z device {rev.device.hex()[:8]}"
            out.append((f"{who}: {rev.payload.get('action')} {rev.payload.get('detail', '')}",
                        "body"))  # fmt: skip
    out.append(("Redactions", "heading"))
    out.append(("; ".join(redactions) if redactions else "None.", "body"))
    out.append(("How to check", "heading"))
    out.append(("Run: python verify.py THIS-PACKAGE.zip (it needs Python 3.11 and the "
                "cryptography and rfc3161-client packages). docs/evidence.md says how to check "
                "by hand.", "body"))  # fmt: skip
    return out
