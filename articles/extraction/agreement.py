"""The deal behind the article's releases: parties, per-side target, date and venue.

A target is a per-side figure stated as a plan or a deal ("1,000-for-1,000 exchange", "agreed
to exchange 1,000 prisoners each", "по тысяче человек"), never a completed handover. When an
article mentions several deals, the first one stated is taken (it is the one the story is
about). Without a target, venue, date or a ceasefire that governs the exchanges, there is no
agreement.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .analysis import SentenceInfo, find_groups
from .claims import Walker, governing_clause
from .fastre import Cue

_AGREE_VERB_RE = Cue(
    r"\b(?:agreed|agree|agrees|deal|committed|agreement|arrangement|домовил\w*|домовленіст\w*"
    r"|договорил\w*|договор[её]нност\w*|соглашени\w*|угод\w*|погодил\w*|погодили"
    r"|согласовал\w*|согласил\w*"
    # "йдеться щонайменше про тисячу людей з кожного боку": what the deal is about
    r"|йдеться\s+(?:\w+\s+)?про|ид[её]т\s+речь|речь\s+ид[её]т)\b"
)
_PER_SIDE_AFTER_RE = Cue(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:each\b(?!\s+(?:civilian|female|male|hostage|soldier|of))|apiece|per\s+side"
    r"|on\s+each\s+side|to\s+each\s+(?:side|country)|from\s+each\s+side|людей\s+з\s+кожного|с\s+каждой"
    r"|з\s+кожного\s+боку|з\s+кожної\s+сторони|з\s+обох\s+сторін|с\s+обеих\s+сторон)"
)
_PER_SIDE_BEFORE_RE = Cue(
    r"(?:\bпо\s*|кожна\s+сторона\s+(?:\w+\s+){0,3}|каждая\s+сторона\s+(?:\w+\s+){0,3}"
    r"|each\s+side\s+(?:\w+\s+){0,3})$"
)
_AGREE_VERB_TITLE_RE = Cue(
    r"\b(?:agree|agrees|agreed|agreement\s+(?:to|on)|deal\s+to|deal\s+on|pact|accord"
    r"|домовил\w*|договорил\w*|погодил\w*|согласил\w*)\b"
)
_NFOR_HINT_RE = Cue(r"\b(?:for|на|за)\b")
_MINIMUM_BEFORE_RE = Cue(r"(?:as\s+many\s+as|up\s+to|possibly|perhaps)\s*$")

_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_IF_RE = Cue(r"\bif\b")


@dataclass
class AgreementFound:
    parties: list[str]
    target_per_side: int | None
    agreed_on: datetime.date | None
    venue: str | None
    evidence: list[tuple[int, int]] = field(default_factory=list)


def _program_targets(info: SentenceInfo, walker: Walker) -> list[tuple[int, int]]:
    if info.search(lx.BODY_WORD_RE) or not info.search(_NFOR_HINT_RE):
        return []
    groups = walker.groups_by_sentence.get(info.index)
    if groups is None:
        groups = find_groups(info, body_sentence=False)
    return [(g.start, g.value) for g in groups if g.nfor and g.program and g.value]


def _per_side_targets(info: SentenceInfo) -> list[tuple[int, int]]:
    text = info.text
    if info.search(lx.FOR_EACH_RATIO_RE):
        return []
    if not (info.search(_AGREE_VERB_RE) or info.search(lx.FUTURE_RE)):
        return []
    found = []
    for token in info.tokens:
        if token.kind != "num" or not token.value or _YEAR_RE.fullmatch(token.text):
            continue
        if any(m.start <= token.start < m.end for m in info.dates):
            continue  # "с 8 по 10 мая": a date, not "по 10" each
        clause = info.clause_of(token.start)
        if lx.BODY_WORD_RE.search(info.clause_text(clause)) or (
            (governing := governing_clause(info, clause)) and lx.BODY_WORD_RE.search(governing)
        ):
            continue  # "...; Russia also offered to hand over 3,000 bodies": not the deal's target
        local_start, local_end = token.start - info.start, token.end - info.start
        before, after = (
            text[max(0, local_start - 40) : local_start],
            text[local_end : local_end + 60],
        )
        if _MINIMUM_BEFORE_RE.search(before):
            continue
        if not (_PER_SIDE_AFTER_RE.match(after) or _PER_SIDE_BEFORE_RE.search(before)):
            continue
        if lx.EXCHANGE_NOUN_RE.match(after.lstrip()):
            continue  # "по десяти обменам": over ten swaps, not ten each
        past = info.release_spans or info.search(lx.HAPPENED_RE)
        own = info.clause_text(clause)  # "traded 175 apiece, ... after Putin said it would"
        if past and not (info.search(lx.FUTURE_RE) and lx.FUTURE_RE.search(own)):
            continue
        found.append((token.start, token.value))
    return found


# "Iran agreed to free five Americans and the United States agreed to release five Iranians"
_AGREED_TO_FREE_BEFORE_RE = Cue(
    r"\bagreed\s+to\s+(?:free|release|hand\s+over|return|swap)\s+(?:the\s+|its\s+|their\s+)?$"
    r"|\b(?:погодил\w*|погоди\w*|согласил\w*|домовил\w*|договорил\w*)\s+(?:звільнити|передати"
    r"|повернути|освободить|передать|вернуть)\s+$"
)


def _agreed_each(info: SentenceInfo) -> list[tuple[int, int]]:
    """Each side agreed to free the same number: that number is the deal's target per side."""
    if not info.search(_AGREE_VERB_RE):
        return []
    figures = [
        (token.start, token.value)
        for token in info.tokens
        if token.kind == "num"
        and token.value
        and _AGREED_TO_FREE_BEFORE_RE.search(
            info.local(max(info.start, token.start - 45), token.start)
        )
    ]
    if len(figures) >= 2 and len({value for _, value in figures}) == 1:
        return figures[:1]
    return []


