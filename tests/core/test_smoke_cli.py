from tests.support.cli import Cli


def test_cli_round_trip(cli: Cli) -> None:
    cli.process = True  # `python -m vigil`, as a person or a script runs it
    cli.init()
    case_id = cli("case", "add", "--title", "Round trip", "--country", "kz").last_line
    note_id = cli("note", "add", case_id, "--text", "first words").last_line
    assert len(case_id) == 32 and len(note_id) == 32
    listed = cli("case", "list", "--json").stdout
    assert case_id in listed and '"country": "KZ"' in listed
    assert note_id in cli("search", "first").stdout
