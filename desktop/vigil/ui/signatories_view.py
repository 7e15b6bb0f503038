"""The people who sign group letters: a list, import from CSV with every bad row shown first,
and removal.

Signatory data is the kind authorities collect: kept minimal (name, city, whether the name is
a pseudonym), with the consent text and version the campaigner gave, only in this vault and
never synced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigil.appeals.signatories import Row, parse_csv
from vigil.appeals.store import AppealStore, Consent, utc_now
from vigil.crypto.errors import VigilError
from vigil.ui.context import UiContext
from vigil.ui.widgets import plain_label
from vigil.ui.worker import Progress, Task

ID = Qt.ItemDataRole.UserRole


class ImportSignatoriesDialog(QDialog):
    """What the file holds, what is wrong with it, and the consent people agreed to."""

    def __init__(self, rows: list[Row], errors: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Import signatories"))
        self.setAccessibleName(self.tr("Import signatories"))
        self.summary = plain_label(
            self.tr("%n row(s) can be imported.", "", len(rows))
            + ("  " + self.tr("%n row(s) have problems and are left out:", "", len(errors))
               if errors else "")
        )  # fmt: skip
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rows with problems"))
        self.errors.addItems(errors)
        self.errors.setVisible(bool(errors))
        self.consent = QPlainTextEdit()
        self.consent.setTabChangesFocus(True)
        self.consent.setAccessibleName(self.tr("Consent text"))
        self.consent.setPlaceholderText(self.tr("The exact words the signatories agreed to"))
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("Consent version"))
        self.version.setPlaceholderText(self.tr("for example 2024-1"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import %n signatory(ies)", "", len(rows)))
        self.ok.setAccessibleName(self.ok.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.consent.textChanged, self.version.textChanged):
            field.connect(self._update)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Consent text:"), self.consent)
        form.addRow(self.tr("Consent version:"), self.version)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors)
        layout.addLayout(form)
        layout.addWidget(
            plain_label(self.tr("Signatories stay in this vault; they are never synced."))
        )
        layout.addWidget(self.buttons)
        self.resize(620, 480)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(
            bool(self.rows and self.consent.toPlainText().strip() and self.version.text().strip())
        )

    def consent_record(self) -> Consent:
        return Consent(self.consent.toPlainText().strip(), self.version.text().strip(), utc_now())


class SignatoriesView(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, store: AppealStore) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = store
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Signatories"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("City"), self.tr("Pseudonym"), self.tr("Consent"),
             self.tr("Agreed")]
        )  # fmt: skip
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.import_button = QPushButton(self.tr("Import from CSV…"))
        self.import_button.setAccessibleName(self.tr("Import signatories from CSV"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the signatory"))
        self.summary = plain_label(name=self.tr("Signatories"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("People who sign group letters. They stay in this vault and are "
                                "never synced; HQ learns only how many letters were sent."))
        )  # fmt: skip
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentItemChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.list.currentItem() is not None)
        )
        self.remove_button.setEnabled(False)

    def reload(self) -> None:
        people = self.store.signatories()
        self.list.clear()
        for s in people:
            item = QTreeWidgetItem([
                s.name, s.city, self.tr("yes") if s.pseudonym else "", s.consent.version,
                s.consent.at[:10],
            ])  # fmt: skip
            item.setData(0, ID, s.id)
            self.list.addTopLevelItem(item)
        self.summary.setText(self.tr("%n signatory(ies)", "", len(people)))

    def choose_file(self) -> None:
        path = self.ctx.dialogs.open_file(self, self.tr("Import signatories"), "CSV (*.csv *.txt)")
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        def work(_progress: Progress) -> tuple[list[Row], list[str]]:
            return parse_csv(Path(path).read_bytes())

        def failed(exc: BaseException) -> None:
            text = str(exc) if isinstance(exc, VigilError | OSError) else type(exc).__name__
            self.ctx.dialogs.inform(self, self.tr("Nothing was imported"), text, warning=True)

        Task(work).success(lambda r: self.review(*r)).failure(failed).run(
            self.ctx.runner, owner=self
        )

    def review(self, rows: list[Row], errors: list[str]) -> None:
        """The rows and their problems, before anything is stored."""
        dialog = ImportSignatoriesDialog(rows, errors, self)
        if not dialog.exec():
            return
        try:
            self.store.add_signatories(
                [(r.name, r.city, r.pseudonym) for r in rows], dialog.consent_record()
            )
        except VigilError as exc:
            self.ctx.dialogs.inform(self, self.tr("Nothing was imported"), str(exc), True)
            return
        self.reload()
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        question = self.tr("Remove %1 from the signatories? Letters already made keep their "
                           "name.").replace("%1", item.text(0))  # fmt: skip
        if not self.ctx.dialogs.confirm(self, self.tr("Remove signatory"), question):
            return
        self.store.remove_signatory(str(item.data(0, ID)))
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self.summary.clear()
