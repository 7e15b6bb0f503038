"""`make screenshots` works: real windows under Xvfb, saved as PNGs that are not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.support.tools import need_tools

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_screenshots_under_xvfb(tmp_path: Path) -> None:
    need_tools("xvfb-run", debs="xvfb xauth")
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("VIGIL_STRICT_THREADS", None)
    subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable,
         str(ROOT / "tools" / "screenshots.py"), "--out", str(out), "--languages", "en,pseudo"],
        check=True, timeout=240, env=env, cwd=ROOT,
    )  # fmt: skip
    shots = sorted(out.glob("*.png"))
    names = {p.name for p in shots}
    assert {
        "unlock-en.png", "case-timeline-en.png", "search-pseudo.png", "appeals-composer-en.png",
        "raise-alert-pseudo.png", "escrow-en.png", "settings-pseudo.png", "hq-devices-en.png",
        "hq-publish-pseudo.png", "hq-alert-en.png", "case-overview-dark-en.png",
        "main-empty-pseudo.png", "evidence-verified-en.png", "evidence-failed-pseudo.png",
        "hq-seized-en.png",
    } <= names  # fmt: skip
    dialogs = (  # small by design: a dialog, or a progress window of one line and a button
        "raise-alert-", "escrow-", "settings-", "backup-", "change-passphrase-", "recover-",
        "restore-", "hq-seized-",
    )  # fmt: skip
    for shot in shots:
        image = QImage(str(shot))
        low = (250, 100) if shot.name.startswith(dialogs) else (400, 300)
        assert image.width() >= low[0] and image.height() >= low[1], shot.name
        # every 7th pixel: a dialog of a few lines of text and two buttons (the Back up dialog
        # before the start) showed only 3 colours on a grid of 23, between the letters
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}  # fmt: skip
        assert len(colours) > 3, f"{shot.name} looks blank"
