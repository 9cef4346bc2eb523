"""An article's extracted text with the claimed sentences marked, built safely.

Used by the admin (`highlight(text, spans)`) and by the public source page (`claim_spans` first).
Every text segment goes through `escape`; markup is only ever assembled with `format_html` around
escaped pieces. Offsets come from the parser and may be wrong: out-of-range spans are clipped or
dropped, and overlapping spans are trimmed so that marks never nest.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# (start, end, anchor id) — the id becomes <mark id="...">, e.g. "claim-12".
Span = tuple[int, int, str]


def _clean(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans clipped to the text, in text order, trimmed so that none overlaps the one before."""
    clipped = []
    for start, end, anchor in spans:
        if start is None or end is None:
            continue
        start, end = max(int(start), 0), min(int(end), len(text))
        if start < end:
            clipped.append((start, end, anchor))
    result: list[Span] = []
    for start, end, anchor in sorted(clipped, key=lambda s: (s[0], -s[1], str(s[2]))):
        start = max(start, result[-1][1]) if result else start
        if start < end:
            result.append((start, end, anchor))
    return result


def highlight(text: str, spans: Iterable[Span]) -> SafeString:
    """`text` escaped, with each usable span wrapped in <mark id="anchor">."""
    text = text or ""
    pieces, cursor = [], 0
    for start, end, anchor in _clean(text, spans):
        pieces.append(escape(text[cursor:start]))
        pieces.append(format_html('<mark id="{}">{}</mark>', anchor, text[start:end]))
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # every piece above is escaped or built by format_html


def _located(text: str, claim) -> tuple[int, int]:
    """The claim's span; when the text there is not its quote, where the quote actually is."""
    start, end, quote = claim.quote_start, claim.quote_end, claim.quote or ""
    if quote and text[start:end] != quote:
        found = text.find(quote)
        if found >= 0:
            return found, found + len(quote)
    return start, end


def claim_spans(text: str, claims) -> tuple[list[Span], set[int]]:
    """Spans (anchored "claim-<pk>") for `highlight`, and the ids of claims left without a mark
    (offsets outside the text, or inside another claim's span)."""
    text = text or ""
    spans = _clean(text, [(*_located(text, claim), f"claim-{claim.pk}") for claim in claims])
    marked = {anchor for _, _, anchor in spans}
    return spans, {claim.pk for claim in claims if f"claim-{claim.pk}" not in marked}
