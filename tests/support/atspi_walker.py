"""Walks an app's accessibility tree from outside its process, as a screen reader does.

Runs under the system's Python (Debian's python3-gi and gir1.2-atspi-2.0: the AT-SPI client
library is not on PyPI), on the same private D-Bus session and X display as the app:

    dbus-run-session -- /usr/bin/python3 atspi_walker.py --report R.json -- APP-COMMAND...

It starts APP-COMMAND and follows its lines on stdout: ``A11Y screen NAME`` says a screen is
up. For each screen the walker reads the tree of the app's active window over AT-SPI (every
control's role, accessible name and states), then presses Tab through the window with real
key events (XTest) and records which control each press focuses, until focus comes back to
where it started. Then it answers ``next`` on the app's stdin. ``A11Y type TEXT`` asks it to
type TEXT and press Return from the keyboard (the passphrase on the unlock screen). The
findings are written as JSON; the test decides what is a failure.

No Vigil import here: this is the screen reader's side, and it sees only what AT-SPI shows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# Roles a person operates. A control of these roles, or any focusable one, needs a name.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "slider", "page tab", "list", "table", "tree",
    "tree table", "link", "menu", "menu item", "check menu item", "radio menu item",
    "entry", "date editor", "dial", "scroll pane",
}  # fmt: skip
# Their rows, cells and parts are named by what they hold or by the control itself.
CONTAINERS = {"list", "table", "tree", "tree table", "combo box", "spin button", "menu bar",
              "page tab list", "scroll bar", "tool tip", "menu"}  # fmt: skip
# Reached by other keys than Tab: a tab bar's pages by the arrows once the bar has focus,
# a menu bar by Alt or F10.
NOT_TAB_STOPS = {"page tab", "menu", "menu item", "check menu item", "radio menu item"}
# What Tab must reach when it is focusable and enabled (a tab bar is one stop; a label that
# can be selected with the mouse, or the frame around a tab bar, need not be one).
TAB_STOPS = (INTERACTIVE - NOT_TAB_STOPS) | {"page tab list"}
TAB = 0xFF09
RETURN = 0xFF0D
CONTROL = 0xFFE3


class Focus:
    """The control that last gained focus, heard from AT-SPI focus events."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self.listener = Atspi.EventListener.new(self._heard)
        self.listener.register("object:state-changed:focused")

    def _heard(self, event: Any) -> None:
        if event.detail1 == 1:
            self.events.append(event.source)

    def pump(self, seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.01)

    def after(self, keysym: int, modifier: int | None = None, seconds: float = 0.25) -> Any:
        """Press a key; the control focused afterwards (None: no focus event came)."""
        self.events.clear()
        press(keysym, modifier)
        waited = 0.0
        while not self.events and waited < seconds * 4:
            self.pump(0.05)
            waited += 0.05
        self.pump(0.05)  # a second event (a table focusing its cell) may follow the first
        return self.events[-1] if self.events else None


def press(keysym: int, modifier: int | None = None) -> None:
    sym = Atspi.KeySynthType.SYM
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS | sym)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.PRESSRELEASE | sym)
    if modifier is not None:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE | sym)


def states(node: Any) -> set[str]:
    return {s.value_nick for s in node.get_state_set().get_states()}


def describe(node: Any) -> dict[str, Any]:
    return {"role": node.get_role_name(), "name": node.get_name() or "", "path": node.path}


