"""House rules that a reviewer should not have to remember.

Each rule is a function over a folder of sources, run on the real tree and on a small
violation built in a temporary folder, so a rule that stops seeing what it names fails here.
"""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "vigil"
SERVER = ROOT / "server" / "vigil_server"
CORE = ("crypto", "vault", "cases", "appeals", "alerts", "sync", "evidence")
# The one core module that may use Qt: the appeal PDF writer, with QtGui and QtCore only, and
# imported lazily inside its functions (test_core_runs_without_qt holds it to that).
QT_IN_CORE = {Path("appeals") / "pdf.py": ("PySide6.QtGui", "PySide6.QtCore")}
MAX_LINES = 550
# A module that must stay one file, with its own (higher) limit and the reason.
ONE_FILE_BY_DESIGN = {
    # The standalone verifier is copied alone into every evidence package: a third party runs
    # it with only cryptography and rfc3161-client installed (issue 16), so it cannot be split.
    "vigil/evidence/verifier.py": 800,
}


@functools.cache
def _parsed(path: Path) -> ast.Module:
    """A source file's tree, parsed once while this module runs: most of its rules walk the
    whole package, and parsing it is most of what each cost (about a second of CPU)."""
    return ast.parse(path.read_text("utf-8"))


@pytest.fixture(scope="module", autouse=True)
def _parsed_once() -> Iterator[None]:
    """The trees are let go after the module: about 230,000 nodes that each full collection
    of the garbage collector would walk for the rest of the run."""
    yield
    _parsed.cache_clear()


def _imports(path: Path, package: Path) -> set[str]:
    """Every module a file imports, by absolute name: ``import a.b``, ``from a import b`` (as
    ``a`` and ``a.b``), relative imports resolved, and ``importlib.import_module("a.b")`` or
    ``__import__("a.b")`` with a literal name."""
    relative = path.relative_to(package.parent).with_suffix("").parts
    here = relative if path.name == "__init__.py" else relative[:-1]
    names: set[str] = set()
    for node in ast.walk(_parsed(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)] if node.level > 1 else here
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call):
            func = node.func
            called = (
                f"{func.value.id}.{func.attr}"
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if called in {"importlib.import_module", "import_module", "__import__"} and (
                node.args and isinstance(node.args[0], ast.Constant)
            ):
                names.add(str(node.args[0].value))
    return {name for name in names if name}


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def qt_offenders(package: Path) -> list[str]:
    """Qt widgets outside ui/; any Qt in the core beyond the named exception."""
    offenders = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] == "ui":
            continue
        allowed = QT_IN_CORE.get(relative, ())
        for name in sorted(_imports(path, package)):
            if any(_under(name, a) for a in allowed):
                continue
            if _under(name, "PySide6.QtWidgets") or (
                relative.parts[0] in CORE and _under(name, "PySide6")
            ):
                offenders.append(f"{relative}: {name}")
    return offenders


def core_ui_offenders(package: Path) -> list[str]:
    """The core never imports the app's windows."""
    ui = f"{package.name}.ui"
    return [
        f"{path.relative_to(package)}: {name}"
        for part in CORE
        for path in sorted((package / part).rglob("*.py"))
        for name in sorted(_imports(path, package))
        if _under(name, ui)
    ]


def oversized(*roots: Path) -> dict[str, int]:
    sizes = {
        str(p.relative_to(root.parent)): len(p.read_text("utf-8").splitlines())
        for root in roots
        for p in root.rglob("*.py")
    }
    assert sizes, "the scan found no modules"
    return {name: n for name, n in sizes.items() if n > ONE_FILE_BY_DESIGN.get(name, MAX_LINES)}


def qt_free_modules(package: Path) -> list[str]:
    """Every module outside ui/ (the core, the CLI, settings, demo, remember...)."""
    return sorted(
        ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for p in package.rglob("*.py")
        if p.relative_to(package).parts[0] != "ui" and p.name != "__main__.py"
        for parts in [p.relative_to(package.parent).with_suffix("").parts]
    )


