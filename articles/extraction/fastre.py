"""Case-insensitive patterns that run case-sensitively on lowercased text.

Python's `re` is three to four times slower with IGNORECASE: every character of the subject is
case-folded at every position the pattern is tried. A `Cue` compiles its pattern twice, as
given (case-insensitive) and with its literals lowercased (case-sensitive), and runs the second
one on `text.lower()` whenever lowercasing is exact for that text: every character is ASCII,
basic Cyrillic or common punctuation, where `str.lower()` maps one character to one and agrees
with the case folding `re` uses. Offsets are then identical; other text gets the original
pattern. Matches found this way carry the lowercased text: use their offsets, or lowercase
what they return, never quote them.

A pattern that starts with a word boundary and literal word characters ("\\b(?:freed|released)")
cannot match a text none of whose words begins with one of those literals; a long text whose
words are listed once (their first one to three characters) skips such a pattern for the cost
of a set intersection.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from re import _constants as sre_constants
from re import _parser as sre_parser

# Characters whose lowercase form is one character with the same case-insensitive identity
# (no Kelvin sign, long s, dotted I, micro sign, Cyrillic small rounded ve, ...).
_UNSAFE_RE = re.compile(
    r"[^\x00-\x7f\u00a0-\u00b4\u00b6-\u00bf\u00c0-\u00d6\u00d8-\u00de\u00e0-\u00f6\u00f8-\u00fe"
    r"\u02bc\u0400-\u045f\u0490\u0491\u2000-\u206f\u20ac\u2116]"
)
_PIECE_RE = re.compile(r"\\.|\(\?P<[^>]*>|\(\?P=[^)]*\)|.", re.S)


# Per-document memos: the same sentence and its clauses are searched by dozens of cues, in the
# analysis of every sentence and again when the walker visits it (a memo of the last few
# strings forgot a sentence between the two). `new_document` empties them, so nothing is kept
# from one article to the next; a very long article is capped.
_MEMO_CAP = 4096


def new_document() -> None:
    """Forget the strings of the article before."""
    lowered.cache_clear()
    word_starts.cache_clear()


@lru_cache(maxsize=_MEMO_CAP)
def lowered(text: str) -> str | None:
    """`text.lower()` when it is exact for case-insensitive matching, else None."""
    if text.isascii() or _UNSAFE_RE.search(text) is None:
        return text.lower()
    return None


_WORD_CHAR_RE = re.compile(r"\w")
_WORD_RUN_RE = re.compile(r"\w+")
_GATE_MIN_CHARS = 60  # shorter text: the regex costs less than listing its words
_GATE_PREFIX = 3
_GATE_MAX_CLASS = 8


_FIRST_THREE, _FIRST_TWO, _FIRST = (itemgetter(slice(n)) for n in (_GATE_PREFIX, 2, 1))


@lru_cache(maxsize=_MEMO_CAP)
def word_starts(low: str) -> frozenset[str]:
    """The first one, two and three characters of every word (a `\\w+` run) of `low`."""
    words = _WORD_RUN_RE.findall(low)
    # `map` with an item getter slices in C: this runs once per sentence and clause
    return frozenset([*map(_FIRST_THREE, words), *map(_FIRST_TWO, words), *map(_FIRST, words)])


def _repeat_options(av, rest: list) -> list[list]:
    low, high, body = av
    with_body = list(body) + rest if high == 1 else list(body)  # a repeated body ends the scan
    return [with_body, rest] if low == 0 else [with_body]


def _union(options: list, scan) -> set[str] | None:
    found: set[str] = set()
    for option in options:
        starts = scan(option)
        if starts is None:
            return None
        found |= starts
    return found


def _after_boundary(items: list, acc: str) -> set[str] | None:
    """Word beginnings (up to three characters) a match may start with after a word boundary."""
    stop = {acc} if acc else None
    if len(acc) == _GATE_PREFIX or not items:
        return stop
    (op, av), rest = items[0], list(items[1:])
    if op is sre_constants.LITERAL:
        char = chr(av)
        return _after_boundary(rest, acc + char) if _WORD_CHAR_RE.match(char) else stop
    if op is sre_constants.IN:
        chars = [chr(value) for kind, value in av if kind is sre_constants.LITERAL]
        if len(chars) != len(av) or len(chars) > _GATE_MAX_CLASS:
            return stop
        if not chars or not all(_WORD_CHAR_RE.match(char) for char in chars):
            return stop
        found: set[str] = set()
        for char in chars:  # never None: the character itself is a beginning
            found |= _after_boundary(rest, acc + char)
        return found
    if op is sre_constants.SUBPATTERN:
        return _after_boundary(list(av[-1]) + rest, acc)
    if op is sre_constants.BRANCH:
        return _union([list(alt) + rest for alt in av[1]], lambda seq: _after_boundary(seq, acc))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        options = _repeat_options(av, rest)
        return _union(options, lambda seq: _after_boundary(seq, acc))
    if op is sre_constants.AT and av is sre_constants.AT_BOUNDARY:
        return _after_boundary(rest, acc)
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) and not acc:
        return _after_boundary(rest, acc)  # "\b(?<!fire\s)exchange": a look consumes nothing
    return stop


def _is_word_lookbehind(av) -> bool:
    direction, body = av
    return direction == -1 and list(body) == [
        (sre_constants.IN, [(sre_constants.CATEGORY, sre_constants.CATEGORY_WORD)])
    ]


def _before_boundary(items: list) -> set[str] | None:
    """Find the word boundary every match starts with, then the word beginnings after it."""
    if not items:
        return None
    (op, av), rest = items[0], list(items[1:])
    if op is sre_constants.AT and av is sre_constants.AT_BOUNDARY:
        return _after_boundary(rest, "")
    if op is sre_constants.ASSERT_NOT and _is_word_lookbehind(av):
        return _after_boundary(rest, "")
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        # "(?<!fire\s)\bexchange": a look that consumes nothing moves no match's first word
        return _before_boundary(rest)
    if op is sre_constants.SUBPATTERN:
        return _before_boundary(list(av[-1]) + rest)
    if op is sre_constants.BRANCH:
        return _union([list(alt) + rest for alt in av[1]], _before_boundary)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return _union(_repeat_options(av, rest), _before_boundary)
    return None


def match_starts(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Word beginnings of which every match's first word has one, when the pattern starts with
    a word boundary (or `(?<!\\w)`) and literal word characters; None when it does not."""
    starts = _before_boundary(list(sre_parser.parse(pattern, flags)))
    return frozenset(starts) if starts else None


