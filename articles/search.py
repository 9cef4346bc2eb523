"""The public search form and the excerpt shown for a matching article, escaped piece by piece."""

import re

from django import forms
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

EXCERPT_RADIUS = 90


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search exchanges, parties and articles",
        min_length=2,
        max_length=100,
        strip=True,
        error_messages={
            "required": "Type at least two characters to search.",
            "min_length": "Type at least two characters to search.",
            "max_length": "Keep the search under 100 characters.",
        },
    )


def excerpt(text: str, term: str) -> SafeString:
    """The text around the first occurrence of `term`, with the term marked; escaped."""
    text = text or ""
    found = re.search(re.escape(term), text, re.IGNORECASE)
    if found is None:
        return escape(text[: 2 * EXCERPT_RADIUS] + ("…" if len(text) > 2 * EXCERPT_RADIUS else ""))
    at, after = found.span()
    start, end = max(at - EXCERPT_RADIUS, 0), min(after + EXCERPT_RADIUS, len(text))
    return mark_safe(  # each piece is escaped or built by format_html
        ("…" if start else "")
        + escape(text[start:at])
        + format_html("<mark>{}</mark>", text[at:after])
        + escape(text[after:end])
        + ("…" if end < len(text) else "")
    )
