"""Evidence packages from the app: the Vault menu's "Export evidence package…" writes the open
case's package (docs/evidence.md), as ``vigil evidence export`` does, on a worker."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from vigil.ui.errors import error_text
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from vigil.ui.main_window import MainWindow


class EvidenceUi(QObject):
    """One action over the open case; it lives as long as the main window."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main, self.ctx = main, main.ctx
        self.export_action = QAction(self.tr("Export e&vidence package…"), main)
        self.export_action.triggered.connect(self.export)

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action]

    def export(self) -> None:
        title = self.tr("Export evidence package")
        case_id = self.main.case_view.case_id
        if not case_id:
            self.ctx.dialogs.inform(self.main, title, self.tr("Open a case first."))
            return
        chosen = self.ctx.dialogs.save_file(
            self.main,
            self.tr("Save the evidence package (it holds the case decrypted)"),
            f"evidence-{case_id[:8]}.zip",
        )
        if not chosen:
            return
        vault = self.ctx.vault

        def work(_progress: Progress) -> dict[str, Any]:
            from vigil.evidence.package import export

            return export(vault, case_id, Path(chosen))

        def done(manifest: dict[str, Any]) -> None:
            self.ctx.dialogs.inform(
                self.main, title,
                self.tr("Wrote %1: %2 revisions, signed by this device. It holds the case "
                        "decrypted: keep it as safe as the case. Anyone can check it with "
                        "the verify.py inside it.")
                .replace("%1", chosen).replace("%2", str(len(manifest["revisions"]))),
            )  # fmt: skip

        def failed(exc: BaseException) -> None:
            self.ctx.dialogs.inform(self.main, title, error_text(exc), warning=True)

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self.main)
