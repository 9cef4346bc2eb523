"""Case-insensitive patterns that run case-sensitively on lowercased text.

Python's `re` is three to four times slower with IGNORECASE: every character of the subject is
case-folded at every position the pattern is tried. A `Cue` compiles its pattern twice, as
given (case-insensitive) and with its literals lowercased (case-sensitive), and runs the second
one on `text.lower()` whenever lowercasing is exact for that text: every character is ASCII,
basic Cyrillic or common punctuation, where `str.lower()` maps one character to one and agrees
with the case folding `re` uses. Offsets are then identical; other text gets the original
pattern. Matches found this way carry the lowercased text: use their offsets, or lowercase
what they return, never quote them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

# Characters whose lowercase form is one character with the same case-insensitive identity
# (no Kelvin sign, long s, dotted I, micro sign, Cyrillic small rounded ve, ...).
_UNSAFE_RE = re.compile(
    r"[^\x00-\x7f\u00a0-\u00b4\u00b6-\u00bf\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u00fe"
    r"\u02bc\u0400-\u045f\u0490\u0491\u2000-\u206f\u20ac\u2116]"
)
_PIECE_RE = re.compile(r"\\.|\(\?P<[^>]*>|\(\?P=[^)]*\)|.", re.S)


@lru_cache(maxsize=32)  # recent strings: one sentence and its pieces
def lowered(text: str) -> str | None:
    """`text.lower()` when it is exact for case-insensitive matching, else None."""
    if text.isascii() or _UNSAFE_RE.search(text) is None:
        return text.lower()
    return None


def _lower_pattern(pattern: str) -> str:
    if "(?-i" in pattern or "(?i" in pattern:
        raise ValueError("inline case flags cannot be lowered")
    return "".join(
        piece if len(piece) > 1 else piece.lower() for piece in _PIECE_RE.findall(pattern)
    )


class Cue:
    """A compiled case-insensitive pattern with the `re.Pattern` methods the engine uses."""

    __slots__ = ("original", "fast", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        if lowered(pattern) is None:  # a literal outside the safe alphabet: no shortcut
            self.fast = self.original
        else:
            self.fast = re.compile(_lower_pattern(pattern), flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        low = lowered(text)
        if low is None:
            return self.original.search(text, pos, endpos)
        return self.fast.search(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        low = lowered(text)
        if low is None:
            return self.original.match(text, pos, endpos)
        return self.fast.match(low, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        low = lowered(text)
        if low is None:
            return self.original.finditer(text, pos, endpos)
        return self.fast.finditer(low, pos, endpos)

    def findall(self, text: str) -> list:
        low = lowered(text)
        return self.original.findall(text) if low is None else self.fast.findall(low)

    def split(self, text: str) -> list[str]:
        low = lowered(text)
        return self.original.split(text) if low is None else self.fast.split(low)


class CueWithExact:
    """A `Cue` or an exact-case pattern, for yes/no searches ("may" the verb, not "May")."""

    __slots__ = ("cue", "exact", "pattern")

    def __init__(self, cue: Cue, exact: str):
        self.cue = cue
        self.exact = re.compile(exact)
        self.pattern = cue.pattern

    def search(self, text: str) -> re.Match | None:
        return self.cue.search(text) or self.exact.search(text)
