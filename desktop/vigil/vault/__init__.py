"""The local encrypted store: header, SQLCipher database, revisions, attachments, search.

Imports nothing: importing one module of the store (vigil.vault.db) must not load them all,
nor make an import cycle with the modules the store itself imports."""
