"""The HQ desk's Time-stamping page: the RFC 3161 authority the desk asks in each sync round
(docs/evidence.md), set, changed and cleared as ``vigil evidence tsa URL --roots FILE`` and
``vigil evidence tsa --clear`` do, through the same core functions (evidence/timestamps.py),
on the worker. It shows the setting, the outcome of the last stamping the core kept, and
each refusal in the core's own words, translated (vigil/words.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigil.ui.errors import error_text
from vigil.ui.hq_link import HqLink
from vigil.ui.widgets import named, plain_label
from vigil.words import fill

# (the authority or None, the last stamping or None), read on the worker
State = tuple[Any, tuple[str, int, str] | None]


class TsaPage(QWidget):
    """What is set, what the last stamping came to, and the form that changes it."""

    def __init__(self, link: HqLink) -> None:
        super().__init__()
        self.link = link
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "A time-stamping authority outside the organisation (RFC 3161) signs that what the "
            "desk received existed by a given time. Only hashes leave the desk. The desk asks "
            "it in each sync round; its tokens go into evidence packages, and anyone can check "
            "them with the authority's root certificates."
        )))  # fmt: skip
        self.current = plain_label(name=self.tr("Current time-stamping authority"))
        layout.addWidget(self.current)
        self.last = plain_label(name=self.tr("Last stamping"))
        layout.addWidget(self.last)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Authority address"))
        self.url.setPlaceholderText("https://freetsa.org/tsr")
        self.roots = QLineEdit()
        self.roots.setAccessibleName(self.tr("Root certificates file"))
        self.choose_button = named(
            QPushButton(self.tr("C&hoose file…")), self.tr("Choose the root certificates file")
        )
        self.choose_button.clicked.connect(self.choose)
        form.addRow(self.tr("Authority &web address:"), self.url)
        form.addRow(self.tr("R&oot certificates (PEM):"), self.roots)
        choose_row = QHBoxLayout()  # under the field, not stretched across the page
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        form.addRow(choose_row)
        layout.addLayout(form)
        self.error = plain_label(name=self.tr("Time-stamping problem"))
        self.error.setStyleSheet("font-weight: bold")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.clear_button = named(
            QPushButton(self.tr("C&lear authority…")), self.tr("Clear the authority")
        )
        self.clear_button.clicked.connect(self.clear)
        self.set_button = named(QPushButton(self.tr("&Set authority")), self.tr("Set authority"))
        self.set_button.clicked.connect(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.set_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def load(self) -> None:
        vault = self.link.ctx.vault

        def work() -> State:
            from vigil.evidence import timestamps

            with vault.kept_open():
                return timestamps.authority(vault), timestamps.last_result(vault)

        self.link.run(self, work, self.show_state, self._failed)

    def show_state(self, state: State) -> None:
        tsa, last = state
        if tsa is None:
            self.current.setText(self.tr(
                "No time-stamping authority is set: the desk asks none, and evidence packages "
                "carry no tokens from outside."
            ))  # fmt: skip
        else:
            self.current.setText(
                fill(self.tr("Authority: %1\nRoot certificates, SHA-256: %2"), tsa.url,
                     tsa.fingerprint)
            )  # fmt: skip
            if not self.url.text():
                self.url.setText(tsa.url)
        self.clear_button.setEnabled(tsa is not None)
        if last is None:
            self.last.setText(self.tr("Nothing time-stamped yet."))
        else:
            when, added, error = last
            # "UTC" inside the value: a right-to-left line keeps the time and its zone together
            text = fill(self.tr("Last stamping (%1): %n token(s) added.", "", added),
                        when.replace("T", " ").replace("Z", " UTC"))  # fmt: skip
            if error:
                text += " " + fill(self.tr("It stopped: %1"), error)
            self.last.setText(text)

    def choose(self) -> None:
        path = self.link.ctx.dialogs.open_file(
            self, self.tr("The authority's root certificates"),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )  # fmt: skip
        if path:
            self.roots.setText(path)

    def save(self) -> None:
        url, roots = self.url.text().strip(), self.roots.text().strip()
        if not url or not roots:
            self.error.setText(self.tr("Give the authority's address and its root certificates "
                                       "file."))  # fmt: skip
            return
        vault = self.link.ctx.vault

        def work() -> State:
            from vigil.evidence import timestamps

            with vault.kept_open():
                return timestamps.configure_from_file(vault, url, roots), timestamps.last_result(
                    vault
                )

        self._run(work, self.tr("Time-stamping authority set."))

    def clear(self) -> None:
        what = self.tr("forget the time-stamping authority; tokens already kept stay with "
                       "their cases")  # fmt: skip
        whom = self.tr("this desk: its sync rounds ask no authority until one is set again")
        if not self.link.confirm(
            self, self.tr("Clear the authority?"), what, whom, self.clear_button
        ):
            return
        vault = self.link.ctx.vault

        def work() -> State:
            from vigil.evidence import timestamps

            with vault.kept_open():
                timestamps.clear(vault)
                return None, timestamps.last_result(vault)

        self._run(work, self.tr("Time-stamping authority cleared."))

    def _run(self, work: Any, said: str) -> None:
        self.error.clear()
        self.set_button.setEnabled(False)
        self.clear_button.setEnabled(False)

        def done(state: State) -> None:
            self.set_button.setEnabled(True)
            self.url.setText(state[0].url if state[0] is not None else "")
            self.show_state(state)
            self.link.say(said)

        def failed(exc: BaseException) -> None:
            self.set_button.setEnabled(True)
            self._failed(exc)
            self.load()  # what is set now (nothing was changed)

        self.link.run(self, work, done, failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))


__all__ = ["TsaPage"]
