"""The local encrypted store: header, SQLCipher database, revisions, attachments, search."""

from vigil.vault.items import Item
from vigil.vault.store import Vault

__all__ = ["Item", "Vault"]
