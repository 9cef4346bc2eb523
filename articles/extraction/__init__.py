"""Article extraction engine: a news article in, sourced prisoner-exchange figures out.

Pure and deterministic: no Django, no database, no network. One entry point:

    extract(content, *, published=None, content_type=None, parties=None) -> ExtractionResult

Stages, each testable alone: `text` (HTML/plain text to main text and publication date),
`sentences` (offsets kept), `numbers`, `dates`, `parties` (injectable alias table),
`analysis` (one sentence), `claims` (directed, dated mentions), `tables` (release tables
written as text, read by `claims`), `merge` (releases and bodies), `agreement` (the governing
deal).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .agreement import AgreementFound, find_agreement
from .analysis import analyse
from .claims import Walker
from .fastre import new_document
from .merge import Handover, merge
from .parties import PartyTable, default_table
from .sentences import split
from .text import InputError, load

__all__ = [
    "PARSER_VERSION",
    "Agreement",
    "ExtractionResult",
    "Figure",
    "InputError",
    "PartyTable",
    "extract",
]

PARSER_VERSION = "2025.12-9"


@dataclass
class Figure:
    """One release (or one transfer of bodies): a handover in one direction on one date."""

    date: datetime.date | None
    released_by: str
    received_by: str
    count: int | None
    categories: dict[str, int] = field(default_factory=dict)
    alternatives: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "date": self.date.isoformat() if self.date else None,
            "released_by": self.released_by,
            "received_by": self.received_by,
            "count": self.count,
            "categories": dict(self.categories),
            "alternatives": [dict(a) for a in self.alternatives],
            "evidence": [dict(e) for e in self.evidence],
        }


@dataclass
class Agreement:
    parties: list[str]
    target_per_side: int | None
    agreed_on: datetime.date | None
    venue: str | None
    evidence: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "parties": list(self.parties),
            "target_per_side": self.target_per_side,
            "agreed_on": self.agreed_on.isoformat() if self.agreed_on else None,
            "venue": self.venue,
            "evidence": [dict(e) for e in self.evidence],
        }


@dataclass
class ExtractionResult:
    published: datetime.date | None
    language: str | None
    title: str | None
    text: str
    releases: list[Figure] = field(default_factory=list)
    bodies: list[Figure] = field(default_factory=list)
    agreement: Agreement | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        data = {
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "title": self.title,
            "releases": [r.to_dict() for r in self.releases],
            "bodies": [b.to_dict() for b in self.bodies],
            "agreement": self.agreement.to_dict() if self.agreement else None,
            "warnings": list(self.warnings),
            "parser_version": PARSER_VERSION,
        }
        if self.error:
            data["error"] = self.error
        return data


# Complements of the character classes counted: deleting runs of the rest is faster than
# listing every match.
_NOT_CYRILLIC_RE = re.compile(r"[^\u0400-\u04ff]+")
_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_NOT_UK_RE = re.compile(r"[^іїєґІЇЄҐ]+")
_NOT_RU_RE = re.compile(r"[^ыэъёЫЭЪЁ]+")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")


def _count(complement: re.Pattern, text: str) -> int:
    """How many characters of `text` are not matched by `complement`."""
    return len(complement.sub("", text))


def detect_language(text: str) -> str | None:
    sample = text[:20000]
    if sample.isascii():  # no Cyrillic at all: English as soon as there is one letter
        return "en" if _ASCII_LETTER_RE.search(sample) else None
    cyrillic = _count(_NOT_CYRILLIC_RE, sample)
    if not cyrillic:  # curly quotes or dashes, no Cyrillic: English as soon as there is a letter
        return "en" if _LETTER_RE.search(sample) else None
    letters = _count(_NOT_LETTERS_RE, sample)
    if not letters:
        return None
    if cyrillic < letters * 0.3:
        return "en"
    return "uk" if _count(_NOT_UK_RE, sample) >= _count(_NOT_RU_RE, sample) else "ru"


def _evidence(text: str, spans) -> list[dict]:
    return [{"quote": text[start:end], "start": start, "end": end} for start, end in spans]


def _figure(handover: Handover, text: str) -> Figure:
    return Figure(
        date=handover.date,
        released_by=handover.released_by,
        received_by=handover.received_by,
        count=handover.count,
        categories=handover.categories,
        alternatives=handover.alternatives,
        evidence=_evidence(text, handover.evidence),
    )


def _agreement(found: AgreementFound | None, text: str) -> Agreement | None:
    if found is None:
        return None
    return Agreement(
        parties=found.parties,
        target_per_side=found.target_per_side,
        agreed_on=found.agreed_on,
        venue=found.venue,
        evidence=_evidence(text, found.evidence),
    )


def extract(
    content: str | bytes,
    *,
    published: datetime.date | None = None,
    content_type: str | None = None,
    parties: PartyTable | None = None,
) -> ExtractionResult:
    """Parse one article. Bad input gives a result with `error` set, never an exception."""
    try:
        document = load(content, published=published, content_type=content_type)
    except InputError as exc:
        return ExtractionResult(published, None, None, "", error=str(exc), warnings=[str(exc)])
    table = parties or default_table()
    new_document()
    sentences = split(document.text, document.title_span)
    infos = [analyse(s, i, table, document.published) for i, s in enumerate(sentences)]
    language = detect_language(document.text)
    # A Ukrainian-language story is told from Ukraine: its "came home from captivity" is home
    # to Ukraine. Russian is written on both sides: a Russian-language story is told from the
    # side whose people it first reports coming back. English is written everywhere.
    home = {"uk": "Ukraine", "ru": Walker.FIRST_RECEIVER}.get(language or "")
    walker = Walker(infos, document.published, table, home)
    for info in infos:
        walker.visit(info)
    walker.finish()
    handovers = merge(walker.claims.mentions, walker.claims.notes)
    text = document.text
    return ExtractionResult(
        published=document.published,
        language=language,
        title=document.title,
        text=text,
        releases=[_figure(h, text) for h in handovers if h.kind == "release"],
        bodies=[_figure(h, text) for h in handovers if h.kind == "body"],
        agreement=_agreement(
            find_agreement(
                infos,
                walker,
                frozenset(h.date for h in handovers if h.kind == "release"),
                # the handovers' figures and the parts they were told in ("246 ... and 31
                # wounded on top": "246 на 246" in the headline is that swap's first part)
                frozenset(h.count for h in handovers if h.kind == "release" and h.count)
                | frozenset(m.figure() for m in walker.claims.mentions if m.kind == "release"),
            ),
            text,
        ),
        warnings=document.warnings + walker.claims.warnings,
    )
