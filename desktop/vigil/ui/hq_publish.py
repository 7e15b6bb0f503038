"""The HQ desk's publishing: an urgent-action file (first issue, follow-up or closure) and
alerts, each signed with the HQ key and sent to the field.

A file is checked in full by the template gate when it is chosen, before anything can be
signed: its findings are listed by file and line, and Publish stays off until it passes. The
bytes that were checked are the bytes that are signed (the file is not read again).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigil.alerts.publish import MAX_TEXT
from vigil.crypto.errors import VigilError
from vigil.ui.errors import error_text, sync_error_text
from vigil.ui.hq_link import HqLink
from vigil.ui.widgets import named, plain_label

MAX_NOTE_DAYS = 400  # vigil.alerts.note.MAX_DAYS


def _audience_row() -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(
        QCoreApplication.translate("HqPublish", "empty: every enrolled device")
    )
    field.setAccessibleName(
        QCoreApplication.translate("HqPublish", "Audience (device ids, separated by commas)")
    )
    return field


def _audience(field: QLineEdit) -> tuple[str | list[str], str]:
    """(the audience for the core, the words for the confirmation); VigilError when wrong."""
    from vigil.alerts.publish import parse_audience

    audience = parse_audience(field.text())
    if audience == "all":
        return audience, QCoreApplication.translate("HqPublish", "every enrolled device")
    return audience, ", ".join(audience)


def _send(vault: Any, store: Any, proxy: str | None) -> BaseException | int:
    """Send what was just signed; a failure is returned, not raised: the note is signed and
    queued either way, and leaves at the next sync."""
    from vigil.sync.hq import send_published

    try:
        return send_published(vault, store, proxy)
    except VigilError as exc:
        return exc


class PublishPage(QWidget):
    def __init__(self, link: HqLink) -> None:
        super().__init__()
        self.link = link
        self.data: bytes | None = None
        self.name = ""
        self.checked: Any = None  # vigil.alerts.publish.CheckedDocument
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Choose an urgent-action file. Vigil checks all of it (every template, in every "
            "language) before anything is signed; what it finds is listed below by file and "
            "line. Publish stays off until the file passes."
        )))  # fmt: skip
        row = QHBoxLayout()
        self.choose_button = named(QPushButton(self.tr("&Choose file…")), self.tr("Choose file"))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = plain_label(self.tr("No file chosen."), name=self.tr("Chosen file"))
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings"))
        layout.addWidget(self.findings, 1)
        self.summary = plain_label(name=self.tr("What will be signed"))
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Publish as"))
        self.kind.addItem(self.tr("As the file says"), None)
        self.kind.addItem(self.tr("First issue"), "urgent-action")
        self.kind.addItem(self.tr("Follow-up"), "follow-up")
        self.kind.addItem(self.tr("Closure"), "closure")
        self.audience = _audience_row()
        self.days = QSpinBox()
        self.days.setRange(0, MAX_NOTE_DAYS)
        self.days.setSpecialValueText(self.tr("30 days after the deadline"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Expires after"))
        form.addRow(self.tr("Pu&blish as:"), self.kind)
        form.addRow(self.tr("&To:"), self.audience)
        form.addRow(self.tr("E&xpires after:"), self.days)
        layout.addLayout(form)
        self.publish_button = named(QPushButton(self.tr("&Publish…")), self.tr("Publish"))
        self.publish_button.clicked.connect(self.publish)
        self.publish_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        layout.addLayout(buttons)

    def choose(self) -> None:
        path = self.link.ctx.dialogs.open_file(
            self, self.tr("Urgent-action file"), self.tr("Urgent actions (*.json)")
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """Run the template gate over the file on the worker; nothing is signed here."""
        from vigil.alerts.publish import check_document
        from vigil.appeals.store import MAX_DOCUMENT_BYTES

        self.data, self.checked, self.name = None, None, path.name
        self.publish_button.setEnabled(False)
        self.findings.clear()
        self.summary.clear()
        self.file_label.setText(str(path))

        def work() -> tuple[bytes, Any]:
            try:
                with path.open("rb") as f:
                    data = f.read(MAX_DOCUMENT_BYTES + 1)  # the gate refuses anything larger
            except OSError as exc:
                raise VigilError(f"Cannot read {path.name}: {exc.strerror}.") from None
            return data, check_document(data, path.name)

        self.link.run(self, work, self._passed, self._refused)

    def _passed(self, result: tuple[bytes, Any]) -> None:
        self.data, self.checked = result
        self.findings.addItem(self.tr("No problems found: every template passed the gate."))
        lines = [
            self.tr("%1 (%2): %3 target(s), letters in %4")
            .replace("%1", ua.ref).replace("%2", ua.number or "—")
            .replace("%3", str(len(ua.targets))).replace("%4", ", ".join(ua.languages))
            for ua in self.checked.actions
        ]  # fmt: skip
        self.summary.setText(
            self.tr("The file says: %1.").replace("%1", self.kind_words(self.checked.kind))
            + "\n" + "\n".join(lines)
        )  # fmt: skip
        self.publish_button.setEnabled(True)

    def _refused(self, exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            for where, what in problems:
                self.findings.addItem(f"{where}: {what}")
            self.summary.setText(self.tr("%n problem(s): nothing can be signed until the file "
                                         "is fixed.", "", len(problems)))  # fmt: skip
        else:
            self.findings.addItem(error_text(exc))
            self.summary.setText(self.tr("The file was not checked: nothing can be signed."))

    def publish(self) -> None:
        from vigil.alerts.publish import publish_document

        if self.data is None or self.checked is None:
            return
        try:
            audience, whom = _audience(self.audience)
        except VigilError as exc:
            self.link.say(str(exc))
            return
        kind = self.kind.currentData() or self.checked.kind
        what = (
            self.tr("sign %1 as a %2 with the HQ key and send it to the field")
            .replace("%1", ", ".join(self.checked.refs))
            .replace("%2", self.kind_words(kind))
        )
        if not self.link.confirm(
            self, self.tr("Publish urgent action?"), what, whom, self.publish_button
        ):
            return
        vault, store, proxy = self.link.ctx.vault, self.link.store, self.link.proxy
        data, name, days = self.data, self.name, (float(self.days.value()) or None)
        self.publish_button.setEnabled(False)
        self.link.say(self.tr("Signing and sending…"))

        def work() -> tuple[list[str], BaseException | int]:
            _kind, refs, _signed = publish_document(vault, data, name, kind, audience, days)
            return refs, _send(vault, store, proxy)

        def done(result: tuple[list[str], BaseException | int]) -> None:
            refs, sent = result
            self.publish_button.setEnabled(True)
            self.link.say(self._outcome(", ".join(refs), sent))

        def failed(exc: BaseException) -> None:
            self.publish_button.setEnabled(True)
            self.link.say(self.tr("Nothing was signed: %1").replace("%1", sync_error_text(exc)))

        self.link.run(self, work, done, failed)

    def kind_words(self, kind: str) -> str:
        return {"urgent-action": self.tr("first issue"), "follow-up": self.tr("follow-up"),
                "closure": self.tr("closure")}.get(kind, kind)  # fmt: skip

    def _outcome(self, what: str, sent: BaseException | int) -> str:
        if isinstance(sent, BaseException):
            return (
                self.tr("%1 is signed and queued but not sent yet (%2). It goes at the next sync.")
                .replace("%1", what)
                .replace("%2", sync_error_text(sent))
            )
        return self.tr("Published %1.").replace("%1", what)


class AlertPage(QWidget):
    def __init__(self, link: HqLink) -> None:
        super().__init__()
        self.link = link
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "An alert is signed with the HQ key and shown on the field devices at their next "
            "sync. A confidential alert is encrypted to each device's own key, so the server "
            "cannot read it."
        )))  # fmt: skip
        form = QFormLayout()
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity"))
        self.severity.addItem(self.tr("Information"), "info")
        self.severity.addItem(self.tr("Warning"), "warning")
        self.severity.addItem(self.tr("Urgent"), "urgent")
        self.days = QSpinBox()
        self.days.setRange(1, MAX_NOTE_DAYS)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Expires after"))
        self.audience = _audience_row()
        self.confidential = QCheckBox(self.tr("Confidential (encrypted to the devices' keys)"))
        self.confidential.setAccessibleName(self.tr("Confidential"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Alert text"))
        self.text.setTabChangesFocus(True)  # the whole form works from the keyboard
        form.addRow(self.tr("Se&verity:"), self.severity)
        form.addRow(self.tr("E&xpires after:"), self.days)
        form.addRow(self.tr("&To:"), self.audience)
        form.addRow("", self.confidential)
        form.addRow(self.tr("T&ext:"), self.text)
        layout.addLayout(form)
        self.send_button = named(QPushButton(self.tr("&Send alert…")), self.tr("Send alert"))
        self.send_button.clicked.connect(self.send)
        self.rotate_button = named(
            QPushButton(self.tr("Rotate the alert &key…")), self.tr("Rotate the alert key")
        )
        self.rotate_button.clicked.connect(self.rotate)
        row = QHBoxLayout()
        row.addWidget(self.rotate_button)
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def send(self) -> None:
        from vigil.alerts.publish import publish_alert

        text = self.text.toPlainText().strip()
        if not text or len(text) > MAX_TEXT:
            self.link.say(self.tr("An alert's text has 1 to %1 characters.")
                          .replace("%1", str(MAX_TEXT)))  # fmt: skip
            return
        try:
            audience, whom = _audience(self.audience)
        except VigilError as exc:
            self.link.say(str(exc))
            return
        severity, days = self.severity.currentData(), self.days.value()
        confidential = self.confidential.isChecked()
        what = self.tr("sign a \u201c%1\u201d alert with the HQ key, expiring in %2 days, and "
                       "send it").replace("%1", self.severity.currentText()).replace(
            "%2", str(days))  # fmt: skip
        if confidential:
            what += self.tr(", encrypted so that only those devices can read it")
        if not self.link.confirm(self, self.tr("Send alert?"), what, whom, self.send_button):
            return
        self._sign_and_send(
            self.send_button,
            lambda vault: publish_alert(vault, severity, text, float(days), audience,
                                        confidential),
            self.tr(
                "The alert is signed and queued but not sent yet (%1). It goes at the next "
                "sync."
            ),
            self.tr("Alert sent."),
            self.text.clear,
        )  # fmt: skip

    def rotate(self) -> None:
        """A new alert key, introduced by a note the current one signs (vigil hq
        rotate-alert-key): for when the desk's alert key may have been copied."""
        from vigil.alerts.publish import rotate_key

        what = self.tr(
            "introduce a new alert key in a note signed with the current one, then retire the "
            "current one; devices switch to the new key at their next sync"
        )
        whom = QCoreApplication.translate("HqPublish", "every enrolled device")
        if not self.link.confirm(
            self, self.tr("Rotate the alert key?"), what, whom, self.rotate_button
        ):
            return
        self._sign_and_send(
            self.rotate_button,
            rotate_key,
            self.tr(
                "The new alert key is introduced and queued but not sent yet (%1). It goes "
                "at the next sync."
            ),
            self.tr("New alert key sent; the old one is retired."),
        )

    def _sign_and_send(
        self,
        button: QPushButton,
        sign: Callable[[Any], object],
        queued: str,
        sent_text: str,
        on_sent: Callable[[], None] | None = None,
    ) -> None:
        """Sign on the worker with the desk's vault, then send; ``queued`` (with %1 for the
        reason) is said when the note is signed but the send failed."""
        vault, store, proxy = self.link.ctx.vault, self.link.store, self.link.proxy
        button.setEnabled(False)
        self.link.say(self.tr("Signing and sending…"))

        def work() -> BaseException | int:
            sign(vault)
            return _send(vault, store, proxy)

        def done(sent: BaseException | int) -> None:
            button.setEnabled(True)
            if isinstance(sent, BaseException):
                self.link.say(queued.replace("%1", sync_error_text(sent)))
                return
            if on_sent is not None:
                on_sent()
            self.link.say(sent_text)

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            self.link.say(self.tr("Nothing was signed: %1").replace("%1", sync_error_text(exc)))

        self.link.run(self, work, done, failed)


__all__ = ["AlertPage", "PublishPage"]
