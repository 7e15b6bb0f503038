"""The Linux desktop metadata, the icons made from the one SVG, and the server's systemd unit,
checked with the tools distributions use (desktop-file-validate, appstreamcli,
systemd-analyze)."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

from tests.support.packaging import APP_ID, ROOT, ok, png_size, private_env, run

LINUX = ROOT / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_desktop_entry_is_valid_and_names_the_app(tmp_path: Path) -> None:
    entry = LINUX / f"{APP_ID}.desktop"
    ran = ok(["desktop-file-validate", str(entry)], private_env(tmp_path))
    assert ran.stdout.strip() == "", f"desktop-file-validate has remarks: {ran.stdout}"
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(entry, encoding="utf-8")
    section = parsed["Desktop Entry"]
    assert section["Exec"] == "vigil" and section["Icon"] == APP_ID
    assert section["Comment[ru]"] and section["Comment[kk]"]
    # Qt names the window's desktop file; Wayland shells match the window to this entry by it.
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "desktop/vigil/ui/app.py").read_text()


def test_appstream_metainfo_is_valid(tmp_path: Path) -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    ran = ok(["appstreamcli", "validate", "--no-net", str(metainfo)], private_env(tmp_path))
    assert "Validation was successful" in ran.stdout
    assert not re.search(r"^[EW]:", ran.stdout, re.M), ran.stdout
    root = ElementTree.parse(metainfo).getroot()  # noqa: S314 - the project's own file
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    version = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(), re.M)
    assert version is not None
    assert root.find("releases/release").get("version") == version.group(1)  # type: ignore[union-attr]


def test_icons_are_rendered_from_the_svg_at_every_size(tmp_path: Path) -> None:
    ran = ok([str(LINUX / "make-icons.sh"), str(tmp_path / "icons")], private_env(tmp_path))
    assert "icons in" in ran.stdout
    hicolor = tmp_path / "icons" / "hicolor"
    for size in SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size), png
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / f"{APP_ID}.svg").read_bytes()
    # Not a blank tile: a drawn icon compresses to more than a flat square would.
    assert (hicolor / "512x512/apps" / f"{APP_ID}.png").stat().st_size > 5_000


def test_server_unit_verifies_and_is_sandboxed(tmp_path: Path) -> None:
    unit = (ROOT / "packaging/server/vigil-server.service").read_text()
    for setting in ("User=vigil", "ProtectSystem=strict", "ProtectHome=yes", "NoNewPrivileges=yes",
                    "PrivateTmp=yes", "StateDirectory=vigil-server",
                    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
                    "CapabilityBoundingSet=\n"):  # fmt: skip
        assert setting in unit, setting
    exec_start = re.search(r"^ExecStart=(\S+) (.*)$", unit, re.M)
    assert exec_start is not None
    # Only options that vigil-server really has: its own parser reads the line.
    server = Path(sys.executable).parent / "vigil-server"
    args = exec_start.group(2).split()
    from vigil_server.cli import _parser

    parsed = _parser().parse_args(args)
    assert parsed.command == "run" and str(parsed.data) == "/var/lib/vigil-server"
    # systemd-analyze checks the program exists: point it at this checkout's vigil-server.
    local = tmp_path / "vigil-server.service"
    local.write_text(unit.replace(exec_start.group(1), str(server)))
    ran = run(["systemd-analyze", "verify", str(local)], private_env(tmp_path))
    assert ran.returncode == 0 and ran.stderr.strip() == "", ran.stderr
    sysusers = (ROOT / "packaging/server/vigil-server.sysusers.conf").read_text()
    assert re.search(r"^u\s+vigil\s", sysusers, re.M)
