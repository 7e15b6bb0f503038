"""The sample urgent action and sample letters the appeals tests share."""

from __future__ import annotations

import json
from typing import Any

from vigil.appeals.letter import Letter
from vigil.resources import resource

DEMANDS = {
    "en": (
        "Drop the conditions on his release immediately.",
        "Respect his right to peaceful expression and let him continue his human-rights work.",
        "Meet Kazakhstan's obligations under international human-rights law rather than trade "
        "them for good relations with China.",
    ),
    "ru": (
        "Немедленно отменить условия его освобождения.",
        "Уважать его право на мирное выражение мнений и позволить ему продолжить "
        "правозащитную работу.",
        "Выполнять обязательства Казахстана по международному праву в области прав человека, "
        "а не жертвовать ими ради хороших отношений с Китаем.",
    ),
    "kk": (
        "Оның босатылу шарттарын дереу алып тастаңыз.",
        "Оның бейбіт түрде пікір білдіру құқығын құрметтеп, құқық қорғау жұмысын жалғастыруына "
        "мүмкіндік беріңіз.",
        "Қазақстанның халықаралық адам құқықтары жөніндегі міндеттемелерін Қытаймен жақсы "
        "қарым-қатынас үшін айырбастамай орындаңыз.",
    ),
}


NAMES = {"en": "Serikzhan Bilash", "ru": "Серикжан Билаш", "kk": "Серікжан Білаш"}


def sample_letter(lang: str, *, paragraphs: int = 2) -> Letter:
    name = NAMES[lang]
    texts = {
        "en": (
            f"Free {name} from all conditions",
            "Almaty, 26 August 2019",
            ("President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev", "Astana"),
            "Dear President,",
            f"I am writing about {name}, a peaceful activist whom officials freed on conditions.",
            "I urge you to:",
            "Yours sincerely,",
        ),
        "ru": (
            f"Отмените условия освобождения: {name}",
            "Алматы, 26 августа 2019 г.",
            ("Президенту Республики Казахстан", "Касым-Жомарту Токаеву", "Астана"),
            "Уважаемый господин Президент!",
            f"Я пишу вам о деле {name}, мирного активиста, освобождённого на условиях.",
            "Призываю вас:",
            "С уважением,",
        ),
        "kk": (
            f"Шарттарды алып тастаңыз: {name}",
            "Алматы, 2019 жылғы 26 тамыз",
            ("Қазақстан Республикасының Президенті", "Қасым-Жомарт Тоқаев", "Астана"),
            "Құрметті Президент мырза,",
            f"Мен сізге {name} туралы жазып отырмын: ол бейбіт әрекет еткені үшін жағдайы "
            "ауыр, шаһар сотында шарттармен босатылды.",
            "Сізден өтінемін:",
            "Құрметпен,",
        ),
    }
    subject, date_line, addressee, salutation, paragraph, heading, closing = texts[lang]
    return Letter(
        lang=lang,
        subject=subject,
        date_line=date_line,
        addressee=addressee,
        salutation=salutation,
        body="\n\n".join([paragraph] * paragraphs),
        demands=DEMANDS[lang],
        personal_note="",
        closing=closing,
        sender=("A. Campaigner", "Almaty"),
        demands_heading=heading,
    )


SAMPLE_FILE = resource("samples", "urgent-action.json")


def sample_document() -> dict[str, Any]:
    return json.loads(SAMPLE_FILE.read_text("utf-8"))
