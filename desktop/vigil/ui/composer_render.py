"""What the composer renders: a ``Request`` (composer_state.py) in, letters out.

``compose_letters`` runs on a worker thread (the template gate and Fluent both run there, so a
template that takes its time never freezes the window); ``failure_text`` says, in the
interface's language, why there is no letter, naming the template's file and line when the
gate refused it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vigil.appeals.letter import Letter
from vigil.appeals.render import Sender, Signatory, compose
from vigil.appeals.templates import TemplateRejected
from vigil.crypto.errors import VigilError
from vigil.ui.composer_state import Request


def compose_letters(request: Request) -> list[tuple[str | None, Letter]]:
    """The letters the request asks for, each with the signatory it is for (or None)."""
    r = request

    def one(sender: Sender, others: tuple[Signatory, ...] = ()) -> Letter:
        return compose(
            r.ua, r.lang, sender, target_ref=r.target_ref, signatories=others,
            personal_note=r.note, edited_body=r.edited_body, follow_up=r.follow_up,
        )  # fmt: skip

    if r.mode == "each":  # each signatory writes in their own words: no gender to assume
        return [(sid, one(Sender(name, city))) for sid, name, city in r.signatories]
    if r.mode == "together":
        return [(None, one(r.sender, tuple(Signatory(n, c) for _s, n, c in r.signatories)))]
    return [(None, one(r.sender))]


def failure_text(exc: BaseException) -> str:
    if isinstance(exc, TemplateRejected):
        lines = [str(problem) for problem in exc.found[:20]]
        heading = QCoreApplication.translate(
            "Composer", "The letter template was refused, so nothing is rendered from it:"
        )
        return heading + "\n\n" + "\n".join(lines)
    if isinstance(exc, VigilError):
        return (
            QCoreApplication.translate("Composer", "This letter cannot be written:")
            + "\n\n"
            + str(exc)
        )
    return QCoreApplication.translate("Composer", "The letter could not be written (%1).").replace(
        "%1", type(exc).__name__
    )
