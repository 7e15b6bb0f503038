#!/usr/bin/env python3
"""Mutation testing of the security-critical modules: `make mutate` (docs/testing.md).

Cosmic Ray (from the lock file) makes one small change at a time to a module (a flipped
comparison, a removed condition, a changed constant...) and runs that module's own tests; a
change the tests do not notice "survives". Cosmic Ray writes each mutant into the source file
itself, so mutants reach the code the tests run in other processes too (vigil-server, the vigil
CLI). To leave the developer's tree alone, every run happens in a copy of it under
build/mutate/, with PYTHONPATH pointing at the copy: the test process and every process it
starts import the mutated copy, never the original.

Each mutant runs only the tests that ran its line: the baseline run is measured by coverage,
in the test process and in every process it starts, with each line attributed to the test that
was running (tools/mutate_cover.py, mutate_contexts.py); tools/mutate_pick.py chooses the tests
of each mutant, and tools/mutate_zygote.py runs them in a fork of a process that has already
imported the tests' libraries. A mutant on a line no test runs is reported as "not covered".

Each module's run is time-boxed (--minutes, the baseline included); mutants not reached in time
are reported as not run. Prints killed, survived, not covered and timed out per module (a
timed-out mutant counts as killed: the tests noticed it hung) and lists each survivor with its
place, so it can be killed by a new test or listed in docs/testing.md as equivalent. Exit code 0
unless a run could not start.

    tools/mutate.py                       # every module below, 30 minutes each
    tools/mutate.py --minutes 10 sync/wipe_order
    tools/mutate.py --minutes 10 --resume sync/wipe_order   # on to the mutants not yet run
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from mutate_cover import baseline
from mutate_pick import NOT_COVERED, TOOL_ERROR, UNCHANGED
from mutate_zygote import ask

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = "skipped: inside a type annotation, never evaluated"
WORK = ROOT / "build" / "mutate"

# Module (under desktop/vigil or server/vigil_server) -> its own tests.
MODULES: dict[str, tuple[str, ...]] = {
    "crypto/envelope": ("tests/core/test_envelope_kinds.py", "tests/core/test_envelope_body.py",
                        "tests/core/test_tamper.py", "tests/core/test_vectors.py"),
    "crypto/signed_note": ("tests/core/test_signed_note.py", "tests/core/test_vectors.py",
                           "tests/core/test_tamper.py"),
    "crypto/header": ("tests/core/test_header.py", "tests/core/test_vectors.py",
                      "tests/core/test_tamper.py", "tests/core/test_keys.py"),
    "crypto/kdf": ("tests/core/test_kdf_bounds.py", "tests/core/test_keys.py",
                   "tests/core/test_vectors.py"),
    "crypto/keys": ("tests/core/test_key_hierarchy.py", "tests/core/test_keys.py",
                    "tests/core/test_vectors.py", "tests/core/test_hybrid_identity.py"),
    "crypto/recovery": ("tests/core/test_keys.py", "tests/core/test_hq_root.py",
                        "tests/core/test_vectors.py"),
    "crypto/hq_root": ("tests/core/test_hq_root_file.py", "tests/core/test_hq_root.py"),
    "crypto/hq_keyset": ("tests/core/test_hq_keyset_edges.py", "tests/core/test_hq_root.py"),
    "crypto/age/format": ("tests/core/test_age.py", "tests/core/test_age_armor.py",
                          "tests/core/test_age_cctv.py"),
    "crypto/age/recipients": ("tests/core/test_age.py", "tests/core/test_age_cctv.py",
                              "tests/core/test_hybrid_identity.py"),
    "crypto/age/stream": ("tests/core/test_age.py", "tests/core/test_age_cctv.py"),
    "crypto/age/armor": ("tests/core/test_age_armor.py", "tests/core/test_age.py",
                         "tests/core/test_age_cctv.py"),
    "crypto/age/__init__": ("tests/core/test_age.py", "tests/core/test_age_cctv.py",
                            "tests/core/test_hybrid_identity.py"),
    "crypto/bech32": ("tests/core/test_age.py", "tests/core/test_age_cctv.py"),
    "crypto/strict_json": ("tests/core/hostile/test_strict_json.py",),
    "crypto/hq_hybrid": ("tests/core/test_hq_hybrid.py", "tests/sync/test_code_fingerprints.py"),
    "vault/merge": ("tests/core/test_merge_chain.py", "tests/core/test_backup_trust.py",
                    "tests/sync/test_lying_server.py"),
    "vault/backup": ("tests/core/test_backup_retired.py", "tests/core/test_backup_progress.py",
                     "tests/core/test_backup_trust.py", "tests/core/hostile/test_restore.py",
                     "tests/core/test_backup_words.py"),
    "vault/backup_manifest": ("tests/core/test_backup_manifest.py",
                              "tests/core/test_backup_trust.py",
                              "tests/core/hostile/test_restore.py"),
    "vault/backup_reader": ("tests/core/test_backup_reader.py",
                            "tests/core/test_backup_trust.py",
                            "tests/core/hostile/test_restore.py"),
    "sync/transport": ("tests/sync/test_tls_in_tls.py", "tests/sync/test_pinning.py"),
    "sync/wipe_order": ("tests/sync/test_wipe_order_parser.py", "tests/sync/test_remote_wipe.py"),
    "alerts/note": ("tests/core/test_alert_note_checks.py", "tests/core/test_alert_note.py",
                    "tests/core/test_alert_store.py", "tests/sync/test_alerts_rejections.py",
                    "tests/sync/test_alerts_e2e.py"),
    "appeals/templates": ("tests/appeals/test_template_gate_edges.py",
                          "tests/appeals/test_templates.py", "tests/appeals/test_render.py"),
    "server:storage/auth": ("tests/server/test_auth_storage.py", "tests/server/test_auth.py",
                            "tests/server/test_wipe_orders.py"),
    "server:routes/auth": ("tests/server/test_auth.py", "tests/server/test_enrolment.py",
                           "tests/server/test_hq_proof.py"),
    "server:storage/envelopes": ("tests/server/test_envelopes.py",),
    "server:storage/blobs": ("tests/server/test_blobs.py",),
}  # fmt: skip


def source_of(module: str) -> Path:
    if module.startswith("server:"):
        return Path("server") / "vigil_server" / f"{module.removeprefix('server:')}.py"
    return Path("desktop") / "vigil" / f"{module}.py"


def copy_tree(target: Path) -> None:
    """The tracked and untracked (not ignored) files of the tree, plus compiled translations."""
    if target.exists():
        shutil.rmtree(target)
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    extra = [str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*.qm")]
    for name in {*filter(None, listed), *extra}:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def environment(tree: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIL_")}
    env["PYTHONPATH"] = os.pathsep.join([str(tree / "desktop"), str(tree / "server"), str(tree)])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def check_isolation(tree: Path, env: dict[str, str]) -> None:
    """The copy, not the original, is what the tests (and their subprocesses) import."""
    out = subprocess.run(
        [sys.executable, "-c", "import vigil, vigil_server; print(vigil.__file__); "
         "print(vigil_server.__file__)"],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    if not all(Path(p).resolve().is_relative_to(tree.resolve()) for p in out):
        raise SystemExit(f"mutate: the copy is not what gets imported: {out}")


def resumable(work: Path, module: str) -> str | None:
    """Why the last session of ``module`` cannot be carried on, or None when it can: its
    mutants' places were computed on the module's text of then, which must be today's."""
    if not (work / "session.sqlite").exists() or not (work / "original.py").exists():
        return "it has no earlier session to resume"
    if (work / "original.py").read_bytes() != (ROOT / source_of(module)).read_bytes():
        return "the module changed since its session began; run it afresh"
    return None


