"""The window before a vault is open: first run (create or open) and the unlock screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigil.ui.widgets import named, plain_label
from vigil.vault.passphrase import MIN_LENGTH, MIN_SCORE, strength, too_short


def _title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    return field


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal()
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Welcome to Vigil")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Vigil keeps case notes encrypted on this computer. Nothing in a vault can "
                    "be read without its passphrase."
                )
            )
        )
        self.create_button = QPushButton(self.tr("Create a new vault"))
        named(self.create_button, self.tr("Create a new vault"))
        self.open_button = QPushButton(self.tr("Open an existing vault…"))
        named(self.open_button, self.tr("Open an existing vault"))
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        named(self.restore_button, self.tr("Restore from backup"))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.restore_button)
        layout.addStretch(1)


class CreatePage(QWidget):
    """Choose a passphrase, with a plain hint about its strength and a minimum length."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Create a vault")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Choose a passphrase: several unrelated words are easy to remember and hard "
                    "to guess. If you forget it, only the recovery key shown next can open the "
                    "vault."
                )
            )
        )
        form = QFormLayout()
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.repeat = _password_field(self.tr("Repeat the passphrase"))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        layout.addLayout(form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        layout.addWidget(self.meter)
        self.hint = plain_label(name=self.tr("Passphrase hint"))
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        named(self.back_button, self.tr("Back"))
        self.create_button = QPushButton(self.tr("Create vault"))
        named(self.create_button, self.tr("Create vault"))
        self.create_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        # The passphrase is scored (zxcvbn, on the UI thread) when it changes, not again at
        # each key typed into the repeat field.
        self.score = 0
        self.passphrase.textChanged.connect(self._rescore)
        self.repeat.textChanged.connect(self._update)
        self.repeat.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self._rescore()

    def hint_text(self, score: int, text: str = "") -> str:
        """The meter's words; a long passphrase zxcvbn scores 0 is weak, not short."""
        if score == 0 and text and not too_short(text):
            score = 1
        texts = {
            0: self.tr("Too short: at least %n characters.", "", MIN_LENGTH),
            1: self.tr("Weak: easy to guess for someone with time. Add more words."),
            2: self.tr("Fair: add a word or two more."),
            3: self.tr("Good."),
            4: self.tr("Strong."),
        }
        return texts[score]

    def _rescore(self) -> None:
        self.score = strength(self.passphrase.text())
        self._update()

    def _update(self) -> None:
        text, score = self.passphrase.text(), self.score
        self.meter.setValue(score)
        hint = self.hint_text(score, text)
        if not too_short(text) and self.repeat.text() and self.repeat.text() != text:
            hint += " " + self.tr("The two passphrases differ.")
        self.hint.setText(hint)
        self.create_button.setEnabled(score >= MIN_SCORE and self.repeat.text() == text)

    def _submit(self) -> None:
        if self.create_button.isEnabled():
            self.submitted.emit(self.passphrase.text())

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class UnlockPage(QWidget):
    submitted = Signal(str)
    recover_requested = Signal()
    escrow_requested = Signal()
    other_vault_requested = Signal()
    keyring_requested = Signal()
    restore_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Unlock the vault")))
        self.where = plain_label(name=self.tr("Vault location"))
        layout.addWidget(self.where)
        self.demo_hint = plain_label(name=self.tr("Demo passphrase"))
        self.demo_hint.hide()
        layout.addWidget(self.demo_hint)
        form = QFormLayout()
        self.passphrase = _password_field(self.tr("Passphrase"))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.error = plain_label(name=self.tr("Unlock status"))
        self.error.setStyleSheet("color: palette(highlight);")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.recover_button = QPushButton(self.tr("Use the recovery key…"))
        named(self.recover_button, self.tr("Use the recovery key"))
        # Shown by the controller only when this vault has HQ escrow (ui/escrow_view.py):
        # without it no code can open the vault, and a button that can only fail misleads.
        self.escrow_button = QPushButton(self.tr("I have an escrow code from HQ…"))
        named(self.escrow_button, self.tr("I have an escrow code from HQ"))
        self.escrow_button.hide()
        self.restore_button = QPushButton(self.tr("Restore from backup…"))
        named(self.restore_button, self.tr("Restore from backup"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.other_button = QPushButton(self.tr("Other vault…"))
        named(self.other_button, self.tr("Open another vault"))
        self.keyring_button = QPushButton(self.tr("Use this device's keyring"))
        named(self.keyring_button, self.tr("Unlock with the key remembered on this device"))
        self.keyring_button.hide()
        self.keyring_button.clicked.connect(self.keyring_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        named(self.unlock_button, self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.escrow_button)
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keyring_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.recover_button.clicked.connect(self.recover_requested)
        self.escrow_button.clicked.connect(self.escrow_requested)
        self.other_button.clicked.connect(self.other_vault_requested)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.submitted.emit(self.passphrase.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class BusyPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = plain_label(name=self.tr("Progress"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.bar)
        layout.addStretch(1)


class GateWindow(QWidget):
    """One window, four pages: welcome, create, unlock, busy."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Vigil"))
        self.setAccessibleName(self.tr("Vigil"))
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.create = CreatePage()
        self.unlock = UnlockPage()
        self.busy = BusyPage()
        for page in (self.welcome, self.create, self.unlock, self.busy):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.stack)
        self.resize(560, 380)
        self.create.back.connect(lambda: self.show_page(self.welcome))
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        focus = {self.create: self.create.passphrase, self.unlock: self.unlock.passphrase}
        if page in focus:
            focus[page].setFocus()

    def show_busy(self, text: str) -> None:
        self.busy.label.setText(text)
        self.show_page(self.busy)


class RecoveryKeyDialog(QDialog):
    """Shown once, right after creation: the recovery key, to print or copy by hand."""

    print_requested = Signal()

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setAccessibleName(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Write this recovery key on paper now. It is shown only this once. If you "
                    "forget your passphrase, it is the only way back into the vault. Anyone who "
                    "holds it can open the vault: keep it away from this computer."
                )
            )
        )
        key = plain_label(recovery_key, name=self.tr("Recovery key"))
        key.setWordWrap(False)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(key.font().pointSizeF() * 1.4)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(key)
        self.key_label = key
        self.written = QCheckBox(self.tr("I have written it down"))
        named(self.written, self.tr("I have written it down"))
        layout.addWidget(self.written)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        named(self.print_button, self.tr("Print the recovery key"))
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.continue_button, self.tr("Continue"))
        self.continue_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(self.print_requested)
        self.buttons.accepted.connect(self.accept)

    def reject(self) -> None:
        # Closing without confirming would lose the only copy: stay until confirmed.
        if self.written.isChecked():
            super().reject()


class RecoverDialog(QDialog):
    """A key in the recovery-key format plus a new passphrase (twice). The recovery key by
    default; a subclass names another key (HQ's escrow code) through the keyword texts."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        intro: str = "",
        key_name: str = "",
        key_label: str = "",
    ) -> None:
        super().__init__(parent)
        title = title or self.tr("Recover the vault")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(intro or self.tr("Type the recovery key and choose a new passphrase."))
        )
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setAccessibleName(key_name or self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        form.addRow(key_label or self.tr("Recovery key:"), self.key)
        form.addRow(self.tr("New passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        layout.addLayout(form)
        self.error = plain_label(name=self.tr("Recovery status"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        # the button says what it does, to the eye and to a screen reader alike (not "OK")
        self.ok_button.setText(self.tr("Recover"))
        named(self.ok_button, self.tr("Recover"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if too_short(self.passphrase.text()):
            self.error.setText(self.tr("The new passphrase is too short."))
        elif strength(self.passphrase.text()) < MIN_SCORE:
            # The create page's words (and their translations) for the same refusal.
            self.error.setText(
                QCoreApplication.translate(
                    "CreatePage", "Weak: easy to guess for someone with time. Add more words."
                )
            )
        elif self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()
