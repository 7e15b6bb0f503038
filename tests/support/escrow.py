"""Shared pieces of the escrow tests."""

from __future__ import annotations

SECRET_TITLE = "Escrowed case: Айгерім at the checkpoint"


NEW_PASSPHRASE = b"a brand new passphrase after the loss"
