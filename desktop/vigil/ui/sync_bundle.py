"""Sync › "Save for HQ to a USB stick…" and "Import a bundle…" (docs/sync.md, "Sneakernet").

Both run on the worker, with the vault held open for the step (a lock waits for it), through
the same core calls as ``vigil sync export`` and ``vigil sync import``. What a bundle holds is
shown by counts only, never a case's title or a person's name: a screen can be read over a
shoulder at a checkpoint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from vigil.ui.errors import error_text
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from vigil.ui.main_window import MainWindow
    from vigil.vault.store import Vault

SUGGESTED_NAME = "for-hq.vigil"  # names nobody: the stick may be searched


class BundleActions(QObject):
    """The two bundle actions of the Sync menu."""

    def __init__(self, main: MainWindow, menu: QMenu) -> None:
        super().__init__(main)
        self.main, self.ctx = main, main.ctx
        self.save_action = QAction(self.tr("Save for HQ to a &USB stick…"), main)
        self.import_action = QAction(self.tr("&Import a bundle…"), main)
        self.save_action.triggered.connect(self.save_for_hq)
        self.import_action.triggered.connect(self.import_bundle)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.import_action)
        self.refresh()

    def refresh(self) -> None:
        """Saving for HQ is a field device's; importing, any enrolled vault's."""
        from vigil.sync.enrolment import config

        cfg = config(self.ctx.vault) if self.ctx.vault.is_open else None
        self.save_action.setEnabled(cfg is not None and cfg.role != "hq")
        self.import_action.setEnabled(cfg is not None)

    def save_for_hq(self) -> None:
        from vigil.sync import sneakernet

        target = self.ctx.dialogs.save_file(
            self.main, self.tr("Save for HQ to a USB stick"), SUGGESTED_NAME
        )
        if target:
            # Qt's save dialog asked before choosing an existing file: replacing it is what
            # the person said.
            self._in_vault(
                lambda vault: sneakernet.export_for_hq(vault, Path(target), replace=True),
                self._saved,
            )

    def _in_vault(self, call: Callable[[Vault], Any], done: Callable[[Any], None]) -> None:
        """``call`` on the worker, with the vault held open for it (a lock waits for it);
        ``done`` gets None when the vault was locked meanwhile (nothing was done)."""
        vault = self.ctx.vault

        def work(_progress: Progress) -> Any:
            with vault.kept_open() as is_open:
                return call(vault) if is_open else None

        Task(work).success(done).failure(self._failed).run(self.ctx.runner, owner=self)

    def _saved(self, done: Any) -> None:
        if done is None:
            return  # locked meanwhile: nothing was written
        text = self.tr(
            "Saved: %1 change(s), %2 attachment(s), %3 alert(s) and note(s). Only HQ can open "
            "the file. Everything also stays queued, and goes when the network is back."
        )
        text = (text.replace("%1", str(done.envelopes)).replace("%2", str(done.attachments))
                .replace("%3", str(done.notes)))  # fmt: skip
        self.ctx.dialogs.inform(self.main, self.tr("Saved for HQ"), text)

    def import_bundle(self) -> None:
        from vigil.sync import sneakernet

        source = self.ctx.dialogs.open_file(
            self.main, self.tr("Import a bundle"), self.tr("Vigil bundles (*.vigil);;All files (*)")
        )
        if source:
            self._in_vault(lambda vault: sneakernet.import_bundle(vault, Path(source)),
                           self._imported)  # fmt: skip

    def _imported(self, done: Any) -> None:
        if done is None:
            return
        self.main.sync_changed(frozenset(done.items), frozenset(done.cases))
        text = self.tr(
            "Imported %1 change(s) (%2 already here), %3 attachment(s), %4 alert(s) and note(s)."
        )
        text = (text.replace("%1", str(done.added)).replace("%2", str(done.duplicates))
                .replace("%3", str(done.attachments)).replace("%4", str(done.notes)))  # fmt: skip
        if done.acknowledged:
            text += " " + self.tr(
                "HQ has %1 of this device's change(s): they are no longer queued."
            ).replace("%1", str(done.acknowledged))
        if done.troubled:
            text += " " + self.tr(
                "Some of it was refused or waits for what has not arrived: see the Sync panel."
            )
        self.ctx.dialogs.inform(self.main, self.tr("Bundle imported"), text, warning=done.troubled)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.dialogs.inform(self.main, self.tr("Nothing was changed"), error_text(exc), True)