def _lower_pattern(pattern: str) -> str:
    if "(?-i" in pattern or "(?i" in pattern:
        raise ValueError("inline case flags cannot be lowered")
    return "".join(
        piece if len(piece) > 1 else piece.lower() for piece in _PIECE_RE.findall(pattern)
    )


# Python's `re` tries the alternatives of a group one after the other wherever the group is
# reached: a cue listing sixty words ("\b(?:will|would|shall|...)") makes sixty tests at every
# word boundary of every sentence. Grouping the alternatives that begin with the same literal
# character ("w(?:ill|ould)|shall") lets one comparison skip a whole group. The matches stay
# the same: alternatives that begin with different characters cannot match at one position,
# the others keep their order, and no group that captures is moved (its number would change).
_SYNTAX_RE = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|0[0-7]{0,2}|[1-9]\d?|.)"
    r"|\[\^?\]?(?:\\.|[^\]])*\]"  # an escape; a character class
    r"|\(\?P<[^>]*>|\(\?P=[^)]*\)|\(\?(?:[:=!]|<=|<!)|[()|]"  # groups and alternation
    r"|\{\d*(?:,\d*)?\}\??|[*+?]\??"  # quantifiers
    r"|.",
    re.S,
)
_QUANTIFIER_RE = re.compile(r"\{\d*(?:,\d*)?\}\??|[*+?]\??")
_UNKNOWN_GROUP_RE = re.compile(r"\(\?(?![:=!]|<=|<!|P<|P=)")
_NOT_LITERAL = frozenset(".^$*+?{}[]()|\\")
_MAX_MULTIPLIED = 12  # alternatives of an opening group written out one by one
# an escape, a character class, or any one character, with no quantifier: it matches one way
_ONE_WAY_ATOM_RE = re.compile(
    r"\\(?:x..|u....|U.{8}|N\{[^}]*\}|0[0-7]{0,2}|[1-9]\d?|.)|\[.*\]|[^\\\[]", re.S
)


