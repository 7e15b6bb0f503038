"""What the appeals views say about states, statuses, deadlines and targets, translated.

The core's own sentences (``render.deadline_warning``) are English, for the command line; the
app says the same things through ``tr`` so that Russian and Kazakh campaigners read them in
their language. Every string is written out literally so that lupdate finds it.
"""

from __future__ import annotations

import datetime
import functools

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from vigil.appeals.model import Target, UrgentAction


class _Plurals(QObject):
    """Sentences with a count, as ``tr`` calls lupdate marks plural ("numerus"), so that
    English says "1 day" and "2 days" and Russian gets its three forms."""

    def days_left(self, n: int) -> str:
        return self.tr("%n day(s) left", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("passed %n day(s) ago", "", n)

    def deadline_passed(self, n: int) -> str:
        return self.tr(
            "The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.", "", n
        )


@functools.cache
def _plurals() -> _Plurals:
    # Made on first use (the GUI thread), not at import: the unlock worker imports this.
    return _Plurals()


def days_left(n: int) -> str:
    return _plurals().days_left(n)


def status_label(status: str) -> str:
    table = {
        "draft": QCoreApplication.translate("Appeals", "draft"),
        "exported": QCoreApplication.translate("Appeals", "exported"),
        "opened": QCoreApplication.translate("Appeals", "opened in the mail program"),
        "sent": QCoreApplication.translate("Appeals", "confirmed sent"),
        "reply": QCoreApplication.translate("Appeals", "reply received"),
    }
    return table.get(status, status)


def state_label(state: str) -> str:
    table = {
        "draft": QCoreApplication.translate("Appeals", "draft"),
        "active": QCoreApplication.translate("Appeals", "active"),
        "deadline-passed": QCoreApplication.translate("Appeals", "deadline passed"),
        "closed": QCoreApplication.translate("Appeals", "closed"),
    }
    return table.get(state, state)


def outcome_label(outcome: str) -> str:
    table = {
        "released": QCoreApplication.translate("Appeals", "released"),
        "released-with-conditions": QCoreApplication.translate(
            "Appeals", "released with conditions"
        ),
        "charges-dropped": QCoreApplication.translate("Appeals", "charges dropped"),
        "sentence-reduced": QCoreApplication.translate("Appeals", "sentence reduced"),
        "acquitted": QCoreApplication.translate("Appeals", "acquitted"),
        "no-change": QCoreApplication.translate("Appeals", "no change"),
        "worsened": QCoreApplication.translate("Appeals", "worsened"),
        "unknown": QCoreApplication.translate("Appeals", "outcome unknown"),
    }
    return table.get(outcome, outcome)


def state_text(ua: UrgentAction, today: datetime.date | None = None) -> str:
    state = ua.effective_state(today)
    text = state_label(state)
    if ua.outcome:
        text += f" ({outcome_label(ua.outcome)})"
    return text


def countdown(ua: UrgentAction, today: datetime.date | None = None) -> str:
    """The deadline as a person reads it: days left, days since, or the date it had."""
    left = ua.days_left(today)
    if not ua.deadline:
        return QCoreApplication.translate("Appeals", "no deadline")
    if left is None:  # a deadline given to the month or year only
        return QCoreApplication.translate("Appeals", "by %1").replace("%1", ua.deadline)
    if ua.state == "closed":
        return QCoreApplication.translate("Appeals", "was %1").replace("%1", ua.deadline)
    if left < 0:
        return _plurals().days_ago(-left)
    if left == 0:
        return QCoreApplication.translate("Appeals", "today is the last day")
    return _plurals().days_left(left)


def deadline_warning(ua: UrgentAction, today: datetime.date | None = None) -> str:
    """The same conditions as ``render.deadline_warning``, in the interface's language."""
    left = ua.days_left(today)
    if ua.state == "closed":
        return QCoreApplication.translate(
            "Appeals", "Urgent action %1 is closed; check with HQ before sending."
        ).replace("%1", ua.number)
    if left is not None and left < 0:
        return (
            _plurals().deadline_passed(-left).replace("%1", ua.number)
            + " "
            + QCoreApplication.translate("Appeals", "Check with HQ.")
        )
    return ""


def target_check(target: Target, today: datetime.date | None = None) -> tuple[str, bool]:
    """The target's last-verified line, and whether it needs checking before sending."""
    verified = (
        QCoreApplication.translate("Appeals", "Last verified: %1").replace(
            "%1", target.last_verified
        )
        if target.last_verified
        else QCoreApplication.translate("Appeals", "Never verified")
    )
    if target.sample:
        return verified + " · ⚠ " + QCoreApplication.translate(
            "Appeals", "Sample data: verify before sending."
        ), True
    if target.stale(today):
        return verified + " · ⚠ " + QCoreApplication.translate(
            "Appeals", "Verify before sending: not checked for months."
        ), True
    return verified, False


# Qt names "en" after its default country ("American English"); a letter has no country.
OWN_NAMES = {"en": "English", "ru": "русский", "kk": "қазақ тілі", "zh": "中文"}


def language_name(lang: str) -> str:
    """A letter language by its own name ("русский", "қазақ тілі"), with the tag."""
    name = OWN_NAMES.get(lang) or QLocale(lang).nativeLanguageName()
    return f"{name} ({lang})" if name else lang


def local_time(stamp: str) -> str:
    """A stored UTC time ("2019-08-26T10:00:00.000000Z") in this computer's time zone."""
    try:
        moment = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
