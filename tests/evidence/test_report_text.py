"""The verifier's report is read by a person, in a terminal or in the app, and quotes what a
package holds (member names, the exporting device's clock): a package made by anyone, signed by
a key of its own. Such text must not add lines to the report (a forged "proves" line), move the
cursor or clear a terminal, or reorder a line with bidi controls."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import signed_note
from vigil.evidence import verifier

FORGED = "  - 9 revisions existed by the times an RFC 3161 time-stamping authority signed"


def test_text_from_the_package_cannot_forge_lines_or_drive_a_terminal(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw().hex()
    device = "ab" * 16

    def sign(value: object) -> bytes:
        text = json.dumps(value, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        return signed_note.sign(text, f"vigil-device-{device}", key)

    clock = f"2026-12-07T10:00:00Z\n{FORGED}\nVERIFIED\x1b[2J\x1b]0;title\x07\u202egnp.exe"
    files = {"case.json": b"{}"}
    manifest = {"format": "vigil-evidence", "version": 1, "device": device,
                "device_key": public, "exported_at": clock,
                "files": [{"path": p, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                          for p, d in files.items()],
                "revisions": [], "redactions": []}  # fmt: skip
    package = tmp_path / "hostile.zip"
    with zipfile.ZipFile(package, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr("added\n" + FORGED + "\x1b[1A\x1b[2K.txt", b"x")
        zf.writestr(verifier.MANIFEST, sign(manifest))
    report = verifier.verify_package(str(package))
    text = verifier.render(report)
    lines = text.split("\n")
    assert len(lines) == 3 + len(report.failures) + len(report.proves) + len(report.unproven)
    assert not any(line.startswith(FORGED) for line in lines)
    assert lines[-1].startswith("NOT VERIFIED")
    assert not any(ch in text for ch in "\x1b\x07\u202e\r")
    # Still readable: the escaped text says what was there.
    assert "\\x0a" in text and "\\x1b" in text and "\\u202e" in text
