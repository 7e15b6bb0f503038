"""The minimum passphrase is 12 characters, and a passphrase among an attacker's first
guesses is refused, by the strength estimate of a maintained library (zxcvbn), in the CLI and
in the app's dialogs alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import Cli
from vigil.vault.passphrase import MIN_LENGTH, MIN_SCORE, problem, strength

# Every one of these passed the old rule (8 characters, any content).
GUESSABLE = ["Password1234!", "qwertyuiop123", "aaaaaaaaaaaaaaaa", "password12345"]
SHORT = ["river stone", "Tr0ub4dor&3"]  # 11 characters each
GOOD = ["correct horse battery staple", "river stone lantern orbit", "lantern-orbit-9-quay"]


def test_the_rule() -> None:
    assert MIN_LENGTH == 12
    for text in SHORT:
        assert problem(text) == "A passphrase has at least 12 characters.", text
        assert strength(text) == 0
    for text in GUESSABLE:
        assert len(text) >= MIN_LENGTH
        refused = problem(text)
        assert refused is not None and "first an attacker would try" in refused, text
        assert strength(text) < MIN_SCORE
    for text in GOOD:
        assert problem(text) is None, text
        assert strength(text) >= MIN_SCORE


def test_a_pasted_megabyte_is_scored_on_its_start() -> None:
    """zxcvbn itself refuses more than 72 characters; a long passphrase is not an error."""
    assert problem("lantern orbit quay " * 50_000) is None
    assert problem("password" * 9 + "x" * 1000) is not None  # the start decides


@pytest.mark.parametrize("text", [SHORT[0], GUESSABLE[0]])
def test_the_cli_refuses_with_exit_2(cli: Cli, tmp_path: Path, text: str) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text(text + "\n")
    result = cli("--passphrase-file", str(weak), "init", passphrase=False, check=False)
    assert result.returncode == 2, result.stderr
    assert problem(text) in result.stderr
    assert not (cli.vault / "vault.header").exists()
