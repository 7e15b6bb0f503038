"""`make run` from a clean clone reaches the unlock window, under Xvfb, as a new user would.

The clone is of the current HEAD; HOME, the XDG folders and VIGIL_DEMO_DIR are private, so no
real vault or setting is touched. The window is seen from outside, as an X client would see
it (xwininfo), then the whole process group is ended.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.packaging import ROOT, ok, private_env, run

pytestmark = pytest.mark.slow
DEADLINE = 600  # a fresh environment from uv's cache, translations, then the app


def viewable_vigil_window(display_file: Path, env: dict[str, str]) -> str | None:
    """xwininfo's description of a mapped top-level window of the app titled Vigil, or None.
    Qt also makes an unmapped 1x1 helper window with the same title, so each candidate (a
    window of class "vigil") is asked for its own map state."""
    if not display_file.exists() or len(display_file.read_text().split()) < 2:
        return None
    display, xauthority = display_file.read_text().split()[:2]
    x_env = {**env, "DISPLAY": display, "XAUTHORITY": xauthority}
    tree = run(["xwininfo", "-root", "-tree"], x_env, timeout=30)
    for match in re.finditer(r'^\s*(0x[0-9a-f]+) "Vigil": \("vigil" ', tree.stdout, re.M):
        info = run(["xwininfo", "-id", match.group(1)], x_env, timeout=30)
        if info.returncode == 0 and "Map State: IsViewable" in info.stdout:
            return info.stdout
    return None


def end_everything(proc: subprocess.Popen[bytes], clone: Path) -> None:
    """The whole group, then anything of ours that left it (e.g. a server started in its own
    session by `vigil demo`): only processes whose command line names this clone's folder."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=15)
            break
        except subprocess.TimeoutExpired:
            continue
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if str(clone).encode() in cmdline:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGKILL)


def test_make_run_from_a_clean_clone_reaches_the_unlock_window(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    home = tmp_path / "home"
    env = private_env(home)
    head = ok(["git", "-C", str(ROOT), "rev-parse", "HEAD"], env).stdout.strip()
    ok(["git", "clone", "--quiet", "--no-local", str(ROOT), str(clone)], env)
    ok(["git", "-C", str(clone), "checkout", "--quiet", head], env)
    assert not (clone / ".venv").exists() and not list(clone.glob("resources/i18n/*.qm"))
    display_file = tmp_path / "display"
    log = (tmp_path / "make-run.log").open("wb")
    # xvfb-run picks a free display; the command inside tells us which, then becomes make.
    script = f'echo "$DISPLAY $XAUTHORITY" > {display_file}; exec make run'
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", script],
        cwd=clone, env={k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        seen = None
        started = time.monotonic()
        while seen is None and time.monotonic() - started < DEADLINE:
            if proc.poll() is not None:
                break
            seen = viewable_vigil_window(display_file, env)
            time.sleep(2)
        output = (tmp_path / "make-run.log").read_text(errors="replace")
        assert seen is not None, f"no Vigil window (make exited {proc.poll()}):\n{output[-4000:]}"
        assert (home / "demo" / "vault").is_dir(), "the demo vault is not in VIGIL_DEMO_DIR"
    finally:
        end_everything(proc, clone)
        log.close()
