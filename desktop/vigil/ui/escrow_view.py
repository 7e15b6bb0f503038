"""HQ escrow in the app (docs/escrow.md): the "Escrow to HQ" screen of an unlocked vault, and
the unlock screen's "I have an escrow code from HQ" path.

The screen explains the trade-off before it offers anything, because the person may read it
under pressure: what escrow protects against, what it costs, that it is off by default, and
what to do instead when unsure. Turning it on or off talks to the server, so the core call
runs through the one worker helper; the work functions take plain objects and never touch a
widget. Every failure is said specifically: no server, not enrolled, server refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.errors import RecoveryKeyInvalid
from vigil.ui.errors import sync_error_text
from vigil.ui.gate import RecoverDialog
from vigil.ui.widgets import named, plain_label
from vigil.ui.worker import Progress, Task
from vigil.unlock import EscrowCode
from vigil.vault import layout


def has_escrow(vault_dir: Path) -> bool:
    """Whether this vault has an escrow wrap: a plain file check, usable while locked. The
    name is vigil.sync.escrow.WRAP_FILE, written out (a test keeps them equal) so that the
    unlock screen does not import the sync client and httpx."""
    return (vault_dir / layout.ESCROW_WRAP).exists()


def sync_store(scheduler: Any) -> Any:
    """The credential store the app syncs with (the demo has its own), else the OS keyring."""
    store = getattr(scheduler, "store", None)
    if store is None:
        from vigil.sync.credentials import KeyringStore

        store = KeyringStore()
    return store


class EscrowDialog(QDialog):
    """Explanation first, then the state, then one action (on or off) behind a confirmation."""

    def __init__(self, parent: QWidget, ctx: Any, scheduler: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.scheduler = ctx, scheduler
        self.setWindowTitle(self.tr("Escrow to HQ"))
        self.setAccessibleName(self.tr("Escrow to HQ"))
        layout = QVBoxLayout(self)
        self.explanation = [
            plain_label(self.tr(
                "Escrow lets HQ help you back into this vault if you lose both your passphrase "
                "and your printed recovery key. HQ keeps a sealed one-time code; this laptop "
                "keeps the lock that the code opens."
            )),
            plain_label(self.tr(
                "The cost: while escrow is on, HQ can open this vault if it also has this "
                "laptop. So can anyone who seizes HQ's key, or forces HQ to use it."
            )),
            plain_label(self.tr(
                "You can turn it off at any time. That destroys the lock on this laptop, so a "
                "code HQ already has no longer opens anything here. But a copy HQ already "
                "fetched cannot be called back, and a copy of this laptop's disk made while "
                "escrow was on still opens with it."
            )),
            plain_label(self.tr(
                "Escrow is off unless you turn it on. If you are unsure, leave it off, and keep "
                "your printed recovery key somewhere safe, away from this laptop."
            )),
        ]  # fmt: skip
        for label in self.explanation:
            layout.addWidget(label)
        self.state = plain_label(name=self.tr("Escrow state"))
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        layout.addWidget(self.state)
        self.result = plain_label(name=self.tr("Escrow result"))
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.on_button = QPushButton(self.tr("Turn escrow on…"))
        named(self.on_button, self.tr("Turn escrow on"))
        self.off_button = QPushButton(self.tr("Turn escrow off…"))
        named(self.off_button, self.tr("Turn escrow off"))
        # Shown only after "off" destroyed the local lock but could not reach the server.
        self.retry_button = QPushButton(self.tr("Remove the server's copy again"))
        named(self.retry_button, self.tr("Remove the server's copy again"))
        for button in (self.on_button, self.off_button, self.retry_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        named(close_button, self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.on_button.clicked.connect(self.turn_on)
        self.off_button.clicked.connect(self.turn_off)
        self.retry_button.clicked.connect(lambda: self._disable())
        self.busy = False
        self.retry_button.hide()
        self.refresh()

    # -- state ------------------------------------------------------------------------------

    def role(self) -> str:
        """The enrolled role ("field" or "hq"), or "" when not enrolled: no network."""
        from vigil.sync.enrolment import config

        cfg = config(self.ctx.vault)
        return "" if cfg is None else cfg.role

    def refresh(self) -> None:
        role = self.role()
        on = has_escrow(self.ctx.vault.path)
        if not role:
            self.state.setText(self.tr(
                "This vault is not enrolled with an HQ server, so there is no HQ to escrow to. "
                "Nothing here can be turned on. Keep your printed recovery key safe."
            ))  # fmt: skip
        elif role != "field":
            self.state.setText(
                self.tr("This is the HQ desk: escrow is for field devices, so there is nothing "
                        "to turn on here.")
            )  # fmt: skip
        elif on:
            self.state.setText(self.tr("Escrow is ON: HQ holds a sealed code that can open "
                                       "this vault once."))  # fmt: skip
        else:
            self.state.setText(self.tr("Escrow is OFF on this vault."))
        usable = role == "field" and not self.busy
        self.on_button.setVisible(role == "field" and not on)
        self.off_button.setVisible(role == "field" and on)
        self.retry_button.setVisible(
            not self.retry_button.isHidden() and role == "field" and not on
        )
        for button in (self.on_button, self.off_button, self.retry_button):
            button.setEnabled(usable)

    def _busy(self, text: str) -> None:
        self.busy = True
        self.result.setText(text)
        self.refresh()

    def _idle(self, text: str) -> None:
        self.busy = False
        self.result.setText(text)
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def turn_on(self) -> None:
        if not self.ctx.dialogs.confirm(self, self.tr("Turn escrow on?"), self.tr(
            "While escrow is on, HQ, or anyone who seizes HQ's key or forces HQ to use it, can "
            "open this vault if they also have this laptop. It is there for the day both your "
            "passphrase and your recovery key are lost. Turn escrow on?"
        )):  # fmt: skip
            return
        vault, store, proxy = self.ctx.vault, sync_store(self.scheduler), self._proxy()
        self._busy(self.tr("Turning escrow on: sending the sealed code to HQ…"))

        def work(_progress: Progress) -> None:
            from vigil.sync.escrow import enable

            enable(vault, store, proxy)

        def done(_result: None) -> None:
            self._idle(self.tr(
                "Escrow is on. HQ holds a sealed code that can open this vault once. Keep your "
                "printed recovery key safe all the same: it is still the first way back."
            ))  # fmt: skip

        def failed(exc: BaseException) -> None:
            # enable() destroys a first lock when the upload failed, so the state reads off;
            # a renewal keeps the old lock beside the new one, so HQ's copy still opens it.
            self._idle(self.tr("Escrow was not turned on. %1").replace("%1", self.why(exc)))

        Task(work).success(done).failure(failed).run(self.ctx.runner, self)

    def turn_off(self) -> None:
        if not self.ctx.dialogs.confirm(self, self.tr("Turn escrow off?"), self.tr(
            "The lock on this laptop is destroyed first, then HQ's copy is removed from the "
            "server. A code HQ already fetched cannot be called back, but it will no longer "
            "open this vault. Turn escrow off?"
        )):  # fmt: skip
            return
        self._disable()

    def _disable(self) -> None:
        vault, store, proxy = self.ctx.vault, sync_store(self.scheduler), self._proxy()
        self._busy(self.tr("Turning escrow off…"))

        def work(_progress: Progress) -> bool:
            from vigil.sync.escrow import disable

            return disable(vault, store, proxy)

        def done(removed: bool) -> None:
            self.retry_button.hide()
            gone = (
                self.tr("The lock on this laptop is destroyed and the server's copy is removed.")
                if removed
                else self.tr("The lock on this laptop is destroyed; the server held no copy.")
            )
            self._idle(self.tr("Escrow is off.") + " " + gone + " " + self.tr(
                "A code HQ already fetched cannot be called back, but it no longer opens this "
                "vault."
            ))  # fmt: skip

        def failed(exc: BaseException) -> None:
            # disable() destroys the local lock before it talks to the server: if the lock is
            # gone, escrow is off here whatever the server did, and only its copy remains.
            if has_escrow(vault.path):
                self._idle(self.tr("Escrow is still on. %1").replace("%1", self.why(exc)))
                return
            self.retry_button.show()
            self._idle(self.tr(
                "Escrow is off on this laptop: the lock is destroyed, so a code HQ holds no "
                "longer opens this vault. But the server's copy was not removed. %1"
            ).replace("%1", self.why(exc)))  # fmt: skip

        Task(work).success(done).failure(failed).run(self.ctx.runner, self)

    def _proxy(self) -> str | None:
        return getattr(self.scheduler, "proxy", "") or None

    def why(self, exc: BaseException) -> str:
        return sync_error_text(exc)


class EscrowUi(QObject):
    """Installed on the main window: "Escrow to HQ…" in the Vault menu, before Lock."""

    def __init__(self, window: QMainWindow, ctx: Any, scheduler: Any = None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.scheduler = window, ctx, scheduler
        self.dialog: EscrowDialog | None = None
        self.action = QAction(self.tr("Escrow to HQ…"), window)
        self.action.triggered.connect(self.open)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        lock = getattr(window, "lock_action", None)
        if menus and lock is not None:  # the Vault menu, beside the other key matters
            menus[0].insertAction(lock, self.action)
        elif menus:
            menus[0].addAction(self.action)

    def open(self) -> EscrowDialog:
        # Window-modal, not exec(): the work result arrives by the event loop either way, and
        # the dialog dies with the main window when the vault locks.
        if self.dialog is None:
            self.dialog = EscrowDialog(self.window, self.ctx, self.scheduler)
            self.dialog.finished.connect(self._closed)
        self.dialog.refresh()
        self.dialog.open()
        return self.dialog

    def _closed(self, _code: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


# -- the unlock screen ----------------------------------------------------------------------


class EscrowCodeDialog(RecoverDialog):
    """The escrow code from HQ plus a new passphrase (twice): the recovery dialog, with the
    code (same format as a recovery key) checked before any work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=self.tr("Recover with HQ's escrow code"),
            intro=self.tr(
                "Type the escrow code HQ gave you, in person or on a call where you recognised "
                "each other, and choose a new passphrase. The code works once. You get a new "
                "recovery key to write down, and escrow is off afterwards."
            ),
            key_name=self.tr("Escrow code"),
            key_label=self.tr("Escrow code:"),
        )
        self.code = self.key

    def _check(self) -> None:
        from vigil.crypto import recovery

        try:
            recovery.parse_key(self.code.text())  # its checksum names a typo before any work
        except RecoveryKeyInvalid as exc:
            self.error.setText(str(exc))
            return
        super()._check()

    def busy_text(self) -> str:
        return self.tr("Recovering with HQ's escrow code…")


def ask_escrow_code(gate: QWidget) -> tuple[EscrowCode, str] | None:
    """The unlock screen's escrow path: the code and a new passphrase, checked, as a key
    source for the one unlock (vigil/unlock.py), with the text to show while it runs."""
    dialog = EscrowCodeDialog(gate)
    try:
        if not dialog.exec():
            return None
        code, new = dialog.code.text(), dialog.passphrase.text().encode()
        for field in (dialog.code, dialog.passphrase, dialog.repeat):
            field.clear()
        return EscrowCode(code, new), dialog.busy_text()
    finally:
        dialog.deleteLater()


def escrow_unopened_text() -> str:
    return QCoreApplication.translate(
        "EscrowCodeDialog",
        "The vault was recovered, but it did not open here. Unlock it with the new passphrase.",
    )


__all__ = [
    "EscrowCodeDialog",
    "EscrowDialog",
    "EscrowUi",
    "ask_escrow_code",
    "escrow_unopened_text",
    "has_escrow",
    "sync_store",
]
