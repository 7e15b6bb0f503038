"""Appeals benchmark: personalised letters to PDF, against a bare Qt baseline.

Not a timed test: it prints a table. With ``--check`` it exits 1 when the target fails.

    uv run python benchmarks/appeals.py                 # 1,000 letters, one per signatory
    uv run python benchmarks/appeals.py --letters 200   # a quick run

Target (from the issue): 1,000 personalised letters (one per signatory) of the sample
urgent action, through the real pipeline (the template gate, Fluent, Babel dates, the
typed-block document with the bundled font, one PDF) run at >= 0.5x the letters per second
of a baseline measured in the same run: the same letters' plain text laid into one bare
``QTextDocument`` and printed to one PDF by ``QPdfWriter``, with no fonts registered,
no templates and no blocks. Both produce a single PDF in memory; the pipeline's is
checked to hold one page run per letter.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vigil.appeals.letter import Letter
from vigil.appeals.model import UrgentAction
from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.pdf import ensure_gui, render_pdf
from vigil.appeals.render import Sender, compose
from vigil.resources import resource

TARGET = 0.5
DAY = datetime.date(2019, 8, 26)
LANGS = ("kk", "ru", "en")
CITIES = ("Almaty", "Astana", "Shymkent", "Алматы", "Астана", "Қарағанды")


def _signatories(count: int) -> list[Sender]:
    return [Sender(f"Signatory {n:04d} Тестов", CITIES[n % len(CITIES)]) for n in range(count)]


def _sample() -> UrgentAction:
    doc = json.loads(resource("samples", "urgent-action.json").read_text("utf-8"))
    return parse_urgent_action(doc["urgent_actions"][0])


def _compose_all(ua: UrgentAction, count: int) -> list[Letter]:
    """One letter per signatory, the three languages in turn."""
    return [
        compose(ua, LANGS[n % len(LANGS)], sender, today=DAY, follow_up=True)
        for n, sender in enumerate(_signatories(count))
    ]


def pipeline(ua: UrgentAction, count: int) -> tuple[float, bytes]:
    start = time.perf_counter()
    pdf = render_pdf(_compose_all(ua, count))
    return time.perf_counter() - start, pdf


def baseline(ua: UrgentAction, count: int) -> tuple[float, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    # The same text the pipeline prints, made outside the timed part.
    text = "\f".join(letter.text() for letter in _compose_all(ua, count))
    start = time.perf_counter()
    doc = QTextDocument()
    doc.setPlainText(text)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc.print_(writer)
    del writer
    buffer.close()
    return time.perf_counter() - start, bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="exit 1 if the target fails")
    args = parser.parse_args()
    ensure_gui()
    ua = _sample()
    pipeline(ua, 20)  # warm up: fonts, Babel's locale data, Fluent's parser
    baseline(ua, 20)
    ours, base = [], []
    pages = 0
    for _ in range(args.rounds):  # interleaved, so that machine noise hits both alike
        seconds, pdf = pipeline(ua, args.letters)
        ours.append(args.letters / seconds)
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ") or pdf.count(b"/Page")
        seconds, _ = baseline(ua, args.letters)
        base.append(args.letters / seconds)
    ratio = statistics.median(ours) / statistics.median(base)
    print(f"letters per round          {args.letters}")
    print(f"pipeline letters/s (p50)   {statistics.median(ours):8.1f}")
    print(f"bare QTextDocument (p50)   {statistics.median(base):8.1f}")
    print(
        f"ratio                      {ratio:8.2f}   target >= {TARGET}  "
        f"{'PASS' if ratio >= TARGET else 'FAIL'}"
    )
    print(f"PDF page objects           {pages}")
    return 1 if args.check and ratio < TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
