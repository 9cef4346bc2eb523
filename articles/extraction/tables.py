"""Release tables written as text, as data desks publish them:

    Date    | To Ukraine | To Russia | Mediator
    3 Jan   | 230        | 248       | UAE
    13 Sep  | 49         | n/d       | not stated
    Total   | 1,348      | 1,266     |

A header whose cells say which side each figure column went to (or came from), then one row a
handover day. Rows without a date of their own (a total) and columns that name no direction
give nothing: a table is read only when its header says what its figures are.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .dates import find_dates
from .numbers import digit_value
from .parties import PartyTable
from .tokens import noun_category

_CELL_SPLIT_RE = re.compile(r"\s*\|\s*")
# The side a column's people went to ("To Ukraine", "Returned to Russia", "Ukraine received",
# "До України", "Ukrainians freed": its own people) or came from ("From Russia", "Released by
# Israel", "Freed by Hamas").
_TO_BEFORE_RE = re.compile(
    r"(?i)\b(?:to|into|returned\s+to|received\s+by|arrived\s+in|went\s+to|до|в|у|во|на)\s+$"
)
_FROM_BEFORE_RE = re.compile(
    r"(?i)\b(?:from|by|released\s+by|freed\s+by|handed\s+over\s+by|з|із|від|из|от)\s+$"
)
_RECEIVED_AFTER_RE = re.compile(r"(?i)^\s+(?:received|got|gets|receives|отримала|получила)\b")
_RELEASED_AFTER_RE = re.compile(
    r"(?i)^\s+(?:released|freed|handed\s+over|gave|звільнила|передала|освободила)\b"
)
_DATE_HEADER_RE = re.compile(r"(?i)^(?:date|day|when|дата|день|коли|когда)$")
_UNDISCLOSED_RE = re.compile(
    r"(?i)^(?:n/?d|n\.d\.|—|–|-|\?|not\s+disclosed|undisclosed|unknown|not\s+given|not\s+stated"
    r"|не\s+\w+|невідомо|неизвестно)$"
)
_FOOTNOTE_RE = re.compile(r"[*†‡]+$")


@dataclass(frozen=True)
class Column:
    index: int
    released_by: str
    received_by: str


@dataclass(frozen=True)
class Header:
    cells: int
    date_index: int
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Row:
    date: datetime.date
    guessed_year: bool
    figures: tuple[tuple[Column, int | None], ...]


def cells(line: str) -> list[str]:
    return _CELL_SPLIT_RE.split(line.strip().strip("|").strip())


def _direction(cell: str, table: PartyTable, pair: list[str]) -> tuple[str, str] | None:
    """(released_by, received_by) that a header cell names, else None."""
    found = [m for m in table.find(cell) if m.party in pair]
    if len(found) != 1 or len(pair) != 2:
        return None
    mention = found[0]
    party = mention.party
    other = pair[1] if party == pair[0] else pair[0]
    if noun_category(mention.text.lower()) == "generic":
        return other, party  # "Ukrainians freed", "Palestinians released": that side's people
    before, after = cell[: mention.start], cell[mention.end :]
    if _TO_BEFORE_RE.search(before) or _RECEIVED_AFTER_RE.match(after):
        return other, party
    if _FROM_BEFORE_RE.search(before) or _RELEASED_AFTER_RE.match(after):
        return party, other
    return None


def header(line: str, table: PartyTable, pair: list[str]) -> Header | None:
    parts = cells(line)
    if len(parts) < 3:
        return None
    columns = []
    for index, cell in enumerate(parts):
        direction = _direction(cell, table, pair)
        if direction:
            columns.append(Column(index, *direction))
    dated = [i for i, cell in enumerate(parts) if _DATE_HEADER_RE.match(cell)]
    if not columns or not dated:
        return None
    return Header(len(parts), dated[0], tuple(columns))


def _figure(cell: str) -> tuple[bool, int | None]:
    """(is a figure, its value): a number, or a figure said to be undisclosed."""
    cell = _FOOTNOTE_RE.sub("", cell.strip())
    if _UNDISCLOSED_RE.match(cell):
        return True, None
    value = digit_value(cell) if cell[:1].isdigit() else None
    return value is not None, value


def row(line: str, head: Header, published: datetime.date | None) -> Row | None:
    parts = cells(line)
    if len(parts) != head.cells:
        return None
    days = [m for m in find_dates(parts[head.date_index], published) if m.kind == "explicit"]
    if len(days) != 1 or days[0].value is None:
        return None  # "Total": no handover of its own
    figures = []
    for column in head.columns:
        is_figure, value = _figure(parts[column.index])
        if is_figure:
            figures.append((column, value))
    if not figures:
        return None
    return Row(days[0].value, days[0].guessed_year, tuple(figures))


def in_order(rows: list[Row], published: datetime.date | None) -> list[datetime.date]:
    """The rows' days, a guessed year corrected so that the table runs forward in time and
    never past publication ("3 Jan" above "31 Jan" in a January story about last year)."""
    days = [r.date for r in rows]
    for index in range(len(rows) - 1, -1, -1):
        if not rows[index].guessed_year:
            continue
        later = days[index + 1] if index + 1 < len(days) else published
        while later is not None and days[index] > later:
            try:
                days[index] = days[index].replace(year=days[index].year - 1)
            except ValueError:  # 29 February
                break
    return days
