"""Every control of the field screens has a name a screen reader can announce (its
accessible name, or a button's own text), and the new menu entries are found by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.ui import unnamed_controls
from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController
from vigil.ui.join_hq import JoinHqDialog
from vigil.ui.restore_view import RestoreDialog
from vigil.ui.sync_panel import SyncPanel
from vigil.ui.vault_tasks import BackupDialog, PassphraseChangeDialog


def test_the_field_screens_name_every_control(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    screens = [
        JoinHqDialog(main, main.ctx, None, ""),
        SyncPanel(main, ""),
        BackupDialog(main, Path("/media/usb/backup.age"), {False: (True, ""), True: (False, "!")}),
        PassphraseChangeDialog(main),
        RestoreDialog(controller.gate, Path("/tmp/restored")),
    ]
    for screen in screens:
        screen.show()
        assert screen.accessibleName(), type(screen).__name__
        assert unnamed_controls(screen) == [], type(screen).__name__
        screen.close()
    entries = {a.text().replace("&", "") for a in main.findChildren(type(main.sync_action))}
    for name in ("Join HQ…", "Sync now", "Sync panel…", "Back up…", "Change passphrase…",
                 "Rotate keys…", "Export decrypted…"):  # fmt: skip
        assert name in entries, name
    assert controller.gate.welcome.restore_button.accessibleName() == "Restore from backup"
    assert controller.gate.unlock.restore_button.accessibleName() == "Restore from backup"
