"""What the HQ desk reads from the server is data, checked field by field: a lying or broken
server's device list cannot put a non-string, a negative-looking boolean size or markup into
the desk's rows, and an audience is device ids or nothing."""

from __future__ import annotations

import pytest

from vigil.alerts.publish import parse_audience
from vigil.crypto.errors import BadArgument
from vigil.sync.hq import DeviceRow


def test_a_device_row_keeps_only_what_has_the_right_type() -> None:
    row = DeviceRow.from_server({
        "id": "a" * 32, "label": "<b>Almaty</b>\u202e", "role": "field", "status": "active",
        "wipe": "yes", "created_at": 17, "stored_bytes": True,
    })  # fmt: skip
    assert row.id == "a" * 32 and row.role == "field" and row.status == "active"
    assert row.label == "<b>Almaty</b>\u202e"  # kept as text; the desk shows it as plain text
    assert row.wipe is False  # only a real true is a waiting wipe order
    assert row.created_at == "" and row.stored_bytes == 0
    assert DeviceRow.from_server({"device_id": "b" * 32}).id == "b" * 32
    assert DeviceRow.from_server({"stored_bytes": 4096}).stored_bytes == 4096


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("", "all"),
        ("   ", "all"),
        (f"{'b' * 32}, {'a' * 32},{'b' * 32}", ["a" * 32, "b" * 32]),
    ],
)
def test_an_audience_is_every_device_or_sorted_unique_ids(text: str, wanted: object) -> None:
    assert parse_audience(text) == wanted


@pytest.mark.parametrize("text", [",", "not-a-device", "A" * 32, "a" * 31, "a" * 32 + ",x"])
def test_an_audience_that_names_no_device_is_refused(text: str) -> None:
    with pytest.raises(BadArgument):  # exit code 2 on the command line
        parse_audience(text)
