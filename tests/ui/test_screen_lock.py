"""The vault locks when the desktop says the screen locked (a real D-Bus signal on a private
session bus), and stays open for an unlock signal."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from tests.support.tools import need_tools
from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path={socket}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>"""


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    need_tools("dbus-daemon", "dbus-send", debs="dbus")
    config = tmp_path / "bus.conf"
    config.write_text(CONFIG.format(socket=tmp_path / "bus"))
    proc = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    try:
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


def emit(address: str, interface: str, path: str, active: bool) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, f"{interface}.ActiveChanged",
         f"boolean:{'true' if active else 'false'}"],
        check=True, timeout=10,
    )  # fmt: skip


def test_screen_lock_signal_locks_the_vault(
    qtbot: Any, controller: AppController, private_bus: str
) -> None:
    bus = QDBusConnection.connectToBus(private_bus, "vigil-test-screen-lock")
    try:
        assert controller.guard.watch_screen_lock(bus) == "org.mate.ScreenSaver"
        create_vault(qtbot, controller)
        requests: list[str] = []
        controller.guard.lock_requested.connect(requests.append)
        # "Unlocked" must not lock. No fixed wait: the bus delivers signals in order, so by the
        # time the lock signal after it has locked the vault, the unlock signal was handled.
        emit(private_bus, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", False)
        assert controller.vault is not None
        with qtbot.waitSignal(controller.locked, timeout=5_000):
            emit(private_bus, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", True)
        assert controller.vault is None
        assert requests == ["screen"]  # one request, for the lock signal only
    finally:
        QDBusConnection.disconnectFromBus("vigil-test-screen-lock")
