"""Plain-text rendering of a case for the terminal."""

from __future__ import annotations

from typing import Any


def _names(person: dict[str, Any]) -> str:
    return " / ".join(n["text"] for n in person.get("names", []))


def render_case(record: dict[str, Any]) -> str:
    sources = {s["ref"]: s for s in record.get("sources", [])}
    people = {p["ref"]: p for p in record.get("people", [])}
    lines = [
        record.get("title", ""),
        "=" * min(len(record.get("title", "")), 78),
        f"id: {record['ref']}",
        f"status: {record.get('status', '')}   country: {record.get('country', '--')}   "
        f"confidentiality: {record.get('confidentiality', '')}",
    ]
    if record.get("tags"):
        lines.append("tags: " + ", ".join(record["tags"]))
    if record.get("summary"):
        lines += ["", record["summary"]]
    if people:
        lines += ["", "People"]
        for person in people.values():
            extra = ", ".join(
                str(person[k]) for k in ("role", "pronouns", "descriptor") if person.get(k)
            )
            lines.append(f"  - {_names(person)}" + (f" ({extra})" if extra else ""))
    if record.get("events"):
        lines += ["", "Timeline"]
        for event in sorted(record["events"], key=lambda e: e["date"]):
            cites = ", ".join(sources[s]["title"] for s in event.get("sources", []) if s in sources)
            lines.append(f"  {event['date']:<10} [{event['type']}] {event['text']}")
            if event.get("place"):
                lines.append(f"             place: {event['place']}")
            for other in event.get("other_dates", []):
                by = ", ".join(
                    sources[s]["title"] for s in other.get("sources", []) if s in sources
                )
                lines.append(
                    f"             also dated {other['date']}" + (f" by {by}" if by else "")
                )
            if cites:
                lines.append(f"             sources: {cites}")
    if sources:
        lines += ["", "Sources"]
        for source in sources.values():
            who = f", {source['publisher']}" if source.get("publisher") else ""
            lines.append(f"  - {source['title']}{who} ({source.get('reliability', '')})")
    if record.get("notes"):
        lines += ["", "Notes"]
        for note in record["notes"]:
            lines.append(f"  [{note['ref'][:8]}] {note.get('title') or ''}".rstrip())
            lines += [f"    {line}" for line in note["text"].splitlines()]
    if record.get("attachments"):
        lines += ["", "Attachments"]
        for att in record["attachments"]:
            lines.append(f"  [{att['ref'][:8]}] {att['name']} ({att.get('size', 0)} bytes)")
    return "\n".join(lines)
