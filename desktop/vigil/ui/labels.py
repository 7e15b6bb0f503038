"""Translated labels for the model's fixed values (statuses, genders, event types, ...).

The stored values stay English identifiers; only what a person reads is translated. Each
string is written out literally so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def label(value: str) -> str:
    table = {
        "open": QCoreApplication.translate("Labels", "open"),
        "monitoring": QCoreApplication.translate("Labels", "monitoring"),
        "closed": QCoreApplication.translate("Labels", "closed"),
        "public": QCoreApplication.translate("Labels", "public"),
        "internal": QCoreApplication.translate("Labels", "internal"),
        "confidential": QCoreApplication.translate("Labels", "confidential"),
        "strictly-confidential": QCoreApplication.translate("Labels", "strictly confidential"),
        "masculine": QCoreApplication.translate("Labels", "masculine"),
        "feminine": QCoreApplication.translate("Labels", "feminine"),
        "neuter": QCoreApplication.translate("Labels", "neuter"),
        "unspecified": QCoreApplication.translate("Labels", "unspecified"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "reliable": QCoreApplication.translate("Labels", "reliable"),
        "unverified": QCoreApplication.translate("Labels", "unverified"),
        "doubtful": QCoreApplication.translate("Labels", "doubtful"),
        "arrest": QCoreApplication.translate("Labels", "arrest"),
        "detention": QCoreApplication.translate("Labels", "detention"),
        "charge": QCoreApplication.translate("Labels", "charge"),
        "hearing": QCoreApplication.translate("Labels", "hearing"),
        "trial": QCoreApplication.translate("Labels", "trial"),
        "verdict": QCoreApplication.translate("Labels", "verdict"),
        "release": QCoreApplication.translate("Labels", "release"),
        "fine": QCoreApplication.translate("Labels", "fine"),
        "house-arrest": QCoreApplication.translate("Labels", "house arrest"),
        "travel-ban": QCoreApplication.translate("Labels", "travel ban"),
        "registration-refused": QCoreApplication.translate("Labels", "registration refused"),
        "harassment": QCoreApplication.translate("Labels", "harassment"),
        "disappearance": QCoreApplication.translate("Labels", "disappearance"),
        "ill-treatment": QCoreApplication.translate("Labels", "ill-treatment"),
        "statement": QCoreApplication.translate("Labels", "statement"),
        "other": QCoreApplication.translate("Labels", "other"),
    }
    return table.get(value, value)
