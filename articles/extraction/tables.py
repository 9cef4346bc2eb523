"""Release tables written as text, as data desks publish them (or as trafilatura renders an
HTML table):

    Date    | To Ukraine | To Russia | Mediator
    3 Jan   | 230        | 248       | UAE
    13 Sep  | 49         | n/d       | not stated
    Total   | 1,348      | 1,266     |

A header whose cells say which side each figure column went to (or came from), then one row a
handover day. Rows without a date of their own (a total) and columns that name no direction
give nothing: a table is read only when its header says what its figures are.

Two more shapes name the sides in each row instead:

    Date        | Group | Who was freed       | No.        (the releaser per row, a count)
    No. | Name  | Released by | Flown to                   (one person a row, no date: the story's)
    Date | Other side | Freed to the US | Freed by the US  (one side fixed by the column)
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
    r"(?i)\b(?:to|into|returned\s+to|received\s+by|arrived\s+in|went\s+to|до|в|у|во|на)\s+"
    r"(?:the\s+)?$"
)
_FROM_BEFORE_RE = re.compile(
    r"(?i)\b(?:from|by|released\s+by|freed\s+by|handed\s+over\s+by|з|із|від|из|от)\s+"
    r"(?:the\s+)?$"
)
_RECEIVED_BEFORE_RE = re.compile(
    r"(?i)\b(?:received|got|отримала|отримали|получила|получили|вернула|повернула)\s+$"
)
_RECEIVED_AFTER_RE = re.compile(r"(?i)^\s+(?:received|got|gets|receives|отримала|получила)\b")
_RELEASED_AFTER_RE = re.compile(
    r"(?i)^\s+(?:released|freed|handed\s+over|gave|звільнила|передала|освободила)\b"
)
_DATE_HEADER_RE = re.compile(
    r"(?i)^(?:date|day|when|дата|день|коли|когда)(?:\s+(?:of|обміну|обмена)(?:\s+\w+)?)?$"
)
# header cells of the shapes that name the sides in each row
_RELEASER_HEADER_RE = re.compile(
    r"(?i)^(?:released\s+by|freed\s+by|handed\s+over\s+by|by|from|group|releasing\s+side"
    r"|released\s+from|хто\s+звільнив|кто\s+освободил|звідки|откуда)$"
)
_RECEIVER_HEADER_RE = re.compile(
    r"(?i)^(?:to|flown\s+to|sent\s+to|returned\s+to|received\s+by|handed\s+to|receiving\s+side"
    r"|куди|куда|кому)$"
)
_OTHER_HEADER_RE = re.compile(
    r"(?i)^(?:other\s+side|counterpart|with|partner|інша\s+сторона|другая\s+сторона)$"
)
_COUNT_HEADER_RE = re.compile(
    r"(?i)^(?:no\.?|number|count|people|persons|freed|released|how\s+many|кількість|количество"
    r"|осіб|человек)$"
)
_NAME_HEADER_RE = re.compile(
    r"(?i)^(?:names?|who|who\s+was\s+freed|person|prisoner|freed\s+person|ім['’]я|имя|прізвище"
    r"|фамилия|хто|кто)$"
)
_UNDISCLOSED_RE = re.compile(
    r"(?i)^(?:n/?d|n\.d\.|—|–|-|\?|not\s+disclosed|undisclosed|unknown|not\s+given|not\s+stated"
    r"|not\s+reported|не\s+\w+|невідомо|неизвестно|(?:кількість|количество|число)\s+не\s+\w+)$"
)
_FOOTNOTE_RE = re.compile(r"[*†‡]+$")
_FIGURE = r"\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d+"
# "1 – Trevor Reed", "10 Americans", "246 + 31 wounded" (the parts added up)
_LEADING_FIGURE_RE = re.compile(rf"^(?:{_FIGURE})(?:\s*\+\s*(?:{_FIGURE}))*(?=$|[\s,(]|[–—-])")
_PART_RE = re.compile(_FIGURE)
_BODY_ROW_RE = re.compile(r"(?i)\b(?:remains|bod(?:y|ies)|coffins?|останк\w*|тіл\w*|тел[оа]?)\b")


@dataclass(frozen=True)
class Column:
    index: int
    released_by: str | None  # None: the row's other side ("Freed to the US")
    received_by: str | None


@dataclass(frozen=True)
class Header:
    cells: int
    date_index: int | None
    columns: tuple[Column, ...]
    releaser_index: int | None = None
    receiver_index: int | None = None
    other_index: int | None = None
    count_index: int | None = None
    name_index: int | None = None

    @property
    def per_row(self) -> bool:
        """The sides are named in each row ("Released by", "Flown to")."""
        return self.releaser_index is not None or self.receiver_index is not None


@dataclass(frozen=True)
class Row:
    date: datetime.date | None  # None: no date column; the story's day
    guessed_year: bool
    # (released_by, received_by, figure): a side may be None when the row names only one
    figures: tuple[tuple[str | None, str | None, int | None], ...]
    kind: str = "release"


def cells(line: str) -> list[str]:
    return _CELL_SPLIT_RE.split(line.strip().strip("|").strip())


def _direction(
    cell: str, table: PartyTable, pair: list[str], *, open_side: bool = False
) -> tuple[str | None, str | None] | None:
    """(released_by, received_by) that a header cell names, else None. With `open_side` (the
    table has an "Other side" column), the side the cell does not name is left None."""
    found = [m for m in table.find(cell) if open_side or m.party in pair]
    # (one side, named once or more: "Ukrainians returned (Kyiv's figure)")
    if len({m.party for m in found}) != 1 or (len(pair) != 2 and not open_side):
        return None
    mention = found[0]
    party = mention.party
    other = None if open_side else pair[1] if party == pair[0] else pair[0]
    if noun_category(mention.text.lower()) == "generic":
        return other, party  # "Ukrainians freed", "Palestinians released": that side's people
    before, after = cell[: mention.start], cell[mention.end :]
    if (
        _TO_BEFORE_RE.search(before)
        or _RECEIVED_AFTER_RE.match(after)
        or _RECEIVED_BEFORE_RE.search(before)  # "Отримала Росія"
    ):
        return other, party
    if _FROM_BEFORE_RE.search(before) or _RELEASED_AFTER_RE.match(after):
        return party, other
    return None


def _first(parts: list[str], regex: re.Pattern) -> int | None:
    return next((i for i, cell in enumerate(parts) if regex.match(cell)), None)


def header(line: str, table: PartyTable, pair: list[str]) -> Header | None:
    parts = cells(line)
    if len(parts) < 3:
        return None
    releaser_index = _first(parts, _RELEASER_HEADER_RE)
    receiver_index = _first(parts, _RECEIVER_HEADER_RE)
    other_index = _first(parts, _OTHER_HEADER_RE)
    name_index = _first(parts, _NAME_HEADER_RE)
    count_index = next(
        (
            i
            for i, cell in enumerate(parts)
            # not the running number of a list of people ("No. | Name | ...")
            if _COUNT_HEADER_RE.match(cell) and not (i == 0 and name_index is not None)
        ),
        None,
    )
    per_row = {releaser_index, receiver_index, other_index, count_index, name_index} - {None}
    columns = []
    for index, cell in enumerate(parts):
        if index in per_row:
            continue
        direction = _direction(cell, table, pair, open_side=other_index is not None)
        if direction:
            columns.append(Column(index, *direction))
    dated = [i for i, cell in enumerate(parts) if _DATE_HEADER_RE.match(cell)]
    date_index = dated[0] if dated else None
    if releaser_index is not None or receiver_index is not None:
        if count_index is None and name_index is None:
            return None  # sides but no figure: "Date | Released by | Mediator"
        return Header(
            len(parts),
            date_index,
            (),
            releaser_index,
            receiver_index,
            None,
            count_index,
            name_index,
        )
    if not columns or date_index is None:
        return None
    return Header(len(parts), date_index, tuple(columns), other_index=other_index)


def _figure(cell: str) -> tuple[bool, int | None]:
    """(is a figure, its value): a number ("1 – Trevor Reed", "10 Americans"), or a figure said
    to be undisclosed."""
    cell = _FOOTNOTE_RE.sub("", cell.strip())
    if _UNDISCLOSED_RE.match(cell):
        return True, None
    leading = _LEADING_FIGURE_RE.match(cell)
    if not leading:
        return False, None
    parts = [digit_value(part) for part in _PART_RE.findall(leading.group())]
    if None in parts:
        return False, None
    return True, sum(parts)


def _party(cell: str, table: PartyTable) -> str | None:
    found = {m.party for m in table.find(cell)}
    return found.pop() if len(found) == 1 else None


def row(
    line: str, head: Header, published: datetime.date | None, table: PartyTable | None = None
) -> Row | None:
    parts = cells(line)
    if len(parts) != head.cells:
        return None
    day, guessed = None, False
    if head.date_index is not None:
        days = [m for m in find_dates(parts[head.date_index], published) if m.kind == "explicit"]
        if len(days) != 1 or days[0].value is None:
            return None  # "Total": no handover of its own
        day, guessed = days[0].value, days[0].guessed_year
    # remains in the row's own cells ("REMAINS of police officer X"), not in a notes column
    # ("Same day, Kyiv received the bodies of 212 soldiers")
    own = {
        head.name_index,
        head.count_index,
        head.releaser_index,
        head.receiver_index,
        *(column.index for column in head.columns),
    } - {None}
    kind = "body" if any(_BODY_ROW_RE.search(parts[i]) for i in own) else "release"
    if head.per_row:
        if table is None:
            return None
        released_by = (
            _party(parts[head.releaser_index], table) if head.releaser_index is not None else None
        )
        received_by = (
            _party(parts[head.receiver_index], table) if head.receiver_index is not None else None
        )
        if released_by is None and received_by is None:
            return None
        named = head.name_index is not None and parts[head.name_index].strip(" -–—")
        value: int | None = None
        if head.count_index is not None:
            is_figure, value = _figure(parts[head.count_index])
            if not is_figure or (value is None and named and kind == "body"):
                if not named:
                    return None
                value = 1  # "REMAINS of police officer X | -": one person, by name
        elif named:
            value = 1  # one person a row
        else:
            return None
        return Row(day, guessed, ((released_by, received_by, value),), kind)
    if day is None:
        return None
    other = (
        _party(parts[head.other_index], table)
        if head.other_index is not None and table is not None
        else None
    )
    figures = []
    for column in head.columns:
        is_figure, value = _figure(parts[column.index])
        released_by, received_by = column.released_by or other, column.received_by or other
        if is_figure and released_by and received_by and released_by != received_by:
            figures.append((released_by, received_by, value))
    if not figures:
        return None
    return Row(day, guessed, tuple(figures), kind)


def in_order(rows: list[Row], published: datetime.date | None) -> list[datetime.date | None]:
    """The rows' days, a guessed year corrected so that the table runs forward in time and
    never past publication ("3 Jan" above "31 Jan" in a January story about last year)."""
    days = [r.date for r in rows]
    for index in range(len(rows) - 1, -1, -1):
        if not rows[index].guessed_year or days[index] is None:
            continue
        later = next((d for d in days[index + 1 :] if d is not None), published)
        while later is not None and days[index] > later:
            try:
                days[index] = days[index].replace(year=days[index].year - 1)
            except ValueError:  # 29 February
                break
    return days


# A list whose legend says what its two figures are:
#
#     The first figure is how many came home to Ukraine; the second, how many Russia received.
#     • 3 January — 230 / 248.
#     • 13 September — 49 / not disclosed.
_LEGEND_HINT_RE = re.compile(
    r"(?i)\b(?:перша|первая|first)\s+(?:цифра|число|figure|number)\b"
    r"|\b(?:перше|первое)\s+число\b"
)
_LEGEND_SECOND_RE = re.compile(r"(?i)\b(?:друга|другая|вторая|second|друге|второе)\b")
_SLASH_ROW_RE = re.compile(
    r"^\s*(?:[•·*▪-]\s*)?(?P<date>[^—–/:|]{3,30}?)\s*[—–:-]\s+(?P<a>[^/]{1,80}?)\s*/\s*"
    r"(?P<b>[^/.;]{1,60})"
)


def slash_legend(text: str, table: PartyTable, pair: list[str]) -> tuple | None:
    """The two directions a list's legend gives its first and second figures, else None."""
    low = text.lower()
    if not ("цифр" in low or "figure" in low or "number" in low or "число" in low):
        return None
    if not _LEGEND_HINT_RE.search(text):
        return None
    second = _LEGEND_SECOND_RE.search(text, _LEGEND_HINT_RE.search(text).end())
    if second is None:
        return None
    first_half, second_half = text[: second.start()], text[second.start() :]
    directions = (_direction(first_half, table, pair), _direction(second_half, table, pair))
    if None in directions or directions[0] == directions[1]:
        return None
    return directions


def slash_row(text: str, legend: tuple, published: datetime.date | None) -> Row | None:
    """ "• 3 січня — 230 (224 військових і 6 цивільних) / 248.": a row, as a table's."""
    row = _SLASH_ROW_RE.match(text)
    if row is None:
        return None
    days = [m for m in find_dates(row.group("date"), published) if m.kind == "explicit"]
    if len(days) != 1 or days[0].value is None:
        return None
    figures = []
    for direction, cell in zip(legend, (row.group("a"), row.group("b")), strict=True):
        is_figure, value = _figure(cell)  # a number, or a figure said to be untold
        if not is_figure:
            return None
        figures.append((*direction, value))
    return Row(days[0].value, days[0].guessed_year, tuple(figures))
