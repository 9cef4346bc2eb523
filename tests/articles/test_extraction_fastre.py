"""The lowercased-text shortcut of case-insensitive cues finds exactly what `re.I` finds."""

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.extraction.fastre import Cue, factored, lowered, skipping
from articles.extraction.parties import default_table

MODULES = ("lexicon", "analysis", "claims", "dates", "agreement")
CUES = [
    value
    for name in MODULES
    for value in vars(importlib.import_module(f"articles.extraction.{name}")).values()
    if isinstance(value, Cue)
] + [default_table()._party.candidates, default_table()._affiliate.candidates]

SAMPLES = [
    "Russia and Ukraine freed 307 prisoners EACH on Saturday, the Defence Ministry SAID.",
    "Україна ПОВЕРНУЛА додому 390 ЗАХИСНИКІВ у п'ятницю, повідомив Координаційний штаб.",
    "Россия ПОЛУЧИЛА 303 военнослужащих ВСУ — сообщило Минобороны 25 МАЯ.",
    "The Next Day, Hamas Released three Women; Israel may free 90 in RETURN.",
    "ſince the Kelvin sign K and İstanbul talks, ᲀ and µ stay on the slow path.",
    "After four days of Missile and ARTILLERY exchanges, the Exchange of prisoners took place.",
]
ALPHABET = st.sampled_from(
    list("abcyzABCYZ sS kK iI 0123,.;:'’-—«»()")
    + list("абвсеіїєґАБВСЕІЇЄҐёЁыэ")
    + ["\u017f", "\u212a", "\u0130", "\u0131", "\u00b5", "\u1c80", "\u00df", "\u00a0"]
)


def _spans(matches):
    return [(m.span(), [m.span(g) for g in range(1, m.re.groups + 1)]) for m in matches]


def _same(cue: Cue, text: str) -> None:
    assert _spans(cue.finditer(text)) == _spans(cue.original.finditer(text))
    fast, slow = cue.match(text), cue.original.match(text)
    assert (fast and fast.span()) == (slow and slow.span())


def test_cues_match_like_ignorecase_on_samples():
    for text in SAMPLES:
        for variant in (text, text.lower(), text.upper(), text.swapcase()):
            for cue in CUES:
                _same(cue, variant)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SAMPLES[0].split() + SAMPLES[1].split()) | st.text(ALPHABET)))
def test_cues_match_like_ignorecase_on_generated_text(pieces):
    text = " ".join(pieces)
    for cue in CUES:
        _same(cue, text)


def test_lowering_is_refused_where_it_is_not_exact():
    assert lowered("Kyiv SAID") == "kyiv said"
    assert lowered("Київ") == "київ"
    for odd in ("\u212a", "\u017f", "\u0130", "\u00b5", "\u1c80"):
        assert lowered(f"text {odd}") is None


def test_a_pattern_with_unsafe_literals_keeps_the_original():
    cue = Cue("\u0130stanbul")
    assert cue.fast is cue.original
    assert re.compile("\u0130stanbul", re.I).search("istanbul") is not None
    assert cue.search("istanbul") is not None


def test_alternatives_are_grouped_by_first_character_in_order():
    assert factored(r"\b(?:will|would|shall|won't)\b") == r"\b(?:w(?:ill|o(?:uld|n't))|shall)\b"
    # a non-literal alternative keeps its place between the runs around it
    assert factored(r"(?:ab|\w+|ac|ad)") == r"(?:ab|\w+|a(?:c|d))"
    # an opening group is multiplied out first: "(?:re)?gain" tries "regain", then "gain"
    assert factored(r"\b(?:(?:went|gone)\s+home|(?:re)?gain)") == (
        r"\b(?:went\s+home|g(?:one\s+home|ain)|regain)"
    )
    # neighbours that open with the same word boundary share it
    assert factored(r"n't|\bnever|\bnone") == r"n't|\bn(?:ever|one)"
    # groups that capture keep their numbers: their alternatives stay as written
    assert factored(r"(?:(?P<a>x)y|(z)|xw)") == r"(?:(?P<a>x)y|(z)|xw)"


def test_a_leading_word_boundary_is_checked_after_the_first_letter():
    assert skipping(r"\b(?:will|would)\b") == r"w(?<!\w.)(?:ill\b|ould\b)"
    assert skipping(r"\b(?:(?:re)?gain|freed)") == r"r(?<!\w.)egain|g(?<!\w.)ain|f(?<!\w.)reed"
    # a lookbehind before the first letter is checked one character further on; an
    # alternative with no boundary keeps its first character in front
    assert skipping(r"\b(?:all|(?<!\ba\s)total)|n't") == r"a(?<!\w.)ll|t(?<!\w.)(?<!\ba\s.)otal|n't"
    # not when an alternative opens otherwise, nor when a group captures
    assert skipping(r"\b(?:a|\w+)") == factored(r"\b(?:a|\w+)")
    assert skipping(r"\b(?P<w>will)") == r"\b(?P<w>will)"
    patterns = (
        r"\b(?:will|would)\b",
        r"(?<!\w)(?:з|із)\s+",
        r"\bby\s+(?:the\s+)?$",
        r"\b(?:all|(?<!\ba\s)total)|n't",
    )
    texts = ("will", "swill will", "would,will", "з ним із ним", "із", "by the", "x by ", "a total")
    for pattern in patterns:
        plain, fast = re.compile(pattern), re.compile(skipping(pattern))
        for text in (*texts, "total, all; isn't a total"):
            for pos in range(len(text) + 1):
                assert _spans(plain.finditer(text, pos)) == _spans(fast.finditer(text, pos))
