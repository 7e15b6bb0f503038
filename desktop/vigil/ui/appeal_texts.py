"""What the appeals views say about states, statuses, deadlines and targets, translated.

The core's own sentences (``render.deadline_warning``) are English, for the command line; the
app says the same things through ``tr`` so that Russian and Kazakh campaigners read them in
their language. Every string is written out literally so that lupdate finds it.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from vigil.appeals.model import Target, UrgentAction


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Appeals", text, "", n)


def status_label(status: str) -> str:
    table = {
        "draft": _t("draft"),
        "exported": _t("exported"),
        "opened": _t("opened in the mail program"),
        "sent": _t("confirmed sent"),
        "reply": _t("reply received"),
    }
    return table.get(status, status)


def state_label(state: str) -> str:
    table = {
        "draft": _t("draft"),
        "active": _t("active"),
        "deadline-passed": _t("deadline passed"),
        "closed": _t("closed"),
    }
    return table.get(state, state)


def outcome_label(outcome: str) -> str:
    table = {
        "released": _t("released"),
        "released-with-conditions": _t("released with conditions"),
        "charges-dropped": _t("charges dropped"),
        "sentence-reduced": _t("sentence reduced"),
        "acquitted": _t("acquitted"),
        "no-change": _t("no change"),
        "worsened": _t("worsened"),
        "unknown": _t("outcome unknown"),
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
        return _t("no deadline")
    if left is None:  # a deadline given to the month or year only
        return _t("by %1").replace("%1", ua.deadline)
    if ua.state == "closed":
        return _t("was %1").replace("%1", ua.deadline)
    if left < 0:
        return _t("passed %n day(s) ago", -left)
    if left == 0:
        return _t("today is the last day")
    return _t("%n day(s) left", left)


def deadline_warning(ua: UrgentAction, today: datetime.date | None = None) -> str:
    """The same conditions as ``render.deadline_warning``, in the interface's language."""
    left = ua.days_left(today)
    if ua.state == "closed":
        return _t("Urgent action %1 is closed; check with HQ before sending.").replace(
            "%1", ua.number
        )
    if left is not None and left < 0:
        return (
            _t(
                "The deadline of %1 passed %n day(s) ago; appeals sent now may no longer help.",
                -left,
            ).replace("%1", ua.number)
            + " "
            + _t("Check with HQ.")
        )
    return ""


def target_check(target: Target, today: datetime.date | None = None) -> tuple[str, bool]:
    """The target's last-verified line, and whether it needs checking before sending."""
    verified = (
        _t("Last verified: %1").replace("%1", target.last_verified)
        if target.last_verified
        else _t("Never verified")
    )
    if target.sample:
        return verified + " · ⚠ " + _t("Sample data: verify before sending."), True
    if target.stale(today):
        return verified + " · ⚠ " + _t("Verify before sending: not checked for months."), True
    return verified, False


# Qt names "en" after its default country ("American English"); a letter has no country.
OWN_NAMES = {"en": "English", "ru": "русский", "kk": "қазақ тілі"}


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
