"""HQ sees and sets a field device's storage quota from the desk's command line
(`vigil hq devices`, `vigil hq quota`), against a real server on loopback TLS."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess
from vigil.sizes import parse_size

pytestmark = [pytest.mark.e2e, pytest.mark.slow]  # two whole vaults: over a minute

MIB, GIB = 1024**2, 1024**3


def _row(hq: Cli, device_id: str) -> dict[str, Any]:
    rows = {d["id"]: d for d in json.loads(hq("hq", "devices", "--json").stdout)}
    return rows[device_id]  # type: ignore[no-any-return]


def test_hq_sets_and_sees_a_field_devices_quota(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    hq = make_cli(tmp_path, "hq")
    hq_id = hq("hq", "init", server.admin_code).last_line
    _field, device_id, _ = enrolled_field(tmp_path, hq, "field")
    assert (_row(hq, device_id)["quota_daily"], _row(hq, device_id)["quota_total"]) == (
        GIB, 16 * GIB,
    )  # fmt: skip

    done = hq("hq", "quota", device_id, "--daily", "100MiB")
    assert "100.0 MiB a day, 16.0 GiB in all" in done.stdout
    row = _row(hq, device_id)
    assert (row["quota_daily"], row["quota_total"]) == (100 * MIB, 16 * GIB)
    listing = hq("hq", "devices").stdout
    assert f"{device_id}  field" in listing and "quota 100.0 MiB a day" in listing

    hq("hq", "quota", device_id, "--daily", "default", "--total", "2.5GiB")
    row = _row(hq, device_id)
    assert (row["quota_daily"], row["quota_total"]) == (GIB, int(2.5 * GIB))

    for bad in ("10MB", "-5MiB", "lots", "0"):
        refused = hq("hq", "quota", device_id, "--daily", bad, check=False)
        assert refused.returncode == 2, (bad, refused.stderr)
        assert "--daily" in refused.stderr, refused.stderr
    assert _row(hq, device_id)["quota_total"] == int(2.5 * GIB)  # a refusal changed nothing

    own = hq("hq", "quota", hq_id, "--daily", "1GiB", check=False)
    assert own.returncode == 1 and "have no storage quota" in own.stderr, own.stderr
    unknown = hq("hq", "quota", "0" * 32, "--daily", "1GiB", check=False)
    assert unknown.returncode == 1 and unknown.stderr.strip(), unknown.stderr


def test_sizes_read_as_people_write_them() -> None:
    assert parse_size("4096") == 4096
    assert parse_size("500MiB") == 500 * MIB
    assert parse_size(" 1.5 gib ") == int(1.5 * GIB)
    for bad in ("", "MiB", "1 MB", "1e9", "-1", "1,5GiB"):
        with pytest.raises(ValueError, match="is not a size"):
            parse_size(bad)