def run_module(
    module: str, tests: tuple[str, ...], minutes: float, timeout: float, resume: bool = False
) -> dict:
    name = module.replace("/", ".").replace(":", "-")
    work = WORK / name
    tree = work / "tree"
    source = source_of(module)
    if resume and (why := resumable(work, module)) is not None:
        return {"module": module, "error": f"cannot resume: {why}"}
    copy_tree(tree)
    env = environment(tree)
    check_isolation(tree, env)
    shutil.copy2(tree / source, work / "original.py")
    # A resumed session keeps its judged mutants; the baseline is measured again, on the
    # tests as they are now (new tests are what a resumed run is usually for).
    stale = ("unmutated.json", "lines.json", "zygote.sock")
    for old in stale if resume else ("session.sqlite", *stale):
        (work / old).unlink(missing_ok=True)
    (work / "pick.json").write_text(json.dumps({"module": str(tree / source), "tests": tests}))
    config, session = work / "config.toml", work / "session.sqlite"
    command = f"{sys.executable} {tree / 'tools' / 'mutate_pick.py'} {work}"
    config.write_text(
        "[cosmic-ray]\n"
        f'module-path = "{source}"\n'
        f"timeout = {timeout}\n"
        "excluded-modules = []\n"
        f"test-command = {json.dumps(command)}\n"
        '[cosmic-ray.distributor]\nname = "local"\n'
    )
    cr = [str(Path(sys.executable).parent / "cosmic-ray")]
    if not resume:
        subprocess.run([*cr, "init", str(config), str(session)], cwd=tree, env=env, check=True)
        skip_annotations(session, tree / source)
    started = time.monotonic()
    failed = baseline(work, tree, source, tests, env)
    if failed is not None:
        return {"module": module, "error": f"its tests fail before any mutation:\n{failed}"}
    covered = time.monotonic() - started
    zygote = subprocess.Popen(
        [sys.executable, str(tree / "tools" / "mutate_zygote.py"), str(work / "zygote.sock"),
         str(work / "preload")], cwd=tree, env=env, start_new_session=True,
    )  # fmt: skip
    for _ in range(600):  # its imports take a while on a loaded machine
        if (work / "zygote.sock").exists() or zygote.poll() is not None:
            break
        time.sleep(0.5)
    proc = subprocess.Popen(
        [*cr, "exec", str(config), str(session)], cwd=tree, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        proc.wait(timeout=max(minutes * 60 - covered, 60))
    except subprocess.TimeoutExpired:
        # Cosmic Ray starts each test command in a session of its own, which killing Cosmic
        # Ray's would leave running (and the zygote busy with it): end those sessions first.
        for pid in children(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        stop_zygote(work / "zygote.sock", zygote)
    # A mutant still in the file when the time box ended is undone by taking the copy's
    # module back from the snapshot taken at the start.
    shutil.copy2(work / "original.py", tree / source)
    return summarise(module, session, time.monotonic() - started, covered)


def children(parent: int) -> list[int]:
    """The processes whose parent is ``parent`` (Linux's /proc; none found elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # The name in parentheses may hold spaces: the fields after its last ")".
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(stat.parent.name))
    return found


def stop_zygote(path: Path, zygote: subprocess.Popen) -> None:
    """Asked to stop, the zygote first kills a test run whose requester was killed above."""
    with contextlib.suppress(OSError):  # it stops without an answer
        ask(path, {"stop": True})
    try:
        zygote.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(zygote.pid, signal.SIGKILL)
        zygote.wait()
    path.unlink(missing_ok=True)


def annotation_lines(source: Path) -> set[int]:
    """Lines inside type annotations: with ``from __future__ import annotations`` they are
    never evaluated, so a mutant there (``str | None`` -> ``str - None``) is equivalent."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        found: list[ast.AST | None] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node.returns)
        elif isinstance(node, ast.arg | ast.AnnAssign):
            found.append(node.annotation)
        for annotation in filter(None, found):
            assert annotation is not None
            end = annotation.end_lineno or annotation.lineno
            lines.update(range(annotation.lineno, end + 1))
    return lines


def skip_annotations(session: Path, source: Path) -> None:
    """Mark mutants wholly inside annotations as skipped (equivalent), before the run."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    if "from __future__ import annotations" not in source.read_text("utf-8"):
        return
    inside = annotation_lines(source)
    with use_db(str(session), WorkDB.Mode.open) as db:
        skipped = [
            item.job_id
            for item in db.pending_work_items
            if item.mutations
            and all(set(range(m.start_pos[0], m.end_pos[0] + 1)) <= inside for m in item.mutations)
        ]
        if skipped:
            db.set_multiple_results(
                skipped, WorkResult(output=ANNOTATION, worker_outcome=WorkerOutcome.SKIPPED)
            )


def summarise(module: str, session: Path, seconds: float, covered: float) -> dict:
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    counts = {"killed": 0, "survived": 0, "timed out": 0, "not covered": 0, "unchanged": 0,
              "incompetent": 0, "not run": 0, "annotation": 0, "tool error": 0}  # fmt: skip
    survivors = []
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item, result in db.completed_work_items:
            output = result.output or ""
            if output == ANNOTATION:
                counts["annotation"] += 1
            elif result.worker_outcome != WorkerOutcome.NORMAL:
                counts["incompetent"] += 1
            elif TOOL_ERROR in output:
                counts["tool error"] += 1
            elif result.test_outcome == TestOutcome.SURVIVED:
                why = "survived"
                if NOT_COVERED in output:
                    why = "not covered"
                elif UNCHANGED in output:
                    why = "unchanged"
                counts[why] += 1
                for m in item.mutations:
                    survivors.append(
                        f"line {m.start_pos[0]}: {m.operator_name} #{m.occurrence}"
                        f"{'' if why == 'survived' else f' ({why})'}"
                    )
            elif output == "timeout":
                counts["timed out"] += 1
            elif result.test_outcome == TestOutcome.KILLED:
                counts["killed"] += 1
            else:
                counts["incompetent"] += 1
        counts["not run"] = sum(1 for _ in db.pending_work_items)
    return {"module": module, "counts": counts, "survivors": survivors, "seconds": seconds,
            "baseline": covered}  # fmt: skip


def report(result: dict) -> None:
    if "error" in result:
        print(f"{result['module']}: {result['error']}")
        return
    c = result["counts"]
    survived = c["survived"] + c["not covered"] + c["unchanged"]
    judged = c["killed"] + c["timed out"] + survived
    score = f"{100 * (c['killed'] + c['timed out']) / judged:.1f}% killed" if judged else "-"
    print(
        f"{result['module']}: killed {c['killed']}, survived {c['survived']}, "
        f"not covered {c['not covered']}, timed out {c['timed out']}, "
        f"unchanged {c['unchanged']}, incompetent {c['incompetent']}, "
        f"tool errors {c['tool error']}, not run {c['not run']}, "
        f"skipped in annotations {c['annotation']} ({score}, "
        f"{result['seconds'] / 60:.1f} min, of which baseline {result['baseline'] / 60:.1f})"
    )
    for line in result["survivors"]:
        print(f"    survived: {source_of(result['module'])} {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"default: all of {', '.join(MODULES)}")
    parser.add_argument("--minutes", type=float, default=30.0, help="time box per module")
    parser.add_argument(
        "--tests",
        default="",
        help="comma-separated test files instead of the module's own list "
        "(a quicker, partial run: say so when quoting its figures)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds for one test run before the mutant counts as timed out",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="carry on each module's last session: its judged mutants are kept, the ones it "
        "had not reached run now (the figures printed are the whole session's)",
    )
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; known: {', '.join(MODULES)}")
    for module in args.modules or list(MODULES):
        tests = tuple(filter(None, args.tests.split(","))) or MODULES[module]
        report(run_module(module, tests, args.minutes, args.timeout, args.resume))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
