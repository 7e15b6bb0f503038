"""A signatory who withdraws consent (issue 20): 'vigil signatories remove ID' takes their
name and city out of the vault at once, and the consent record says when they withdrew."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.support.cli import Cli
from tests.support.vaults import PASSPHRASE
from vigil.appeals.store import AppealStore
from vigil.vault.store import Vault


def test_a_signatory_who_withdraws_leaves_the_vault(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    people = tmp_path / "people.csv"
    people.write_text("name,city,consent\nAigerim Nurlanova,Almaty,yes\nDana K,Astana,yes\n")
    consent = tmp_path / "consent.txt"
    consent.write_text("I agree that my name is put under letters to officials.")
    cli("signatories", "import", str(people), "--consent-text-file", str(consent),
        "--consent-version", "v1")  # fmt: skip
    listed = cli("signatories", "list").stdout.splitlines()
    aigerim = next(line.split()[0] for line in listed if "Aigerim" in line)

    done = cli("signatories", "remove", aigerim[:8])
    assert "Aigerim Nurlanova" in done.stdout and "withdrew" in done.stdout
    assert "Aigerim" not in cli("signatories", "list").stdout
    assert "Dana K" in cli("signatories", "list").stdout
    unknown = cli("signatories", "remove", "ffffffffff", check=False)
    assert unknown.returncode == 2 and "signatories list" in unknown.stderr

    with Vault.open(cli.vault, PASSPHRASE) as vault:
        withdrawn = AppealStore(vault).consent_withdrawals()
        assert [(w[0], w[1]) for w in withdrawn] == [(aigerim, "v1")]
        # withdrawn after consenting, compared as times: the consent is stamped to the second
        # and the withdrawal to the microsecond, so as text "…49.5Z" sorted before "…49Z"
        consented, gone = (datetime.fromisoformat(t) for t in withdrawn[0][2:4])
        assert gone >= consented
        # Nothing of the person is left in the table that held them.
        rows = vault.query("SELECT name, city FROM signatories")
    assert rows and all("Aigerim" not in name and city != "Almaty" for name, city in rows)
