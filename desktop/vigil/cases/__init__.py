"""The documentation model: cases, people, events, sources, notes and attachments."""
