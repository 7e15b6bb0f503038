"""The status board: every appeal of an urgent action, counted by status, moved on by a person.

"Confirmed sent" and "reply received" are only ever set here, by someone who knows: opening a
mail link or saving a draft proves nothing. Confirming after the deadline, or for a closed
action, says so first.
"""

from __future__ import annotations

import datetime
from collections import Counter

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigil.appeals.model import UrgentAction
from vigil.appeals.store import STATUSES, Appeal, AppealStore
from vigil.crypto.errors import VigilError
from vigil.ui.appeal_texts import deadline_warning, local_time, status_label
from vigil.ui.context import UiContext
from vigil.ui.widgets import plain_label

ID = Qt.ItemDataRole.UserRole


class ReplyDialog(QDialog):
    """The date a reply came and what it said (a summary is fine)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a reply"))
        self.setAccessibleName(self.tr("Log a reply"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the reply"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What the reply says"))
        self.text.setPlaceholderText(self.tr("What the reply says (a summary is fine)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Received on:"), self.date)
        form.addRow(self.tr("Reply:"), self.text)
        form.addRow(self.buttons)
        self.resize(520, 320)

    def reply_date(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class StatusBoard(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, store: AppealStore) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = store
        self.action_id: str | None = None
        self.ua: UrgentAction | None = None
        self.counts = plain_label(name=self.tr("Appeals by status"))
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Appeals"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("To"), self.tr("Language"), self.tr("Signed by"), self.tr("Status"),
             self.tr("Changed"), self.tr("Reply")]
        )  # fmt: skip
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.sent_button = QPushButton(self.tr("Confirm sent…"))
        self.sent_button.setAccessibleName(self.tr("Confirm that this letter was sent"))
        self.reply_button = QPushButton(self.tr("Log a reply…"))
        self.reply_button.setAccessibleName(self.tr("Log a reply to this letter"))
        hint = plain_label(
            self.tr("Only you can confirm a letter was sent: opening it in the mail program "
                    "proves nothing.")
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.sent_button.clicked.connect(lambda: self.confirm_sent(self.current()))
        self.reply_button.clicked.connect(lambda: self.log_reply(self.current()))
        self.list.currentItemChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_action(self, action_id: str, ua: UrgentAction) -> None:
        self.action_id, self.ua = action_id, ua
        self.reload()

    def reload(self) -> None:
        if self.action_id is None or self.ua is None:
            return
        chosen = self.current()
        appeals = self.store.appeals(self.action_id)
        names = {s.id: s.name for s in self.store.signatories()} if appeals else {}
        self.list.clear()
        for appeal in reversed(appeals):  # newest first
            self.list.addTopLevelItem(self._row(appeal, names))
        if chosen is not None:
            self.select(chosen)
        counted = Counter(a.status for a in appeals)
        self.counts.setText(" · ".join(f"{status_label(s)}: {counted.get(s, 0)}" for s in STATUSES))
        self._update_buttons()

    def _row(self, appeal: Appeal, names: dict[str, str]) -> QTreeWidgetItem:
        assert self.ua is not None
        target = next((t for t in self.ua.targets if t.ref == appeal.target_ref), None)
        to = target.name_for(appeal.lang) if target else appeal.target_ref
        if appeal.signatory_id is None:
            signed = self.tr("you")
        else:  # a removed signatory leaves the appeal behind, nameless
            signed = names.get(appeal.signatory_id, self.tr("(removed signatory)"))
        reply = ""
        if appeal.reply_text:
            first_line = appeal.reply_text.strip().splitlines()[0]
            reply = f"{appeal.reply_date or ''} {first_line}".strip()
        item = QTreeWidgetItem([
            to, appeal.lang, signed, status_label(appeal.status),
            local_time(appeal.updated), reply,
        ])  # fmt: skip
        item.setData(0, ID, appeal.id)
        return item

    def current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID)) if item is not None else None

    def select(self, appeal_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ID) == appeal_id:
                self.list.setCurrentItem(item)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current() is not None
        self.sent_button.setEnabled(chosen)
        self.reply_button.setEnabled(chosen)

    def confirm_sent(self, appeal_id: str | None) -> bool:
        if appeal_id is None or self.ua is None:
            return False
        text = self.tr("Confirm only once the letter has left: you posted it, or your mail "
                       "program sent it.")  # fmt: skip
        warning = deadline_warning(self.ua, datetime.date.today())
        title = self.tr("Confirm sent")
        if warning:
            title = self.tr("Sent after the deadline?")
            text = warning + "\n\n" + self.tr("Record it as sent anyway?")
        if not self.ctx.dialogs.confirm(self, title, text):
            return False
        return self._set(appeal_id, "sent")

    def log_reply(self, appeal_id: str | None) -> bool:
        if appeal_id is None:
            return False
        dialog = ReplyDialog(self)
        if not dialog.exec():
            return False
        return self._set(
            appeal_id, "reply", reply_date=dialog.reply_date(), reply_text=dialog.text.toPlainText()
        )

    def _set(self, appeal_id: str, status: str, **reply: str) -> bool:
        try:
            self.store.set_status(appeal_id, status, **reply)
        except VigilError as exc:
            self.ctx.dialogs.inform(self, self.tr("Not saved"), str(exc), warning=True)
            return False
        self.reload()
        self.select(appeal_id)
        self.changed.emit()
        return True

    def clear(self) -> None:
        self.action_id, self.ua = None, None
        self.list.clear()
        self.counts.clear()
