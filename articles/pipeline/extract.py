"""The bridge from a stored Source to the pure extraction package."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articles.extraction import ExtractionResult as Result


class ExtractionFailed(Exception):
    """The article could not be parsed; the message is recorded on the Source."""


def _engine():
    from articles import extraction  # imported on use: the engine is heavy (trafilatura)

    return extraction


def parser_version() -> str:
    return str(_engine().PARSER_VERSION)


def guess_content_type(content: str) -> str:
    head = content.lstrip()[:1000].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text"


def run(source) -> Result:
    """Extract a source's stored raw content: the engine's result (dated, typed figures with
    their evidence), or ExtractionFailed with the reason."""
    try:
        result = _engine().extract(
            source.raw_content,
            published=source.published_on,
            content_type=source.content_type,
        )
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise ExtractionFailed(f"{exc.__class__.__name__}: {exc}") from exc
    if result.error:
        raise ExtractionFailed(str(result.error))
    return result
