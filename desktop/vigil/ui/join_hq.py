"""Join HQ: paste the enrolment code, see what it will pin, confirm, enrol.

The code is read here (sync/codes.py) before anything is sent, so the person sees the
organisation, the server and the keys this vault will trust from now on, and confirms them.
Enrolling is sync/session.py's, the same calls as the command line, on the worker: a device
code is 'vigil sync enrol'; the admin code from 'vigil-server init' or 'admin-code' sets the
desk up ('vigil hq init'). ``again``: the vault is enrolled but this computer's keyring lost
its credential; joining again makes it a new device ('--again' of either command), after the
same plain question the command line asks.
A failure is said as what happened and what to do; the server's own words are never the
message (a server may say anything), only its error code is read.
"""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.errors import VigilError
from vigil.ui.errors import error_text
from vigil.ui.i18n import fixed_width_font
from vigil.ui.widgets import named, plain_label
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from vigil.sync.codes import EnrolmentCode
    from vigil.ui.context import UiContext


def fingerprint(key: bytes) -> str:
    """A short, readable fingerprint of a public key: what HQ reads out over the phone."""
    return _readable(hashlib.sha256(key).digest())


def _readable(digest: bytes) -> str:
    """The first 10 bytes of a key's SHA-256, in groups of four base32 letters: the same
    words whether the code carries the key (version 1) or its SHA-256 (version 2)."""
    text = base64.b32encode(digest[:10]).decode().lower()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


