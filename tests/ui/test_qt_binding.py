"""The Qt binding must not leak references: PySide6 6.12.0 on CPython 3.11 dropped a
reference to None on every void call, and the app aborted after a few thousand of them."""

from __future__ import annotations

import subprocess
import sys


def test_void_calls_keep_none_alive() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000