def qt_loaded_by(modules: list[str], path: Path | None = None) -> list[str]:
    """The PySide6 modules that importing ``modules`` loads, in a fresh interpreter."""
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    prefix = f"import sys; sys.path.insert(0, {str(path)!r})\n" if path else ""
    out = subprocess.run(
        [sys.executable, "-c", prefix + code], capture_output=True, text=True, check=True
    )
    return list(ast.literal_eval(out.stdout.strip()))


# -- the real tree -----------------------------------------------------------------------------


def test_only_ui_imports_qt_widgets() -> None:
    assert qt_offenders(PACKAGE) == []
    assert all((PACKAGE / module).is_file() for module in QT_IN_CORE), "stale exception"


def test_core_never_imports_the_ui() -> None:
    assert core_ui_offenders(PACKAGE) == []


def test_core_runs_without_qt() -> None:
    modules = qt_free_modules(PACKAGE)
    assert {"vigil.vault.store", "vigil.settings", "vigil.demo", "vigil.remember",
            "vigil.cli"} <= set(modules)  # fmt: skip
    assert qt_loaded_by(modules) == []


# The ui/ modules that hold state and rules for a widget, in plain Python: tested without a
# window, they must stay free of Qt (docs/desktop.md, "State and rules in plain Python").
UI_STATE = ["vigil.ui.composer_state", "vigil.ui.settings_change"]


def test_the_ui_state_modules_run_without_qt() -> None:
    assert qt_loaded_by(UI_STATE) == []


def test_modules_stay_small() -> None:
    assert oversized(PACKAGE, SERVER) == {}


