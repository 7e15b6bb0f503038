"""Signatories from a CSV file: the fewest fields that work, and a record of consent.

Columns (a header row is required, in any order): ``name`` (a name or a pseudonym),
``city`` (optional), ``pseudonym`` (optional: yes when the name is not the person's own)
and ``consent`` (yes: the person agreed to the consent text the campaigner gives at import).
Every bad row is reported with its number; good rows are kept only when the campaigner
accepts them (``parse_csv`` returns both, and importing is a separate step).
"""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass

from vigil.crypto.errors import VigilError

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_FIELD = 200
YES = frozenset({"yes", "y", "true", "1", "да", "иә", "ия"})
NO = frozenset({"no", "n", "false", "0", "", "нет", "жоқ"})


class SignatoryFileError(VigilError):
    exit_code = 2


@dataclass(frozen=True)
class Row:
    number: int  # the line in the file, counting the header as 1
    name: str
    city: str
    pseudonym: bool


def _flag(value: str) -> bool | None:
    folded = value.strip().casefold()
    return True if folded in YES else False if folded in NO else None


def parse_csv(data: bytes) -> tuple[list[Row], list[str]]:
    """The good rows and one message per bad row."""
    if len(data) > MAX_BYTES:
        raise SignatoryFileError(f"The file is larger than {MAX_BYTES // 1024 // 1024} MiB.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SignatoryFileError(
            f"The file is not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8' and try again."
        ) from None
    dialect: type[csv.Dialect] = csv.excel  # one column, or nothing to go by: plain commas
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except StopIteration:
        raise SignatoryFileError("The file is empty.") from None
    except csv.Error as exc:
        raise SignatoryFileError(f"Line 1: {exc}") from None
    if "name" not in header or "consent" not in header:
        raise SignatoryFileError(
            "The first line must name the columns: name and consent are required "
            f"(city and pseudonym are optional); found: {', '.join(header) or 'nothing'}."
        )
    where: dict[str, int] = {
        column: header.index(column)
        for column in ("name", "city", "pseudonym", "consent")
        if column in header
    }
    rows: list[Row] = []
    errors: list[str] = []
    seen: set[tuple[str, str]] = set()
    try:
        for number, fields in enumerate(reader, start=2):
            if number - 1 > MAX_ROWS:
                errors.append(
                    f"Row {number}: the file has more than {MAX_ROWS:,} rows; the rest "
                    "was not read."
                )
                break
            if not any(f.strip() for f in fields):
                continue

            def get(column: str, fields: list[str] = fields) -> str:
                index = where.get(column)
                return fields[index].strip() if index is not None and index < len(fields) else ""

            name, city = get("name"), get("city")
            consent, pseudonym = _flag(get("consent")), _flag(get("pseudonym"))
            problem = (
                "the name is empty"
                if not name
                else f"the name is longer than {MAX_FIELD} characters"
                if len(name) > MAX_FIELD
                else f"the city is longer than {MAX_FIELD} characters"
                if len(city) > MAX_FIELD
                else "the name or city holds a control character"
                if any(ord(ch) < 32 for ch in name + city)
                else f"consent is {get('consent')!r}: only people who said yes can sign"
                if consent is not True
                else f"pseudonym is {get('pseudonym')!r}: write yes or no"
                if pseudonym is None
                else "the same name and city appear on an earlier row"
                if (name.casefold(), city.casefold()) in seen
                else ""
            )
            if problem:
                errors.append(f"Row {number}: {problem}.")
                continue
            seen.add((name.casefold(), city.casefold()))
            rows.append(Row(number, name, city, bool(pseudonym)))
    except csv.Error as exc:
        errors.append(f"Row {reader.line_num}: {exc}; the rest was not read.")
    return rows, errors
