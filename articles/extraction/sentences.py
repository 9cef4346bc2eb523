"""Sentence splitting that keeps character offsets into the article text.

Every line is a paragraph. A line ending with ":" followed by bullet lines is one unit (the
bullets complete its sentence). Short lines without final punctuation are headings
("What happened yesterday"), which set the date context of what follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import FURNITURE_RE, UPPER

_BOUNDARY_RE = re.compile(rf"[.!?]+[\"'»”’)\]]*\s+(?=[\"'«“(\[]?[{UPPER}0-9])")
_ABBREVIATIONS = {
    "u.s",
    "u.k",
    "u.n",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "p.m",
    "a.m",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "gov",
    "sen",
    "rep",
    "jr",
    "sr",
    "approx",
    "ім",
    "ул",
    "г",
    "гг",
    "т.ч",
    "т.д",
    "др",
    "п",
}
_BULLET_RE = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")
_END_PUNCT = ".!?:;\"'»”’)]…"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False
    is_heading: bool = False
    is_furniture: bool = False


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _BOUNDARY_RE.finditer(line):
        before = line[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        end = match.end()
        piece = line[start:end].rstrip()
        if piece:
            spans.append((offset + start, offset + start + len(piece)))
        start = end
    piece = line[start:].rstrip()
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, offset + start + len(piece)))
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    out, position = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append((position + lead, raw.strip()))
        position += len(raw) + 1
    return out


_STAMP_RE = re.compile(
    r"(?i)\s*(?:posted|updated|last\s+updated|published|first\s+published|оновлено|обновлено"
    r"|опубліковано|опубликовано)\b"
)
_DIGIT_RE = re.compile(r"\d")
_DATE_ONLY_RE = re.compile(
    r"(?i)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-zа-яіїєґ]{3,10}\.?\s+\d{4}(?:\s*р\.?|\s*г\.?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*"
)
_CLOCK_RE = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:])")


_DATED_BULLET_RE = re.compile(
    r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s+(?:On|In|By|Since|У|В|Во|З|С)\s", re.I
)


# A line that opens on a full date ("21 сентября 2022 года", "3 January 2024", "May 6, 2023"),
# as chronologies write their sections and entries
DATE_OPENING = (
    r"^(?:\d{1,2}\s+[^\W\d_]{3,12}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    r"(?:\s+(?:года|року|г\.|р\.))?"
)
# "21 сентября 2022 года: «обмен Медведчука»": a dated section heading, whatever its last
# character (not "3 листопада 2022 року — обмін «107 на 107»", an entry: `claims`)
_DATED_HEADING_RE = re.compile(rf"{DATE_OPENING}\s*:\s")


_DATE_IN_BRACKETS_END_RE = re.compile(
    r"\([^()]*\b(?:19|20)\d\d\)$"
)  # "Griner for Bout (December 8, 2022)"


def _is_heading(line: str) -> bool:
    if (_DATED_HEADING_RE.match(line) or _DATE_IN_BRACKETS_END_RE.search(line)) and len(
        line.split()
    ) <= 12:
        return True
    if bullet := _BULLET_RE.match(line):
        # "1. PRISONERS: 175 EACH, PLUS 22 WOUNDED": a numbered section heading in capitals
        letters = [c for c in line[bullet.end() :] if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line.split()) <= 12
    return line[-1] not in _END_PUNCT and len(line.split()) <= 10


# "By Dennis Kowalczyk, Staff Writer", "By Bayou City Tribune staff | Photo: ...": a byline
# (but not "By Friday, 390 had been freed": no date word after "By", no digits, short)
_BYLINE_RE = re.compile(
    r"(?:By|BY|Від|Автор:?)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|the|then|now|late|early|mid|noon|midday|evening|morning|night)\b)"
    r"[A-ZА-ЯІЇЄҐ][\w.'’-]*(?:,?\s+[\w.'’-]+){0,5}\s*(?:\||$)"
)


_SENTENCE_BULLET_RE = re.compile(r"^\s*[-•*–—]\s+.{60,}[.!?]\s*$")


def _is_byline(line: str) -> bool:
    return (
        len(line) <= 200
        and _BYLINE_RE.match(line.strip()) is not None
        and not _DIGIT_RE.search(line.split("|", 1)[0])
    )


def split(text: str, title_span: tuple[int, int] | None = None) -> list[Sentence]:
    sentences: list[Sentence] = []
    lines = _lines(text)
    index = 0
    paragraph = 0
    prose_seen = False
    while index < len(lines):
        start, line = lines[index]
        is_title = title_span is not None and start <= title_span[0] < start + len(line) + 1
        furniture = (
            bool(FURNITURE_RE.match(line))
            or line.count("|") >= 2
            or line.count("·") >= 2  # "Сеймский вестник · Общество · 3 октября 2025"
            or _is_byline(line)
        )
        # a title, and a table's row ("21 | Pavel Rubtsov | a.k.a. Pablo Gonzalez | Poland"),
        # are one sentence whatever their full stops
        whole = is_title or line.count("|") >= 3
        spans = [(start, start + len(line))] if whole else _split_line(line, start)
        # "Returning home:" followed by bullets is one sentence.
        if (
            spans
            and line.endswith(":")
            and index + 1 < len(lines)
            and _BULLET_RE.match(lines[index + 1][1])
            # "Background:\n- On 15 January, ..." bullets are sentences of their own
            and not _DATED_BULLET_RE.match(lines[index + 1][1])
            # and so are bullets that are whole sentences ("- On Friday, 390 Ukrainians came
            # home, 270 servicemen and 120 civilians. Russia's defence ministry said ...")
            and not _SENTENCE_BULLET_RE.match(lines[index + 1][1])
        ):
            last_start = spans[-1][0]
            while index + 1 < len(lines) and _BULLET_RE.match(lines[index + 1][1]):
                index += 1
            bullet_start, bullet_line = lines[index]
            spans[-1] = (last_start, bullet_start + len(bullet_line))
        heading = not is_title and _is_heading(line)
        if heading and (
            (len(line) <= 60 and _CLOCK_RE.search(line))
            or (len(line) <= 120 and _STAMP_RE.match(line) and _DIGIT_RE.search(line))
            # "Thursday, June 30, 2022" under a byline; after prose, a date alone heads a
            # chronology's entry ("SEPTEMBER 21, 2022")
            or (_DATE_ONLY_RE.fullmatch(line) and not prose_seen)
        ):
            furniture = True  # "31 декабря 2024, 09:40", "Posted Sun 5 Feb 2023 at 6:41am"
        prose_seen = prose_seen or not (is_title or heading or furniture)
        for span_start, span_end in spans:
            sentences.append(
                Sentence(
                    span_start,
                    span_end,
                    text[span_start:span_end],
                    paragraph,
                    is_title=is_title,
                    is_heading=heading,
                    is_furniture=furniture,
                )
            )
        paragraph += 1
        index += 1
    return sentences