@dataclass
class _Group:
    opener: str  # "(", "(?:", "(?P<name>", "(?=", ...
    alternatives: list[list]  # each a sequence of items: strings (atoms) and _Groups
    quantifier: str = ""

    def captures(self) -> bool:
        return self.opener == "(" or self.opener.startswith("(?P<") or _captures(self.alternatives)


def _captures(alternatives: list[list]) -> bool:
    return any(
        item.captures() if isinstance(item, _Group) else item.startswith("(?P=")
        for sequence in alternatives
        for item in sequence
    )


def _parse_alternatives(tokens: list[str], index: int) -> tuple[list[list], int]:
    """The alternatives from tokens[index] up to the ")" that closes them (or the end)."""
    alternatives: list[list] = [[]]
    while index < len(tokens) and tokens[index] != ")":
        token = tokens[index]
        index += 1
        if token == "|":
            alternatives.append([])
            continue
        if token.startswith("(") and not token.startswith("(?P="):
            inner, index = _parse_alternatives(tokens, index)
            item: str | _Group = _Group(token, inner)
            index += 1  # the ")"
        else:
            item = token
        if index < len(tokens) and _QUANTIFIER_RE.fullmatch(tokens[index]):
            if isinstance(item, _Group):
                item.quantifier = tokens[index]
            else:
                item += tokens[index]
            index += 1
        alternatives[-1].append(item)
    return alternatives, index


def _literal_head(sequence: list) -> str | None:
    """The literal character `sequence` begins with (no quantifier on it), if any."""
    first = sequence[0] if sequence else None
    if isinstance(first, str) and len(first) == 1 and first not in _NOT_LITERAL:
        return first
    return None


def _multiplied_out(alternatives: list[list]) -> list[list]:
    """Alternatives that open with a plain group of literal-first words, multiplied out:
    "(?:went|gone)\\s+home" becomes "went\\s+home|gone\\s+home" and "(?:re)?gain" becomes
    "regain|gain" (`re` makes the same tries in the same order), so that they can be grouped."""
    out: list[list] = []
    for sequence in alternatives:
        first = sequence[0] if sequence else None
        if (
            isinstance(first, _Group)
            and first.opener == "(?:"
            and first.quantifier in ("", "?")
            and len(first.alternatives) <= _MAX_MULTIPLIED
            and all(_literal_head(words) for words in first.alternatives)
        ):
            out.extend([*words, *sequence[1:]] for words in first.alternatives)
            if first.quantifier == "?":  # greedy: without the group after every try with it
                out.append(sequence[1:])
        else:
            out.append(sequence)
    return out


def _by_first_character(alternatives: list[list]) -> list[list]:
    """The alternatives, runs of literal-first ones grouped by their first character, and
    neighbours that open with the same one-way atom ("\\b") written with it once."""
    grouped: list[list] = []
    run: dict[str, list[list]] = {}
    sequences = _multiplied_out(alternatives)
    index = 0
    while index < len(sequences):
        sequence = sequences[index]
        head = _literal_head(sequence)
        if head is not None:
            run.setdefault(head, []).append(sequence[1:])
            index += 1
            continue
        grouped.extend(_prefixed(head, tails) for head, tails in run.items())
        run = {}
        end = index + 1
        atom = sequence[0] if sequence and _is_one_way(sequence[0]) else None
        while atom is not None and end < len(sequences) and sequences[end][:1] == [atom]:
            end += 1
        if end - index > 1:  # "\\bX|\\bY" is "\\b(?:X|Y)": the atom matches one way or none
            grouped.append(_prefixed(atom, [other[1:] for other in sequences[index:end]]))
        else:
            grouped.append(sequence)
        index = end
    grouped.extend(_prefixed(head, tails) for head, tails in run.items())
    return grouped


