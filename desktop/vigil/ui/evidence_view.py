"""Evidence from the app (docs/evidence.md), each on a worker: the Vault menu's "Export
evidence package…" writes the open case's package as ``vigil evidence export`` does, and
"Verify an evidence package…" checks one as ``vigil evidence verify`` does, shows the same
report and records the check in the custody log of the case when this vault holds it; the HQ
menu's "Time-stamp this case" asks the configured RFC 3161 authority as ``vigil evidence
timestamp`` does."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from vigil.ui.errors import error_text
from vigil.ui.evidence_report import EvidenceReportDialog
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from vigil.evidence.timestamps import Added
    from vigil.ui.main_window import MainWindow


class EvidenceUi(QObject):
    """One action over the open case; it lives as long as the main window."""

    def __init__(self, main: MainWindow, proxy: str | None = None) -> None:
        super().__init__(main)
        self.main, self.ctx, self.proxy = main, main.ctx, proxy
        self.export_action = QAction(self.tr("Export e&vidence package…"), main)
        self.export_action.triggered.connect(self.export)
        self.verify_action = QAction(self.tr("Veri&fy an evidence package…"), main)
        self.verify_action.triggered.connect(self.verify)
        # On the HQ menu only (app_window): the desk is the one that asks the authority.
        self.stamp_action = QAction(self.tr("&Time-stamp this case"), main)
        self.stamp_action.triggered.connect(self.stamp)
        self.report: EvidenceReportDialog | None = None

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.verify_action]

    def verify(self) -> None:
        title = self.tr("Verify an evidence package")
        chosen = self.ctx.dialogs.open_file(
            self.main, title, self.tr("Evidence packages (*.zip);;All files (*)")
        )
        if not chosen:
            return
        vault = self.ctx.vault

        def work(_progress: Progress) -> tuple[Any, bool]:
            from vigil.evidence import custody, verifier

            report = verifier.verify_package(chosen)
            with vault.kept_open() as is_open:
                recorded = is_open and custody.record_verified(vault, Path(chosen), report)
            return report, bool(recorded)

        def done(result: tuple[Any, bool]) -> None:
            from vigil.evidence import verifier

            report, recorded = result
            if recorded:
                note = self.tr("This check is recorded in the case's custody log.")
            else:
                note = self.tr("Not recorded: this vault does not hold the case the package "
                               "names.")  # fmt: skip
            self.show_report(Path(chosen).name, verifier.render(report), len(report.failures),
                             note)  # fmt: skip

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            if isinstance(exc, (OSError, zipfile.BadZipFile)):
                text = self.tr("%1 cannot be read as an evidence package (a zip file).").replace(
                    "%1", Path(chosen).name
                )
            self.ctx.dialogs.inform(self.main, title, text, warning=True)

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self.main)

    def show_report(self, name: str, text: str, failures: int, recorded: str) -> None:
        if self.report is not None:
            self.report.close()
        self.report = EvidenceReportDialog(name, text, failures, recorded, self.main)
        self.report.show()

    def round_stamped(self, count: int, error: str) -> None:
        """The desk's sync round asked the authority by itself: say what came of it. A
        stamping that stopped is said, never raised: the round stands and asks again."""
        text = self.tr(
            "%n time-stamp token(s) added for revisions and attachments received.", "", count
        ) if count else ""
        if error:
            waits = self.tr("Time-stamping waits for the next sync round: %1").replace("%1", error)
            text = f"{text} {waits}".strip()
        self.main.statusBar().showMessage(text)

    def stamp(self) -> None:
        title = self.tr("Time-stamp this case")
        case_id = self.main.case_view.case_id
        if not case_id:
            self.ctx.dialogs.inform(self.main, title, self.tr("Open a case first."))
            return
        vault, proxy = self.ctx.vault, self.proxy

        def work(_progress: Progress) -> Added | None:
            from vigil.evidence import timestamps

            if timestamps.authority(vault) is None:
                return None
            return timestamps.stamp_case(vault, case_id, proxy=proxy)

        def done(added: Added | None) -> None:
            if added is None:
                text = self.tr(
                    "No time-stamping authority is set. Set one with HQ → Time-stamping "
                    "authority…; the desk then also asks it by itself in each sync round."
                )
                self.ctx.dialogs.inform(self.main, title, text, warning=True)
                return
            text = self.tr("%n revision(s) time-stamped by the authority.", "", added.revisions)
            if added.attachments:
                text += " " + self.tr(
                    "%n attachment(s) time-stamped over the file's own SHA-256.", "",
                    added.attachments,
                )  # fmt: skip
            if not added.total:
                text = self.tr(
                    "Every revision and attachment of this case already has a time-stamp."
                )
            self.ctx.dialogs.inform(self.main, title, text)

        def failed(exc: BaseException) -> None:
            self.ctx.dialogs.inform(self.main, title, error_text(exc), warning=True)

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self.main)

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