_FORMULA_WORD_RE = re.compile(r"formula|format|формул|формат", re.IGNORECASE)
_SWAPPED_BY_FORMULA_RE = Cue(
    r"\b(?:обменял\w*|обміняли\w*|обмінял\w*|swapped|exchanged|traded)\s+[^.;]{0,40}?"
    r"\b(?:по\s+формуле|за\s+формулою|в\s+формате|у\s+форматі|(?:in|under)\s+(?:an?|the)\s+"
    r"[\w\s-]{0,20}?(?:formula|format))"
)


def _agreed_on(info: SentenceInfo, walker: Walker) -> tuple[bool, datetime.date | None]:
    """(found a date expression, its value) nearest an agreement word in this sentence. In a
    sentence that reports a handover, the date of that handover is never the day of the deal."""
    swapped_by_formula = info.search(_SWAPPED_BY_FORMULA_RE)
    cues = [
        m.start() + info.start
        for m in info.matches(lx.AGREEMENT_RE)
        # "31 января стороны обменялись по формуле «195 на 195»": the swap's formula, no deal
        if not (swapped_by_formula and _FORMULA_WORD_RE.match(m.group(0)))
    ]
    if not cues:
        return False, None
    candidates = [
        (min(abs(mention.start - cue) for cue in cues), mention)
        for mention, is_event in zip(info.dates, info.event_dates, strict=True)
        if not (is_event and info.release_spans)
    ]
    if not candidates:
        return False, None
    mention = min(candidates, key=lambda item: item[0])[1]
    return True, None if mention.kind == "vague" else walker.resolve(mention)


# "negotiated the one-for-one exchange", "обмен «один на один»": a deal of one person each
_ONE_FOR_ONE_RE = Cue(
    r"\bone[\s-]for[\s-]one\s+(?:[\w-]+\s+)?(?:deal|exchange|swap|trade|prisoner\s+swap"
    r"|prisoner\s+exchange)\b"
    r"|\b(?:обмен\w*|обмін\w*)\s+(?:[\w-]+\s+){0,2}?[«\"]?(?:один\s+на\s+один|одного\s+на\s+одного)"
)


