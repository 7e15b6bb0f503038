"""The local encrypted store: header, SQLCipher database, revisions, attachments, search."""

from vigil.vault.store import Item, Vault

__all__ = ["Item", "Vault"]
