"""Settings: one dialog over the typed settings in vigil.settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigil.settings import BOUNDS, LANGUAGES, THEMES, Settings
from vigil.ui.errors import proxy_problem
from vigil.ui.widgets import plain_label


def _spin(settings: Settings, name: str) -> QSpinBox:
    """A spin box for a number setting, its range from the one declaration (BOUNDS)."""
    spin = QSpinBox()
    spin.setRange(*BOUNDS[name])
    spin.setValue(getattr(settings, name))
    return spin


class SettingsDialog(QDialog):
    recalibrate_requested = Signal()
    choose_vault_requested = Signal()

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, remembered: bool = False
    ) -> None:
        super().__init__(parent)
        self.base = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.auto_lock = _spin(settings, "auto_lock_minutes")
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks"))
        self.screen_lock.setAccessibleName(self.tr("Lock when the screen locks"))
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        self.clipboard = _spin(settings, "clipboard_clear_seconds")
        self.clipboard.setAccessibleName(self.tr("Clear copied text after seconds"))
        self.clipboard.setSuffix(self.tr(" s"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        names = {
            "system": self.tr("As the system"),
            "en": "English",
            "ru": "Русский",
            "kk": "Қазақша",
            "ug": "ئۇيغۇرچە",
        }
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        themes = {
            "system": self.tr("As the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for code in THEMES:
            self.theme.addItem(themes[code], code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.vault_dir = QLineEdit(settings.vault_dir)
        self.vault_dir.setAccessibleName(self.tr("Vault folder"))
        self.vault_dir.setPlaceholderText(self.tr("the default folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the vault folder"))
        browse.clicked.connect(self.choose_vault_requested)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_dir, 1)
        vault_row.addWidget(browse)
        self.sync_minutes = _spin(settings, "sync_minutes")
        self.sync_minutes.setAccessibleName(self.tr("Sync every minutes"))
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_proxy = QLineEdit(settings.sync_proxy)
        self.sync_proxy.setAccessibleName(self.tr("Sync through a proxy"))
        self.sync_proxy.setPlaceholderText("socks5://127.0.0.1:9050")
        self.remind_days = _spin(settings, "remind_days_before")
        self.remind_days.setAccessibleName(
            self.tr("Remind of followed urgent action deadlines, days before")
        )
        self.remind_days.setSuffix(self.tr(" days before"))
        self.remind_days.setSpecialValueText(self.tr("Off"))  # shown for 0
        # Off by default (0): a wipe after wrong passphrases also fires on the person's own
        # typing mistakes; turning it on asks once more (ui/settings_flow.py).
        self.wipe_after = _spin(settings, "wipe_after_failures")
        self.wipe_after.setAccessibleName(
            self.tr("Wipe the vault after this many wrong passphrases in a row")
        )
        self.wipe_after.setSuffix(self.tr(" wrong passphrases"))
        self.wipe_after.setSpecialValueText(self.tr("Never"))  # shown for 0
        self.remember = QCheckBox(self.tr("Remember the vault key on this device"))
        self.remember.setAccessibleName(self.tr("Remember the vault key on this device"))
        self.remember.setChecked(remembered)
        self.recalibrate = QPushButton(self.tr("Recalibrate key derivation…"))
        self.recalibrate.setAccessibleName(self.tr("Recalibrate key derivation"))
        self.recalibrate.clicked.connect(self.recalibrate_requested)
        form = QFormLayout()
        form.addRow(self.tr("Auto-lock:"), self.auto_lock)
        form.addRow("", self.screen_lock)
        form.addRow(self.tr("Clipboard:"), self.clipboard)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Vault folder:"), vault_row)
        form.addRow(self.tr("Sync every:"), self.sync_minutes)
        form.addRow(self.tr("Proxy (Tor):"), self.sync_proxy)
        form.addRow(self.tr("Deadline reminders:"), self.remind_days)
        form.addRow(self.tr("Passphrase cost:"), self.recalibrate)
        form.addRow(self.tr("Quick unlock:"), self.remember)
        form.addRow(self.tr("Wipe after:"), self.wipe_after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = plain_label()  # why OK did not close the dialog
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(
            plain_label(self.tr("A new vault folder is used the next time Vigil starts."))
        )
        layout.addWidget(buttons)

    def accept(self) -> None:
        """OK closes only on what can be saved: loading drops a field it cannot use, and a
        proxy dropped at the next start would send the sync out without it."""
        problem = proxy_problem(self.result_settings(self.base).sync_proxy)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.sync_proxy.setFocus()
            return
        super().accept()

    def result_settings(self, base: Settings) -> Settings:
        # replace(), not Settings(): fields the dialog does not show keep their value instead
        # of falling back to the default on every save
        return replace(
            base,
            auto_lock_minutes=self.auto_lock.value(),
            lock_on_screen_lock=self.screen_lock.isChecked(),
            clipboard_clear_seconds=self.clipboard.value(),
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            vault_dir=self.vault_dir.text().strip(),
            sync_minutes=self.sync_minutes.value(),
            sync_proxy=self.sync_proxy.text().strip(),
            remind_days_before=self.remind_days.value(),
            wipe_after_failures=self.wipe_after.value(),
        )