_EARLIER_KIND_BEFORE_RE = Cue(r"\b(?:similar|earlier|previous|another|past|last)\s+$")


def _one_for_one(info: SentenceInfo) -> list[tuple[int, int]]:
    match = info.search(_ONE_FOR_ONE_RE)
    if not match or _EARLIER_KIND_BEFORE_RE.search(info.text[: match.start()]):
        return []  # not "followed a similar one-for-one trade on April 27": an earlier swap
    return [(info.start + match.start(), 1)]


def find_agreement(
    infos: list[SentenceInfo],
    walker: Walker,
    handover_days: frozenset[datetime.date] = frozenset(),
    handover_counts: frozenset[int] = frozenset(),
) -> AgreementFound | None:
    """The deal the article states. `handover_days` are the days of the releases it reports: a
    date that is one of them belongs to a handover ("the exchange agreed in Istanbul took place
    on Sunday"), so the deal's own date is looked for elsewhere. `handover_counts` are their
    figures: a headline's "175 for 175" that no deal word qualifies and that the body reports
    as handed over is the swap itself, not a deal's target."""
    targets: list[tuple[int, int]] = []
    venue = agreed_on = None
    date_seen = governs = False
    evidence: set[tuple[int, int]] = set()
    for info in infos:
        if info.sentence.is_furniture:
            continue
        span = (info.start, info.sentence.end)
        has_number = info.has_number
        found = (
            (_program_targets(info, walker) + _per_side_targets(info) + _agreed_each(info))
            if has_number
            else []
        ) + (_one_for_one(info) if "one" in info.text or "один" in info.text else [])
        # a formula that was the size of a swap that took place is no deal's target
        found = [(start, value) for start, value in found if value not in walker.formula_released]
        if info.sentence.is_title and not (
            info.search(_AGREE_VERB_TITLE_RE) or info.search(lx.FUTURE_RE)
        ):  # "swap 90 prisoners each in UAE-brokered deal": the swap, not a deal's target
            found = [(start, value) for start, value in found if value not in handover_counts]
        if found:
            targets.extend(sorted(found))
            evidence.add(span)
        has_cue = bool(info.search(lx.AGREEMENT_RE))
        if has_cue and venue is None and (match := info.search(lx.VENUE_RE)):
            venue = _venue_name(match.group(0))
            evidence.add(span)
        if has_cue and not date_seen:
            seen, value = _agreed_on(info, walker)
            if seen and value not in handover_days:
                date_seen, agreed_on = True, value
                evidence.add(span)
        low = info.text.lower()
        if (
            ("ceasefire" in low or "truce" in low)
            and info.search(lx.CEASEFIRE_GOVERNS_RE)
            and not info.search(_IF_RE)
        ):
            governs = True
            evidence.add(span)
    if venue and not date_seen:
        agreed_on = _talks_date(infos, walker, venue)
    if not (targets or venue or agreed_on or governs):
        return None
    return AgreementFound(
        parties=list(walker.pair),
        target_per_side=targets[0][1] if targets else None,
        agreed_on=agreed_on,
        venue=venue,
        evidence=sorted(evidence),
    )


def _venue_name(text: str) -> str:
    low = text.lower()
    for key, name in lx.VENUES.items():
        if low.startswith(key):
            return name
    return text


def _talks_date(infos: list[SentenceInfo], walker: Walker, venue: str) -> datetime.date | None:
    """ "The talks the two delegations held in Istanbul on May 16": the day of the deal."""
    for info in infos:
        match = info.search(lx.VENUE_RE)
        if not match or _venue_name(match.group(0)) != venue or not info.search(lx.TALKS_RE):
            continue
        if info.search(lx.FUTURE_RE):
            continue
        for mention, is_event in zip(info.dates, info.event_dates, strict=True):
            if not is_event and mention.kind != "vague":
                return walker.resolve(mention)
    return None
