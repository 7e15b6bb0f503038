"""What the Secret Service fixture hands a test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secretstorage.collection import Collection
from secretstorage.util import DBusAddressWrapper, format_secret, open_session


@dataclass
class SecretServiceSession:
    base: Path
    home: Path  # everything the daemons write is under here
    env: dict[str, str]  # the full environment, for subprocesses such as secret-tool
    login_password: str

    def unlock(self, conn: Any, collection: Collection) -> None:
        """Unlock ``collection`` with the login password through gnome-keyring's own
        interface, which shows no prompt (a test has nobody to type the password)."""
        internal = DBusAddressWrapper(
            "/org/freedesktop/secrets",
            "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            conn,
        )
        secret = format_secret(open_session(conn), self.login_password.encode(), "text/plain")
        internal.call("UnlockWithMasterPassword", "o(oayays)", collection.collection_path, secret)