class JoinHqDialog(QDialog):
    """Two steps in one window: the code (checked locally), then what it pins and Join."""

    joined = Signal(object)  # the DeviceCredential

    def __init__(
        self, parent: QWidget, ctx: UiContext, store: Any, proxy: str, again: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.store, self.proxy = ctx, store, proxy
        self.again = again  # the SyncConfig of a vault whose credential is gone, else None
        self.setWindowTitle(self.tr("Join HQ"))
        self.setAccessibleName(self.tr("Join HQ"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Paste the enrolment code HQ gave you (it starts with vigil-enrol:). Take it only "
            "from someone you trust, in person or over a channel you trust: the code decides "
            "which server and which HQ keys this vault trusts."
        )))  # fmt: skip
        layout.addWidget(plain_label(self.tr(
            "On the HQ desk, paste the server's admin code instead (it starts with "
            "vigil-admin:)."
        )))  # fmt: skip
        if again is not None:
            layout.addWidget(plain_label(self.tr(
                "This vault was enrolled with %1 as device %2, but this computer's keyring has "
                "no sync credential for it (the keyring was reset, or the vault folder came "
                "from another computer). Joining again makes it a new device; nothing in the "
                "vault is lost."
            ).replace("%1", again.org or again.url).replace("%2", again.device_id),
                name=self.tr("Joining again")))  # fmt: skip
        self.code = QPlainTextEdit()
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.code.setTabChangesFocus(True)
        self.code.setFixedHeight(90)
        layout.addWidget(self.code)
        self.check_button = QPushButton(self.tr("Check the code"))
        named(self.check_button, self.tr("Check the code"))
        layout.addWidget(self.check_button)
        self.pins = plain_label(name=self.tr("What joining will trust"))
        self.pins.setFont(fixed_width_font())
        self.pins.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.pins)
        self.status = plain_label(name=self.tr("Join status"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.join_button, self.tr("Join HQ with this code"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        named(self.close_button, self.tr("Close"))
        layout.addWidget(buttons)
        self.join_button.setEnabled(False)
        self.code.textChanged.connect(self._edited)
        self.check_button.clicked.connect(self.check)
        self.join_button.clicked.connect(self.join)
        buttons.rejected.connect(self.reject)
        self.checked: EnrolmentCode | None = None
        self.busy = False
        self.resize(640, 460)

    def _edited(self) -> None:
        self.checked = None
        self.join_button.setEnabled(False)
        self.pins.clear()
        self.status.clear()

    def check(self) -> EnrolmentCode | None:
        """Read the code here, without the network; show what it pins, or what is wrong."""
        from vigil.sync import codes

        self._edited()
        try:
            code = codes.parse(self.code.toPlainText())
        except VigilError as exc:
            self.status.setText(str(exc))
            return None
        desk = code.kind == "admin"
        if desk and self.again is not None and self.again.role != "hq":
            self.status.setText(self.tr(
                "This is the HQ desk's set-up code, and this vault is a field device. Ask HQ "
                "for a device enrolment code."
            ))  # fmt: skip
            return None
        if not desk and self.again is not None and self.again.role == "hq":
            self.status.setText(self.tr(
                "This vault is the HQ desk: it joins again with a new admin code from the "
                "server ('vigil-server admin-code'), not a device code."
            ))  # fmt: skip
            return None
        lines = [
            self.tr("Organisation: %1").replace("%1", code.org or self.tr("(not named)")),
            self.tr("Server: %1").replace("%1", code.url),
            self.tr("Server key: %1").replace("%1", code.pin),
            self.tr("Code valid until: %1").replace("%1", code.expires.replace("T", " ")),
        ]
        shown = [fingerprint(key.ed25519) for key in code.hq_keys] + [
            _readable(bytes.fromhex(f)) for f in code.hq_ed25519_fingerprints
        ]
        for number, words in enumerate(shown, 1):
            lines.append(self.tr("HQ key %1: %2").replace("%1", str(number)).replace("%2", words))
        self.pins.setText("\n".join(lines))
        if desk and self.again is not None:
            said = self.tr(
                "Joining again makes this desk a new device of the same server, with the same "
                "HQ keys: field devices need nothing. The desk then revokes its old device, "
                "whose lost credential could otherwise still act as the desk."
            )
        elif desk:
            said = self.tr(
                "This is the HQ desk's set-up code. Joining makes this vault the HQ desk: its "
                "keys become the organisation's HQ keys, which every field device will trust. "
                "Do this on the desk laptop only, once."
            )
        else:
            said = self.tr(
                "Joining pins this server key and these HQ keys: a server that later shows "
                "another key is refused, and from then on what you save is also encrypted to "
                "HQ. If HQ read you the key fingerprints, compare them now."
            )
            if self.again is not None:
                said += " " + self.tr(
                    "The old device %1 is no longer used: ask HQ to revoke it."
                ).replace("%1", self.again.device_id)
        self.status.setText(said)
        self.checked = code
        self.join_button.setEnabled(True)
        self.join_button.setFocus()
        return code

    def join(self) -> None:
        if self.checked is None or self.busy:
            return
        self.busy = True
        self.join_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Joining %1…").replace("%1", self.checked.url))
        vault, text, store, proxy = self.ctx.vault, self.code.toPlainText(), self.store, self.proxy
        url, desk, again = self.checked.url, self.checked.kind == "admin", self.again is not None

        def work(_progress: Progress) -> Any:
            from vigil.sync import session

            # Not under the vault's lock: the network may take its whole timeout, and a lock
            # or a panic wipe must not wait for it. Each vault step takes the lock itself.
            if desk and again:
                return session.hq_enrol_again(vault, text, store, proxy or None).cred
            if desk:
                return session.hq_init(vault, text, store, proxy or None)
            return session.enrol_field(vault, text, store, proxy or None, again=again)

        def done(cred: Any) -> None:
            self.busy = False
            self.again = None
            self.code.clear()  # the spent secret leaves the widget
            self.status.setText(
                (self.tr("This vault is now the HQ desk of %1; the HQ menu has the desk.")
                 if cred.role == "hq" else
                 self.tr("Joined %1. Vigil now syncs with HQ; the first sync starts now."))
                .replace("%1", cred.org or cred.url)
            )  # fmt: skip
            self.close_button.setFocus()
            self.joined.emit(cred)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.check_button.setEnabled(True)
            self.join_button.setEnabled(True)
            self.status.setText(self.join_error(exc, url))

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self)

    def join_error(self, exc: BaseException, url: str) -> str:
        """What went wrong and what to do, by the kind of failure and the server's error code."""
        from vigil.sync.errors import SyncError, Unreachable
        from vigil.sync.transport import PinMismatch

        if isinstance(exc, PinMismatch):
            return self.tr(
                "The server at %1 showed a different key than the code names: this is the wrong "
                "server, or someone is intercepting the connection. Nothing was sent. Do not "
                "try again on this network; tell HQ by another channel."
            ).replace("%1", url)
        if isinstance(exc, Unreachable):
            return self.tr(
                "The server at %1 cannot be reached. Check the network, or set a proxy (Tor) "
                "in the Sync panel, then press Join again. The code is still unused."
            ).replace("%1", url)
        if isinstance(exc, SyncError):
            known = {
                "code_used": self.tr(
                    "This code was already used; each code works once. Ask HQ for a new one, "
                    "and tell them: if you did not use it, someone else may have."
                ),
                "invalid_code": self.tr(
                    "The server does not know this code. It may belong to another server, or "
                    "HQ withdrew it. Ask HQ for a new code."
                ),
                "code_revoked": self.tr("HQ withdrew this code. Ask HQ for a new one."),
            }
            if exc.code in known:
                return known[exc.code]
            return self.tr("The server refused to enrol this device (%1). Ask HQ.").replace(
                "%1", exc.code or "?"
            )
        return error_text(exc)

    def reject(self) -> None:
        if not self.busy:  # closing mid-enrolment would hide whether it worked
            super().reject()


__all__ = ["JoinHqDialog", "fingerprint"]