def _is_one_way(item: str | _Group) -> bool:
    return item == _AFTER_NON_WORD or bool(_ONE_WAY_ATOM_RE.fullmatch(str(item)))


def _prefixed(head: str, tails: list[list]) -> list:
    """`head` followed by the alternatives `tails`, themselves grouped."""
    tails = _by_first_character(tails) if len(tails) > 1 else tails
    return [head, *tails[0]] if len(tails) == 1 else [head, _Group("(?:", tails)]


def _render(alternatives: list[list]) -> str:
    if not _captures(alternatives):
        alternatives = _by_first_character(alternatives)
    return "|".join("".join(map(_render_item, sequence)) for sequence in alternatives)


def _render_item(item: str | _Group) -> str:
    if isinstance(item, str):
        return item
    return item.opener + _render(item.alternatives) + ")" + item.quantifier


# `re` searches fast for a pattern whose every alternative opens with a literal character: it
# skips in C to the next position holding one of those characters and tries the pattern only
# there. A pattern that opens with "\b" is tried at every position of the text. "\bwill" and
# "w(?<!\w.)ill" match the same spans (no word character before the "w"), so the boundary is
# checked after the first letter instead, when the alternatives begin with few letters: with
# many, the pattern is tried at nearly every letter, and "\b" first rejects most of them sooner.
_AFTER_NON_WORD = r"(?<!\w.)"
_MAX_HEADS = 12  # distinct first letters
_MAX_SPREAD = 400  # alternatives written out at the top


def _is_boundary(item: str | _Group) -> bool:
    """`\\b` or `(?<!\\w)`: before a word character, both say no word character precedes."""
    if isinstance(item, str):
        return item == r"\b"
    return item.opener == "(?<!" and not item.quantifier and item.alternatives == [[r"\w"]]


def _spread(sequence: list) -> list[list]:
    """`sequence` as alternatives none of which opens with a plain group: "(?:A|B)R" is
    "AR|BR" and "(?:A)?R" is "AR|R" (`re` makes the same tries in the same order)."""
    first = sequence[0] if sequence else None
    if not (isinstance(first, _Group) and first.opener == "(?:" and first.quantifier in ("", "?")):
        return [sequence]
    rest = sequence[1:]
    options = [[*words, *rest] for words in first.alternatives]
    if first.quantifier == "?":  # greedy: without the group after every try with it
        options.append(list(rest))
    return [spread for option in options for spread in _spread(option)]


def _heads_first(alternatives: list[list]) -> list[list]:
    """The top-level alternatives, each opening with its literal first character, a word
    boundary or lookbehind before a first letter checked after it; unchanged when one cannot
    be written so, when none opens with a word boundary, or when they begin with too many
    letters."""
    out: list[list] = []
    bounded = False
    for sequence in alternatives:
        boundary = bool(sequence) and _is_boundary(sequence[0])
        bounded = bounded or boundary
        for option in _spread(sequence[1:] if boundary else sequence):
            written = _head_first(option, boundary)
            if written is None:
                return alternatives
            out.append(written)
    if not bounded or len(out) > _MAX_SPREAD or len({sequence[0] for sequence in out}) > _MAX_HEADS:
        return alternatives
    return out


def _head_first(option: list, boundary: bool) -> list | None:
    """`option`, after a word boundary when `boundary`, opening with its literal first
    character and the lookbehinds before it moved after it; None when it has no such character."""
    behind = []
    while option and _is_lookbehind(option[0]):
        behind.append(option[0])
        option = option[1:]
    head = _literal_head(option)
    if head is None or ((boundary or behind) and not _WORD_CHAR_RE.match(head)):
        return None
    checks = [_AFTER_NON_WORD] if boundary else []
    return [head, *checks, *map(_one_further, behind), *option[1:]]


def _is_lookbehind(item: str | _Group) -> bool:
    return isinstance(item, _Group) and item.opener in ("(?<=", "(?<!") and not item.quantifier


