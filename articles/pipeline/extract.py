"""The bridge from a stored Source to the pure extraction package: plain data in, plain data out."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


class ExtractionFailed(Exception):
    """The article could not be parsed; the message is recorded on the Source."""


@dataclass(frozen=True)
class Item:
    date: datetime.date | None
    released_by: str | None
    received_by: str | None
    count: int | None
    categories: dict[str, int] = field(default_factory=dict)
    evidence: list[dict] = field(default_factory=list)
    alternatives: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Agreement:
    parties: list[str]
    target_per_side: int | None
    agreed_on: datetime.date | None
    venue: str | None
    evidence: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    text: str
    title: str | None
    language: str | None
    published: datetime.date | None
    releases: list[Item]
    bodies: list[Item]
    agreement: Agreement | None


def _engine():
    from articles import extraction  # imported on use: the engine is heavy (trafilatura)

    return extraction


def parser_version() -> str:
    return str(_engine().PARSER_VERSION)


def guess_content_type(content: str) -> str:
    head = content.lstrip()[:1000].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text"


def _date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def _item(data: dict) -> Item:
    return Item(
        date=_date(data.get("date")),
        released_by=data.get("released_by"),
        received_by=data.get("received_by"),
        count=data.get("count"),
        categories=dict(data.get("categories") or {}),
        evidence=[
            {"quote": e["quote"], "start": int(e["start"]), "end": int(e["end"])}
            for e in data.get("evidence") or []
        ],
        alternatives=list(data.get("alternatives") or []),
    )


def run(source) -> Result:
    """Extract a source's stored raw content."""
    try:
        result = _engine().extract(
            source.raw_content,
            published=source.published_on,
            content_type=source.content_type,
        )
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise ExtractionFailed(f"{exc.__class__.__name__}: {exc}") from exc
    data = result.to_dict()
    if data.get("error"):
        raise ExtractionFailed(str(data["error"]))
    agreement = data.get("agreement")
    return Result(
        text=result.text or "",
        title=getattr(result, "title", None),
        language=data.get("language"),
        published=_date(data.get("published")),
        releases=[_item(r) for r in data.get("releases") or []],
        bodies=[_item(b) for b in data.get("bodies") or []],
        agreement=Agreement(
            parties=list(agreement.get("parties") or []),
            target_per_side=agreement.get("target_per_side"),
            agreed_on=_date(agreement.get("agreed_on")),
            venue=agreement.get("venue"),
            evidence=list(agreement.get("evidence") or []),
        )
        if agreement
        else None,
    )
