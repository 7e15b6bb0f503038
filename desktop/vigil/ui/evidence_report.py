"""What an evidence package proves, shown after "Verify an evidence package…": the verifier's
own report, word for word as ``vigil evidence verify`` and the package's verify.py print it
(a lawyer comparing the two sees the same text), under a headline that says at once whether
it verified and, if not, how many checks failed; each failure is named in the report's first
lines. The report is plain text: a package is untrusted, and nothing of it is read as markup.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from vigil.ui.widgets import plain_label


class EvidenceReportDialog(QDialog):
    def __init__(
        self, name: str, report_text: str, failures: int, recorded: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence package: %1").replace("%1", name))
        self.setAccessibleName(self.tr("Evidence package report"))
        if failures:
            headline = self.tr("Not verified: %n check(s) failed. What failed is named first.",
                               "", failures)  # fmt: skip
        else:
            headline = self.tr(
                "Verified: every check passed. Below: what that proves, and what it does not."
            )
        self.headline = plain_label(headline, name=self.tr("Outcome"))
        self.headline.setStyleSheet("font-weight: bold;")
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setTabChangesFocus(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setAccessibleName(self.tr("What the package proves and does not prove"))
        self.report.setPlainText(report_text)
        self.recorded = plain_label(recorded, name=self.tr("Custody log"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.report)
        layout.addWidget(self.recorded)
        layout.addWidget(buttons)
        self.resize(760, 520)