def find_app(name: str, timeout: float = 30.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application named {name!r} on the accessibility bus")


def active_window(app: Any, timeout: float = 10.0) -> Any:
    """The app's active window (the one keys go to)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for i in range(app.get_child_count()):
            window = app.get_child_at_index(i)
            if window is not None and "active" in states(window):
                return window
        time.sleep(0.1)
    raise SystemExit("the app has no active window")


def controls(window: Any) -> list[dict[str, Any]]:
    """Every showing control a person can operate, with its role, name and states."""
    found: list[dict[str, Any]] = []

    def visit(node: Any, inside_container: bool) -> None:
        try:
            role = node.get_role_name()
            now = states(node)
        except GLib.Error:
            return  # gone while walking (a row refilled)
        if role == "menu bar":  # its menus' items are there, closed, each with its name
            menu_items(node)
            return
        if "showing" not in now:
            return
        if not inside_container and (role in INTERACTIVE or "focusable" in now):
            item = describe(node)
            item["node"] = node
            item["labelled_by"] = labels_of(node)
            item["box"] = box(node)
            item["states"] = sorted(now & {"focusable", "enabled", "editable", "focused"})
            item["description"] = node.get_description() or ""
            found.append(item)
        inside = inside_container or role in CONTAINERS
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                visit(child, inside)

    def menu_items(node: Any) -> None:
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is None:
                continue
            if child.get_role_name().endswith("menu item"):
                item = describe(child)
                item["states"] = sorted(states(child) & {"enabled"})
                item["description"] = child.get_description() or ""
                found.append(item)
            menu_items(child)

    visit(window, False)
    return found


def box(node: Any) -> list[int]:
    """Where the control is in its window: x, y, width, height."""
    component = node.get_component_iface()
    if component is None:
        return [0, 0, 0, 0]
    rect = component.get_extents(Atspi.CoordType.WINDOW)
    return [rect.x, rect.y, rect.width, rect.height]


def labels_of(node: Any) -> list[str]:
    """The names of the labels that label ``node`` (a form's label, its buddy)."""
    names = []
    for relation in node.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for i in range(relation.get_n_targets()):
                target = relation.get_target(i)
                if target is not None:
                    names.append(target.get_name() or "")
    return names


def spoken_name(control: dict[str, Any]) -> str:
    """What a screen reader says a control is called. Qt on Linux gives a combo box its
    current choice as its name and leaves what it is to its label (the labelled-by
    relation), so a combo box without a label is announced by its value alone."""
    if control["role"] == "combo box":
        return " ".join(n for n in control.get("labelled_by", []) if n.strip())
    return str(control["name"])


def owner(node: Any, known: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The walked control a focused object belongs to (a table's cell: the table)."""
    while node is not None:
        if node.path in known:
            return known[node.path]
        node = node.get_parent()
    return None


def focus_next(focus: Focus, found: list[dict[str, Any]], after: str | None, seen: set[str]) -> Any:
    """Give focus to the next Tab stop after ``after`` in the tree not reached yet, through
    AT-SPI (as a screen reader can); the control focused (None: none left, or none took it)."""
    paths = [c["path"] for c in found]
    start = paths.index(after) + 1 if after in paths else 0
    for control in found[start:] + found[:start]:
        if control["path"] in seen or control["role"] not in TAB_STOPS:
            continue
        if {"focusable", "enabled"} <= set(control["states"]):
            focus.events.clear()
            component = control["node"].get_component_iface()
            if component is not None and component.grab_focus():
                focus.pump(0.2)
                return focus.events[-1] if focus.events else None
    return None


def tab_through(focus: Focus, window: Any, found: list[dict[str, Any]]) -> dict[str, Any]:
    """Press Tab until focus comes back to the first control it reached; say what was
    reached, in order, what a Tab stop should be and was not reached, and where Tab did not
    move focus on to another control (a keyboard trap: an editor that takes Tab as a
    character, or a table that moves from cell to cell). Out of a trap the walk goes on from
    the next control, focused through AT-SPI, so one trap does not hide the rest."""
    known = {c["path"]: c for c in found}
    order: list[str] = []
    traps: list[str] = []
    heard: list[list[str]] = []  # the focus events of each press, for reading a failure
    first = previous = None
    for _ in range(2 * len(found) + 6):
        node = focus.after(TAB)
        heard.append([f"{e.get_role_name()} {e.get_name()!r}" for e in focus.events])
        if node is None:  # no focus event: the editor took the Tab as a character
            node = focus.after(TAB, CONTROL)  # Qt's way out of some editors
        elif previous is not None and owner_key(node, known) == previous:
            node = None  # focus moved, but inside the same control (a table's cells)
        if node is None:
            if previous is not None and previous not in traps:
                traps.append(previous)
            node = focus_next(focus, found, previous, set(order) | set(traps))
            if node is None:
                break
        if node.path not in known:  # Tab changed the window (focusing the list opens a case)
            for item in controls(window):
                if item["path"] not in known:
                    known[item["path"]] = item
                    found.append(item)
        key = owner_key(node, known)
        previous = key
        if first is None:
            first = key
        elif key == first:
            break
        if key not in order:
            order.append(key)
    reached = set(order)
    showing = {c["path"] for c in controls(window)}
    unreached = [
        c for c in found if c["path"] in showing
        and c["path"] not in reached and "focusable" in c["states"] and "enabled" in c["states"]
        and c["role"] in TAB_STOPS
    ]  # fmt: skip

    def label(path: str) -> str:
        return f"{known[path]['role']} {known[path]['name']!r}" if path in known else path

    boxes = [known[p].get("box", [0, 0, 0, 0]) if p in known else [0, 0, 0, 0] for p in order]
    backward = [f"{label(order[i])} -> {label(order[(i + 1) % len(order)])}"
                for i in backward_moves(boxes)]  # fmt: skip
    return {
        # The cycle wraps once, from the last stop back up to the first; a second move back
        # up (and not on to a column to the right) means Tab jumps around the window.
        "out_of_order": backward if len(backward) > 1 else [],
        "order": [label(p) for p in order],
        "unreached": [label(c["path"]) for c in unreached],
        "traps": [label(p) for p in traps],
        "heard": heard,
    }


def backward_moves(boxes: list[list[int]]) -> list[int]:
    """Where the Tab cycle goes against reading order (left to right, top to bottom): to a
    control whose middle is above the previous one's top, and not to its right (a move up
    to the next column reads on). The indexes of the controls moved from."""
    moves = []
    for i, (x, y, width, _h) in enumerate(boxes):
        nx, ny, _w, nheight = boxes[(i + 1) % len(boxes)]
        if ny + nheight / 2 < y - 4 and nx < x + width / 2:
            moves.append(i)
    return moves


def owner_key(node: Any, known: dict[str, dict[str, Any]]) -> str:
    control = owner(node, known)
    return str(control["path"] if control else node.path)


DUMP = bool(os.environ.get("A11Y_DUMP"))


def dump(node: Any, depth: int = 0) -> list[str]:
    """The tree as indented lines, for a person reading a failure."""
    now = states(node)
    lines = ["  " * depth + f"{node.get_role_name()} {node.get_name()!r}"
             + ("" if "showing" in now else " (hidden)")]  # fmt: skip
    for i in range(node.get_child_count() if depth < 12 else 0):
        child = node.get_child_at_index(i)
        if child is not None:
            lines += dump(child, depth + 1)
    return lines


def walk_screen(focus: Focus, app: Any, name: str) -> dict[str, Any]:
    window = active_window(app)
    found = controls(window)
    result: dict[str, Any] = {"screen": name, "window": describe(window), "controls": found}
    result.update(tab_through(focus, window, found))  # adds what Tab made appear to found
    if DUMP:
        result["tree"] = dump(window)
    result["unnamed"] = [
        f"{c['role']} {c['name']!r} at {c['path']}" for c in found if not spoken_name(c).strip()
    ]
    for control in found:
        control.pop("node", None)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--app-name", required=True, help="the application's accessible name")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    focus = Focus()
    app_process = subprocess.Popen(
        args.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
    )
    assert app_process.stdin is not None and app_process.stdout is not None
    screens: list[dict[str, Any]] = []
    app = None
    try:
        for line in app_process.stdout:
            if not line.startswith("A11Y "):
                sys.stdout.write(line)
                continue
            verb, _, rest = line[5:].rstrip("\n").partition(" ")
            if app is None:
                app = find_app(args.app_name)
            if verb == "screen":
                focus.pump(0.3)
                screens.append(walk_screen(focus, app, rest))
                app_process.stdin.write("next\n")
                app_process.stdin.flush()
            elif verb == "type":
                Atspi.generate_keyboard_event(0, rest, Atspi.KeySynthType.STRING)
                focus.pump(0.2)
                press(RETURN)
            elif verb == "done":
                break
    finally:
        with open(args.report, "w", encoding="utf-8") as out:
            json.dump(screens, out, indent=1)
        app_process.stdin.close()
        try:
            app_process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app_process.kill()
    return app_process.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