# -- each rule fails on a small violation ------------------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "vigil"
    for name, text in {"__init__.py": "", "ui/__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return package


def test_the_qt_rule_sees_every_way_to_import_widgets(tmp_path: Path) -> None:
    package = _package(tmp_path, {
        "settings.py": "from PySide6 import QtWidgets\n",
        "demo.py": "def f():\n    import PySide6.QtWidgets as w\n",
        "vault/store.py": 'import importlib\nW = importlib.import_module("PySide6.QtWidgets")\n',
        "vault/old.py": 'W = __import__("PySide6.QtGui")\n',
        "crypto/kdf.py": "from PySide6.QtCore import QObject\n",
        "appeals/pdf.py": "def f():\n    from PySide6.QtGui import QPdfWriter\n",
        "appeals/letter.py": "from PySide6.QtGui import QTextDocument\n",
        "ui/window.py": "from PySide6 import QtWidgets\n",
        "remember.py": "import json\n",
    })  # fmt: skip
    found = "\n".join(qt_offenders(package))
    for where in ("settings.py", "demo.py", "vault/store.py", "vault/old.py", "crypto/kdf.py",
                  "appeals/letter.py"):  # fmt: skip
        assert where in found, where
    for fine in ("appeals/pdf.py", "ui/window.py", "remember.py"):
        assert fine not in found, fine


def test_the_ui_rule_sees_absolute_and_relative_imports(tmp_path: Path) -> None:
    package = _package(tmp_path, {
        "sync/a.py": "import vigil.ui.controller\n",
        "sync/b.py": "from vigil import ui\n",
        "vault/c.py": "from ..ui import dialogs\n",
        "alerts/d.py": "def f():\n    from ..ui.app import run\n",
        "cases/e.py": "from . import model\nfrom ..crypto import keys\n",
        "demo.py": "from vigil.ui import app\n",  # not core: the demo may open the app
    })  # fmt: skip
    found = "\n".join(core_ui_offenders(package))
    for where in ("sync/a.py", "sync/b.py", "vault/c.py", "alerts/d.py"):
        assert where in found, where
    assert "cases/e.py" not in found and "demo.py" not in found


def test_the_qt_free_check_loads_every_module_outside_ui(tmp_path: Path) -> None:
    package = _package(tmp_path, {"settings.py": "import PySide6.QtCore\n", "cli.py": ""})
    modules = qt_free_modules(package)
    assert modules == ["vigil", "vigil.cli", "vigil.settings"]
    assert "PySide6.QtCore" in qt_loaded_by(modules, path=tmp_path)


def test_the_size_rule_covers_the_server_too(tmp_path: Path) -> None:
    package = _package(tmp_path, {"cli.py": "x = 1\n" * MAX_LINES})
    server = tmp_path / "vigil_server"
    server.mkdir()
    (server / "app.py").write_text("x = 1\n" * (MAX_LINES + 1))
    assert oversized(package, server) == {"vigil_server/app.py": MAX_LINES + 1}


# -- seams: no import cycles, no private names across modules, the vault's lock ---------------


def _module(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.AST) -> set[int]:
    """Nodes under ``if TYPE_CHECKING:``: imports for annotations, never run."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    return skip


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports when it runs, at the top or inside a
    function (an import inside a function hides a cycle; it does not remove it)."""
    modules = {_module(p, package): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = _parsed(path)
        skip = _type_only(tree)
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                module = ".".join([*base, *([node.module] if node.module else [])])
                wanted = [module, *(f"{module}.{alias.name}" for alias in node.names)]
            else:
                continue
            for target in wanted:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.add(target)
        graph[name] = found
    return graph


def import_cycles(package: Path) -> list[list[str]]:
    """Groups of modules that import each other, directly or round about (Tarjan)."""
    graph = import_graph(package)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def private_imports(package: Path) -> list[str]:
    """``from x import _name`` of the package's own modules: a private name used elsewhere
    is a seam in the wrong place."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(_parsed(path)):
            if not isinstance(node, ast.ImportFrom):
                continue
            if not node.level and not _under(node.module or "", package.name):
                continue
            found += [
                f"{path.relative_to(package)}: {alias.name}"
                for alias in node.names
                if alias.name.startswith("_") and not alias.name.startswith("__")
            ]
    return found


def lock_users(package: Path) -> list[str]:
    """``x._lock`` outside vault/: the vault's lock is reached only through its public
    transaction(), query() and kept_open()."""
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).parts[0] == "vault":
            continue
        for node in ast.walk(_parsed(path)):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "_lock"
                and not (isinstance(node.value, ast.Name) and node.value.id == "self")
            ):
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    return found


# Tables whose SQL has one owner: the owner path (a file, or a folder ending in "/"), besides
# vault/schema.py, which creates every table. Every table of the vault has one.
TABLE_OWNERS = {
    "alerts": "alerts/store.py",
    "alert_keys": "alerts/store.py",
    "receipts": "evidence/receipts.py",
    "timestamps": "evidence/timestamps.py",
    **dict.fromkeys(
        ("appeals", "appeal_sends", "signatories", "consent_withdrawals", "urgent_actions"),
        "appeals/",
    ),
    **dict.fromkeys(
        ("meta", "items", "revisions", "devices", "blobs", "conflicts", "pending", "integrity_log"),
        "vault/",
    ),
}
_SQL_ON_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+([a-z_]+)\b")


def table_sql_users(package: Path) -> list[str]:
    """SQL text naming an owned table outside its owner: the alerts tables belong to the
    alerts store, the appeals tables to appeals/, the vault's own (items, revisions, meta...)
    to vault/ (the vault's methods: get_meta, unpushed, mark_pushed, revision_count...)."""
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative == "vault/schema.py":
            continue
        for node in ast.walk(_parsed(path)):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            for table in _SQL_ON_TABLE.findall(node.value):
                owner = TABLE_OWNERS.get(table)
                if owner is not None and not (
                    relative.startswith(owner) if owner.endswith("/") else relative == owner
                ):
                    found.append(f"{relative}:{node.lineno}: {table}")
    return found


def test_no_import_cycles() -> None:
    assert import_cycles(PACKAGE) == []
    assert import_cycles(SERVER) == []


def test_no_private_name_is_imported_across_modules() -> None:
    assert private_imports(PACKAGE) == []
    assert private_imports(SERVER) == []


def test_the_vault_lock_stays_in_the_vault() -> None:
    assert lock_users(PACKAGE) == []


def test_every_vault_table_has_one_owner() -> None:
    assert table_sql_users(PACKAGE) == []


def test_every_table_the_schema_creates_has_an_owner() -> None:
    created = re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)",
                         (PACKAGE / "vault" / "schema.py").read_text("utf-8"))  # fmt: skip
    assert created and set(created) <= set(TABLE_OWNERS)


def test_the_table_rule_sees_sql_outside_the_owner(tmp_path: Path) -> None:
    package = _package(tmp_path, {
        "alerts/store.py": 'Q = "SELECT kind FROM alerts"\n',
        "alerts/inbox.py": 'Q = ("UPDATE alerts SET read = 1"\n     " WHERE id = ?")\n',
        "sync/round.py": 'def f(c):\n    c.execute(f"INSERT INTO meta (key) VALUES ({1})")\n',
        "vault/meta.py": 'Q = "SELECT value FROM meta"\n',
        "vault/schema.py": 'Q = "CREATE TABLE alert_keys (key TEXT)"\n',
        "cli.py": 'Q = "DELETE FROM alert_keys"\nP = "Notes from alerts are kept."\n',
        "cli_cases.py": 'def f(v):\n    return v.conn.execute("SELECT count(*) FROM revisions")\n',
        "sync/outbox.py": 'Q = "UPDATE revisions SET pushed = 1 WHERE id = ?"\n',
        "vault/revisions.py": 'Q = "SELECT id FROM revisions WHERE pushed = 0"\n',
        "appeals/store.py": 'Q = "SELECT id FROM appeals"\n',
        "ui/appeals.py": 'Q = "UPDATE urgent_actions SET x = 1"\n',
    })  # fmt: skip
    assert table_sql_users(package) == [
        "alerts/inbox.py:1: alerts", "cli.py:1: alert_keys", "cli_cases.py:2: revisions",
        "sync/outbox.py:1: revisions", "sync/round.py:2: meta", "ui/appeals.py:1: urgent_actions",
    ]  # fmt: skip


def test_the_cycle_rule_counts_imports_inside_functions(tmp_path: Path) -> None:
    package = _package(tmp_path, {
        "alerts/__init__.py": "",
        "alerts/inbox.py": "from vigil.alerts import publish\n",
        "alerts/publish.py": "def f():\n    from vigil.sync.session import config\n",
        "sync/__init__.py": "",
        "sync/session.py": "def g():\n    from ..alerts.inbox import absorb\n",
        "ui/a.py": "import typing\nif typing.TYPE_CHECKING:\n    from vigil.ui import b\n",
        "ui/b.py": "from vigil.ui import a\n",
    })  # fmt: skip
    assert import_cycles(package) == [["vigil.alerts.inbox", "vigil.alerts.publish",
                                       "vigil.sync.session"]]  # fmt: skip


def test_the_private_and_lock_rules_see_their_violations(tmp_path: Path) -> None:
    package = _package(tmp_path, {
        "ui/controller.py": "from vigil.cli_admin import _safe_forget\n",
        "ui/flow.py": "from ..ui.controller import _say, AppController\n",
        "cli.py": "from os import _exit\nfrom vigil.cli_common import __doc__\n",
        "alerts/inbox.py": "def f(vault):\n    with vault._lock:\n        pass\n",
        "vault/store.py": "def f(vault):\n    with vault._lock:\n        pass\n",
        "demo.py": "class D:\n    def f(self):\n        return self._lock\n",
    })  # fmt: skip
    assert private_imports(package) == ["ui/controller.py: _safe_forget", "ui/flow.py: _say"]
    assert lock_users(package) == ["alerts/inbox.py:2"]
