"""The accessibility tree, read from outside the app as a screen reader reads it.

The app runs under Xvfb on a private D-Bus session with Qt's AT-SPI bridge on
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; Debian's at-spi2-core starts the accessibility bus). A
walker in another process (tests/support/atspi_walker.py, on Debian's python3-gi and the
Atspi typelib) reads each screen's tree and presses Tab through it with real key events. On
every screen: each control a person operates has a role and a non-empty accessible name, Tab
reaches every one that takes focus, and no control keeps Tab to itself. The unlock screen is
unlocked from the keyboard. A window with deliberate faults shows the walker sees each kind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.tools import missing_tool, need_tools

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tests" / "support" / "atspi_walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-gi puts the Atspi bindings
DEBS = "xvfb xauth dbus at-spi2-core python3-gi gir1.2-atspi-2.0"


def need_atspi() -> None:
    need_tools("xvfb-run", "dbus-run-session", debs=DEBS)
    probe = [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(probe, capture_output=True).returncode:
        missing_tool("the AT-SPI client library for the system's Python", DEBS)


def walk(tmp_path: Path, module: str, *args: str, timeout: int = 240) -> list[dict[str, Any]]:
    """Run ``module`` (an app side that announces screens) under the walker; its report."""
    need_atspi()
    report = tmp_path / "report.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        # The private session has no unlocked keyring; asking gnome-keyring there would
        # start a prompt nobody answers. The app is told there is none.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "VIGIL_CONFIG_DIR": str(tmp_path / "config"),
        "VIGIL_LOG_DIR": str(tmp_path / "logs"),
        "VIGIL_VAULT": str(tmp_path / "no-vault-here"),
        "VIGIL_DEMO_DIR": str(tmp_path / "demo"),
    }
    for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "VIGIL_STRICT_THREADS"):
        env.pop(name, None)
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "dbus-run-session", "--",
         SYSTEM_PYTHON, str(WALKER), "--report", str(report), "--app-name", "Vigil", "--",
         sys.executable, "-m", module, *args],
        cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    screens: list[dict[str, Any]] = json.loads(report.read_text(encoding="utf-8"))
    return screens


def faults(screen: dict[str, Any]) -> dict[str, list[str]]:
    keys = ("unnamed", "unreached", "traps", "out_of_order")
    return {key: screen[key] for key in keys if screen[key]}


def found(screen: dict[str, Any], role: str, name: str) -> bool:
    return any(c["role"] == role and c["name"] == name for c in screen["controls"])


@pytest.mark.slow
def test_the_walker_sees_each_kind_of_fault(tmp_path: Path) -> None:
    (screen,) = walk(tmp_path, "tests.support.a11y_faulty", timeout=90)
    assert sorted(u.split(" at ")[0] for u in screen["unnamed"]) == [
        "check box ''", "combo box 'red'", "text ''"
    ]
    assert screen["unreached"] == ["push button 'Mouse only'"]
    assert screen["traps"] == ["text 'Takes Tab'", "table 'Cells'"]
    assert "push button 'Out of order'" in " ".join(screen["out_of_order"])
    # What is right is not reported: the field named by its label, the button by its text.
    assert found(screen, "text", "Name:") and found(screen, "push button", "Go")
    assert "text 'Name:'" in screen["order"] and "push button 'Go'" in screen["order"]


@pytest.mark.slow
def test_every_screen_names_its_controls_and_tab_reaches_them(tmp_path: Path) -> None:
    screens = walk(tmp_path, "tests.support.a11y_app", "--base", str(tmp_path), "--hq")
    by_name = {s["screen"]: s for s in screens}
    expected = {
        "unlock", "case-list", "case-0", "case-1", "case-2", "case-3", "case-4",
        "person-editor", "composer", "sync-panel", "join-hq", "hq-DevicesPage",
        "hq-PublishPage", "hq-AlertPage", "hq-CountsPage", "hq-IntegrityPage", "hq-TsaPage",
    }  # fmt: skip
    assert expected <= set(by_name)
    for screen in screens:
        assert faults(screen) == {}, (screen["screen"], faults(screen), screen["heard"])
        assert screen["window"]["name"], screen["screen"]
    # Unlocked from the keyboard: the walker typed the passphrase and pressed Return.
    assert found(by_name["unlock"], "password text", "Passphrase")
    assert by_name["case-list"]["window"]["role"] == "frame"
    main = by_name["case-list"]
    for role, name in (
        ("push button", "New case"), ("push button", "Search everywhere"),
        ("push button", "Sync now"), ("push button", "Lock"), ("table", "Cases"),
        ("menu item", "Join HQ…"), ("menu item", "Sync panel…"), ("menu item", "Back up…"),
        ("menu item", "Change passphrase…"), ("menu item", "Export decrypted…"),
    ):  # fmt: skip
        assert found(main, role, name), (role, name)
    composer = by_name["composer"]
    for role, name in (("text", "Your name"), ("text", "Personal note"),
                       ("check box", "Edit the letter's text"), ("text", "Letter preview"),
                       ("push button", "Save as PDF…"), ("combo box", "A4")):  # fmt: skip
        assert found(composer, role, name), (role, name)
    assert found(by_name["sync-panel"], "text", "Sync through a proxy")
    devices = by_name["hq-DevicesPage"]
    assert devices["window"]["name"] == "HQ desk"
    assert found(devices, "push button", "Make enrolment code")
    assert found(by_name["hq-AlertPage"], "push button", "Send alert")
    assert found(by_name["hq-PublishPage"], "push button", "Choose file")
    tsa = by_name["hq-TsaPage"]
    for role, name in (("text", "Authority address"), ("text", "Root certificates file"),
                       ("push button", "Set authority"),
                       ("push button", "Choose the root certificates file")):  # fmt: skip
        assert found(tsa, role, name), (role, name)
