"""A rendered appeal: typed blocks, ready for every output (text, PDF, e-mail, print).

Only the subject and the body come from a Fluent template; every other block is data (the
target's address and salutation, the urgent action's demands, the sender), so a template can
never rewrite who a letter goes to or who signs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The signer's grammatical gender, passed to templates as $sender_gender.
SENDER_GENDERS = ("feminine", "masculine", "unspecified")


@dataclass(frozen=True)
class Letter:
    lang: str  # BCP 47 tag of the letter's language: "en", "ru", "kk"
    subject: str
    date_line: str  # "Almaty, 26 August 2019", formatted for the letter's language
    addressee: tuple[str, ...]  # title, name, organisation, postal address: one line each
    salutation: str  # "Dear President Tokayev,"
    body: str  # paragraphs separated by one blank line
    demands: tuple[str, ...]  # in the urgent action's order; rendered as a numbered list
    personal_note: str  # may be empty
    closing: str  # "Yours sincerely,"
    sender: tuple[str, ...]  # the signer's name, then city: one line each
    # One letter signed by many: the other signatories, "Name, City" each. Empty otherwise.
    signatories: tuple[str, ...] = ()
    to_email: str = ""  # the target's e-mail address, when the target has one
    cc_emails: tuple[str, ...] = field(default_factory=tuple)
    demands_heading: str = ""  # "I urge you to:" in the letter's language
    # Whether a native speaker reviewed the template it came from; shown, never printed.
    reviewed: bool = False

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    def text(self) -> str:
        """The letter as plain text: what the clipboard, mailto and .txt outputs carry."""
        parts: list[str] = [self.date_line, "", *self.addressee, "", self.salutation, ""]
        for paragraph in self.paragraphs():
            parts += [paragraph, ""]
        if self.demands:
            if self.demands_heading:
                parts.append(self.demands_heading)
            parts += [f"{n}. {demand}" for n, demand in enumerate(self.demands, 1)]
            parts.append("")
        if self.personal_note.strip():
            parts += [self.personal_note.strip(), ""]
        parts += [self.closing, *self.sender]
        if self.signatories:
            parts += ["", *self.signatories]
        return "\n".join(parts).rstrip() + "\n"