def _one_further(lookbehind: _Group) -> _Group:
    """The lookbehind checked one character later: "(?<!a\\s)" before a letter is "(?<!a\\s.)"
    after it."""
    body = lookbehind.alternatives
    before = body[0] if len(body) == 1 else [_Group("(?:", body)]
    return _Group(lookbehind.opener, [[*before, "."]])


def _parsed(pattern: str) -> list[list] | None:
    if _UNKNOWN_GROUP_RE.search(pattern):
        return None
    tokens = _SYNTAX_RE.findall(pattern)
    alternatives, end = _parse_alternatives(tokens, 0)
    return alternatives if end == len(tokens) else None  # an unbalanced ")": leave it to `re`


def factored(pattern: str) -> str:
    """`pattern` with the alternatives of its groups grouped by their first character."""
    alternatives = _parsed(pattern)
    return pattern if alternatives is None else _render(alternatives)


def skipping(pattern: str) -> str:
    """`factored(pattern)`, with a leading word boundary checked after the first letter where
    that lets `re` skip ahead."""
    alternatives = _parsed(pattern)
    if alternatives is None:
        return pattern
    if not _captures(alternatives):  # written out, a group would be defined twice
        alternatives = _heads_first(alternatives)
    return _render(alternatives)


class Cue:
    """A compiled case-insensitive pattern with the `re.Pattern` methods the engine uses."""

    __slots__ = ("original", "fast", "pattern", "starts")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.original = re.compile(pattern, flags | re.IGNORECASE)
        self.starts: frozenset[str] | None = None
        if lowered(pattern) is None:  # a literal outside the safe alphabet: no shortcut
            self.fast = self.original
        else:
            fast = _lower_pattern(pattern)
            self.fast = re.compile(skipping(fast), flags & ~re.IGNORECASE)
            self.starts = match_starts(fast, flags & ~re.IGNORECASE)

    def _absent(self, low: str) -> bool:
        """True when no word of a long text begins as a match must: the regex cannot match."""
        return (
            self.starts is not None
            and len(low) >= _GATE_MIN_CHARS
            and self.starts.isdisjoint(word_starts(low))
        )

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        low = lowered(text)
        if low is None:
            return self.original.search(text, pos, endpos)
        starts = self.starts  # `_absent`, inlined: the engine's most frequent call
        if (
            starts is not None
            and len(low) >= _GATE_MIN_CHARS
            and starts.isdisjoint(word_starts(low))
        ):
            return None
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
        starts = self.starts  # `_absent`, inlined: the engine's second most frequent call
        if (
            starts is not None
            and len(low) >= _GATE_MIN_CHARS
            and starts.isdisjoint(word_starts(low))
        ):
            return iter(())
        return self.fast.finditer(low, pos, endpos)

    def findall(self, text: str) -> list:
        low = lowered(text)
        if low is None:
            return self.original.findall(text)
        return [] if self._absent(low) else self.fast.findall(low)

    def split(self, text: str) -> list[str]:
        low = lowered(text)
        return self.original.split(text) if low is None else self.fast.split(low)


class CueWithExact:
    """A `Cue` or an exact-case pattern, for yes/no searches ("may" the verb, not "May")."""

    __slots__ = ("cue", "exact", "pattern", "word")

    def __init__(self, cue: Cue, exact: str):
        self.cue = cue
        self.exact = re.compile(exact)
        self.pattern = cue.pattern
        # an exact pattern that is one word ("\bmay\b") cannot match a text that does not
        # hold that word: a substring test says so for most texts, quicker than the regex
        word = exact.replace(r"\b", "")
        self.word = word if word.isalpha() and word.isascii() else None

    def _exact_absent(self, text: str) -> bool:
        return self.word is not None and self.word not in text

    def search(self, text: str) -> re.Match | None:
        found = self.cue.search(text)
        if found or self._exact_absent(text):
            return found
        return self.exact.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        yield from self.cue.finditer(text)
        if not self._exact_absent(text):
            yield from self.exact.finditer(text)
