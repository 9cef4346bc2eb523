"""Claim building: walk the sentences in order, turn counted groups into directed, dated
mentions, then merge mentions of the same handover into releases and bodies.

A mention is what one sentence says about one handover: who sent and who received, when,
a total and/or a breakdown, and who said so. Mentions of the same (date, released_by,
received_by) merge; when the two sides' figures conflict, the receiving side's wins and the
other goes to `alternatives` (labelling rule 8).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field
from itertools import pairwise

from . import lexicon as lx
from . import tables
from .analysis import (
    AGREED_VERB_RE,
    ALL_OF_KIND,
    LOCATIVE_BEFORE_RE,
    SINCE_BEFORE_RE,
    Group,
    SentenceInfo,
    find_groups,
    full_name_surnames,
    party_roles,
    resolve_pronoun,
    returning_subject,
    speaker_of,
    surname_groups,
    undisclosed_groups,
)
from .dates import (
    ANAPHORIC_RE,
    DEICTIC_RE,
    MONTH_OPENING_RE,
    MONTH_WHEN_BEFORE_RE,
    OPENING_CONJUNCTION,
    ORDINAL_WORD,
    DateMention,
    month_day,
    month_opening,
    month_word,
)
from .fastre import Cue
from .parties import USUAL_MEDIATORS, PartyTable
from .sentences import DATE_OPENING
from .tokens import noun_category

SLOTS = ("military", "civilian", "other")
OVERLAPS = ("women", "wounded", "minors")
RANK_OWN, RANK_CONTEXT, RANK_LEAD, RANK_PUBLISHED = 3, 2, 1, 0

_ALL_SUBJECT_MILITARY_RE = Cue(
    r"\ball\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:soldiers|troops|servicemen|defenders|fighters)\s+(?:are|were)\b"
)
_CASUALTY_RE = Cue(
    r"\b(?:killed|died|dead|hurt|injured\s+in|were\s+injured|casualties)\b|\b(?:загину|загибл|погиб|убит|постражд|пострада)\w*"
)
_EXCHANGE_CUE_RE = Cue(r"\b(?:exchange|swap|in\s+return|обмін\w*|обмен\w*|взамен|натомість)\b")

_DATE_GAP_RE = Cue(r"^[\s,]*(?:(?:on|in|at|early|late|the|hours|of|у|в|во|на)\s+)*$")
# "24-го — 307", "14 грудня — ще 64", "on 14 December, another 64": a day heading the next figure
_HEADS_NEXT_RE = re.compile(
    r"\s*(?:[—–]\s*(?:(?:ще|еще|ещё)\s+)?|,?\s*(?:another|a\s+further|ще|еще|ещё)\s+)\d",
    re.IGNORECASE,
)
# "On May 23 Russia freed 390, on May 24 it freed 307": a day heading a clause of its own
_HEADS_NEXT_CLAUSE_RE = re.compile(
    r"\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:freed|released|returned|handed\s+(?:over|back)|swapped"
    r"|exchanged|sent\s+home|brought\s+(?:home|back))\s+(?:(?:another|a\s+further|about|some"
    r"|nearly|almost|over|more\s+than)\s+)?\d",
    re.IGNORECASE,
)
_ADJACENT_GAP_RE = Cue(r"^[\s,]*(?:(?:on|in|at|early|late|the|у|в|во|на)\s+)*$")
_GROUP_WORD_GAP_RE = Cue(
    r"^(?:['’]s)?\s*(?:group|групою|групи|група|группой)?\s*(?:у|в|of|з|із|из)?\s*$"
)
_OWN_PRONOUN_RE = Cue(r"\b(?:its|their|our|own)\b|свої\w*|своих|своїх|наших")
_OF_THE_WHOLE = r"of\s+the|of\s+those"
_WHOLE_SUBSET_RE = Cue(rf"^\s*(?:{_OF_THE_WHOLE}|серед|среди)\b")
# "... for New Delhi: of the 126 Indian nationals ...": after a colon, in English only ("...
# уточнює: серед 175 обміняних — 166 рядових" is a breakdown of the swap's figure)
_OF_THE_WHOLE_RE = Cue(rf"^\s*(?:{_OF_THE_WHOLE})\b")
_POSSESSIVE_S_RE = re.compile(r"['’]s$")
_NEITHER_RE = Cue(r"\bneither\b")
_INCLUDING_RE = Cue(
    r"\b(?:including|у\s+тому\s+числі|в\s+том\s+числе|зокрема|включая|включно\s+з|включаючи)\b"
    # "189 человек — военные, пограничники, а также двое гражданских": the last kind listed
    r"|\s[—–]\s[^\d.;:—–]{3,120}?,?\s*(?:а\s+також|а\s+также|as\s+well\s+as|and\s+also)\s+\w"
)
_OUR_GROUP_RE = Cue(r"\b(?:its|our)\s+group\b")
_SUPERLATIVE_BEFORE_RE = Cue(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|largest|biggest|latest|last|only|highest|most|\w+est)\b(?:\W+\w+){0,8}\W*$"
)
_SUPERLATIVE_NEAR_RE = Cue(r"\b(?:largest|biggest|\w{3,}est|most\s+\w+)\b(?:\W+\w+){0,6}\W*$")
_RELATIVE_RE = Cue(
    r"\b(?:who|which|that|whom|whose|як(?:ий|а|е|і|их|ого|ому|им|ими|ій|у)|котор\w*)\b.*$", re.S
)
_EACH_IN_GROUP_RE = Cue(r"^\d[\d,\s]*\s+(?:each|apiece)|.*\b(?:each|apiece|per\s+side)\b")
# "one person fewer than", "на одного человека меньше": a difference, not a handover
_COMPARISON_AFTER_RE = Cue(r"^\s*(?:(?:fewer|less|more)\s+than|меньше|больше|менше|більше)\b")
_FURTHER_RE = Cue(
    r"\b(?:a\s+further|another|an\s+additional|additional|also|in\s+addition|plus|together\s+with"
    r"|along\s+with|ще|також|еще|ещё|также"
    r"|дополнительно|додатково)\b"
)
_RESPECTIVELY_RE = Cue(r"\b(?:respectively|відповідно|соответственно)\b")
_PLURAL_EVENTS_RE = re.compile(r"(?i)swaps|exchanges|обмінів|обменов")
_ONE_OF_BEFORE_RE = Cue(r"\b(?:one\s+of\s+(?:the\s+)?|один\w*\s+(?:з|із|из)\s+)(?:[\w-]+\s+){0,3}$")


_RESTATED_RE = re.compile(
    r"\W*" + OPENING_CONJUNCTION + r"(?P<day>.+?)\s*,\s*(?:(?:on|у|в|во)\s+)?"
)


def _restated_day(opening: str) -> bool:
    """ "Накануне, 11 июня, состоялась ...", "The day before, June 11, ...": a sentence that
    opens on a relative day restated by its date opens on its date."""
    restated = _RESTATED_RE.fullmatch(opening)
    if restated is None:
        return False
    day = restated.group("day")
    return any(
        (found := regex.match(day)) is not None and found.end() == len(day)
        for regex in (ANAPHORIC_RE, DEICTIC_RE)
    )


def _one_of(text: str, match: re.Match) -> bool:
    """ "one of the larger exchanges of the war": one swap compared with others, and "the
    second day of the three-day exchange": one day of it, no total."""
    before = text[max(0, match.start() - 60) : match.start()]
    if lx.PART_OF_BEFORE_RE.search(before):
        return True
    if _ORDINAL_BEFORE_RE.search(before) and not match.group(0).lower().startswith(
        ("in ", "over ", "за ")
    ):  # "третью с начала перемирия группу", "the third since the truce began": which one
        return True
    return bool(_PLURAL_EVENTS_RE.fullmatch(match.group(0)) and _ONE_OF_BEFORE_RE.search(before))


_ORDINAL_BEFORE_RE = Cue(
    rf"\b(?:{ORDINAL_WORD}|\d+(?:st|nd|rd|th)|\d+-?(?:й|я|ю|е|го|ий|ій|ої|ого))\s+$"
)
_ALL_OF_KIND_RE = Cue(ALL_OF_KIND)
_IS_AMONG_RE = Cue(
    r"\b(?:is|are|was|were|був|була|були|є|был|была|были|оказал\w*|виявил\w*|опинил\w*)"
    r"\s+(?:also\s+)?$"
)
_AMONG_NUMBER_RE = Cue(r"\b(?:among(?:st)?|серед|среди)\s+(?:the\s+|тих\s+|тех\s+)?")
_AMONG_KIND_RE = re.compile(
    r"(?i)\b(?:among|серед|среди)\s+(?:the\s+|them\s+)?(?:\w+\s+)?(?P<kind>\w+)"
)
_STILL_HELD_RE = Cue(
    r"\b(?:holding|holds|still\s+held|are\s+held|being\s+held|remain|remains|still\s+in|утримує"
    r"|утримуються|удерживает|остаются"
    r"|залишаються)\b"
)
# "в индийских тюрьмах содержатся более 450 граждан Пакистана": people still held
_HELD_JUST_BEFORE_RE = Cue(
    r"\b(?:содержатся|содержится|находятся|находится|утримуються|утримується|перебувають"
    r"|перебуває|остаются|залишаються|are\s+(?:still\s+)?(?:held|being\s+held|detained)"
    r"|remain)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _held_before(info: SentenceInfo, group: Group) -> bool:
    """The verb right before the figure says its people are still held, not freed."""
    return bool(
        _HELD_JUST_BEFORE_RE.search(info.local(max(info.start, group.start - 60), group.start))
    )


_CLOCK_RE = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?![\d:])")
_DATELINE_HEADING_RE = re.compile(
    r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .,'’/]{1,40}\s*[—–-]\s"
    # "г. Курск, 26 августа 2024 года", "Kyiv, 3 March 2025": where and when it was written
    r"|(?:(?:г|м|с|смт)\.\s*)?[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)?,\s+\d{1,2}\s+\w+\s+"
    r"(?:19|20)\d\d(?:\s+(?:року|года|г\.|р\.))?\s*$"
)
_QUOTATION_RE = re.compile(r"[\"“«][^\"“”«»]{1,400}[\"”»]")
_RETURN_OF_BEFORE_RE = Cue(
    r"\b(?:return\s+of|homecoming\s+of|возвращени\w*|повернення|поверненн\w*)\s+(?:\w+\s+)?$"
)
_TOOK_PLACE_RE = Cue(
    r"\b(?:took\s+place|was\s+held|was\s+carried\s+out|carried\s+out|were\s+exchanged"
    r"|exchanged|swapped)\b|\b(?:обменял\w*|обмінял\w*)"
    r"|\b(?:состоял\w*|прош[её]л|прошл[аои]|відбув\w*|відбул\w*|провели|провела|пров[её]л"
    # "Наступного дня обмін пройшов у форматі 103 на 103", "обмен произошёл"
    r"|пройш(?:ов|ла|ло|ли)|произош\w*|стал(?:ся|ася|ось)|последовал\w*"
    # "завершался очередной обмен пленными по формуле «250 на 250»": was being completed
    r"|завершал\w*|завершил\w*|заверши(?:в|вся|лася|лось|лися)|завершен\w*|завершено)"
)
_HOW_MANY_RE = Cue(r"\b(?:how\s+many|скільки|сколько)\b")
_DISCLOSE_RE = Cue(
    r"\b(?:say|said|specif\w*|disclos\w*|give|gave|given|reveal\w*|уточн\w*|назва\w*"
    r"|сказа\w*|розголош\w*|раскры\w*|повідоми\w*|сообщи\w*)"
)
_PLANNED_EXCHANGE_RE = Cue(
    r"\b(?:planned|expected|proposed|scheduled|upcoming|future|next|possible|potential"
    r"|запланован\w*|майбутн\w*|наступн\w*|планируем\w*|будущ\w*|следующ\w*)\s+"
    r"(?:prisoner\s+)?(?:exchange|swap|handover|обмін\w*|обмен\w*)"
    # "the aircraft was carrying 65 prisoners to an exchange": on the way to one
    r"|\b(?:carr(?:y|ying|ied)|transport(?:ing|ed)?|fl(?:y|ying|own)|taken|tak(?:e|ing)|brought)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:to|for)\s+(?:an?|the)\s+(?:prisoner\s+)?(?:exchange|swap)\b"
    r"|\b(?:везли|везут|доставляли|летіли|летели)\s+(?:[\w'’-]+\s+){0,5}?на\s+(?:обмін|обмен)"
)
_APPOSED_DATE_GAP_RE = re.compile(r"\s*[,—–(]\s*")
# "Hamas was meant to return ...", "On Monday, Israel said ...": what opens a sentence on its subject
_SUBJECT_OPENING_RE = Cue(
    r"^\W*(?:(?:on|in|at|late|early|by|after|before|then)\b[^,.;]{0,40},\s*)?$"
)


def _opening_subject(info: SentenceInfo) -> str | None:
    """The side a sentence opens on as its subject: what a pronoun in the next refers to."""
    for mention in info.parties[:1]:
        if (
            mention.text[:1].isupper()
            and noun_category(_POSSESSIVE_S_RE.sub("", mention.text.lower())) != "generic"
            and _SUBJECT_OPENING_RE.match(info.local(info.start, mention.start))
        ):
            return mention.party
    return None


_HELD_BY_AFTER_RE = Cue(
    r"^\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?(?:held|jailed|detained|imprisoned)\s+by\b"
)
_OWN_PP_GAP_RE = Cue(
    # (after its own passive verb too: "44 Armenians were flown to Yerevan")
    r"^\s+(?:(?:were|was|had\s+been|have\s+been)\s+[a-z]+\s+)?(?:back\s+)?"
    r"(?:to|into|from|з|із|из|в|у)\s+(?:the\s+)?$"
)
# "two teenage daughters were killed in the attack", "the 65 men whom Russia says died in the
# crash": the group's own verb is a death
_CASUALTY_AFTER_RE = Cue(
    r"^\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|murdered|wounded\s+in|died|dead)\b"
    # "two journalists and a local official were killed"
    r"|^\s+and\s+(?:[\w'’-]+\s+){1,4}?(?:were|was)\s+(?:killed|murdered)\b"
    r"|^\s+(?:who|whom|that)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+"
    r"killed|(?:had\s+|have\s+)?died)\b"
)
_MANY_COUNTRIES_RE = Cue(
    r"\b(?:three|four|five|six|seven|eight|nine|ten|several|multiple|[3-9]|\d\d)\s+(?:countries|nations)\b"
)
_SCENE_OPENING_RE = Cue(
    r"^\W*" + OPENING_CONJUNCTION + r"(?:(?:on|in|early|late|at|by|у|в|во|на)\s+)*"
    r"(?:the\s+(?:night|evening|morning|afternoon)\s+of\s+)?$"  # "On the night of Friday"
    # "Пізно ввечері в середу, 21 вересня, ...", "Late on Wednesday night": the time of day
    r"|^\W*" + OPENING_CONJUNCTION + r"(?:пізно|рано|поздно|late|early)?\s*"
    r"(?:ввечері|увечері|вранці|вночі|вечером|утром|ночью|in\s+the\s+(?:evening|morning))\s+"
    r"(?:(?:у|в|во|on)\s+)?(?:[\w'’]+,\s+)?$"
    # "It ended on December 8 on the tarmac at Abu Dhabi airport.": the day the story tells next
    r"|^\W*(?:it|this|that|all\s+that|everything)\s+(?:all\s+)?(?:ended|happened|finally\s+happened|came"
    # "That changed on Wednesday. The two were among 10 foreign fighters ...": the day the
    # waiting ended is the day the next sentences tell
    r"|changed|began|started)\s+(?:on\s+)?$"
    # "The last comparable step came on December 13, 2023. Azerbaijan released 32 ...": the
    # day of the earlier one the next sentences tell
    r"|^\W*(?:the\s+)?(?:last|previous|latest|first)\b[^,.;]{0,40}?\b(?:came|was|happened"
    r"|took\s+place)\s+(?:on\s+)?$"
    # "A month later, on 7 March, the gap looked similar.", "Через місяць, 7 березня, ...": a
    # time counted on, then the day itself
    r"|^\W*(?:(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:later|on)|через\s+(?:\w+\s+)?(?:день|дні|днів|тиждень|тижні|місяць|місяці|неделю|недели"
    r"|месяц|месяца)|(?:\w+\s+)?(?:дн\w*|недел\w*|месяц\w*)\s+спустя)\s*,?\s*(?:(?:on|у|в)\s+)?$"
)
# "A reminder of what was agreed on 2 June: ...", "The terms of the deal: ...": what follows the
# colon is what the deal provides, not what happened
_TERMS_HEAD_RE = Cue(
    r"\b(?:what|що|что)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|було|было|были)\s+)?"
    r"(?:agreed|домовлено|домовилися|домовились|погоджено|узгоджено|договорились|договорилися"
    r"|согласовано|решено)\b"
    r"|\b(?:the\s+)?terms\s+of\b|\bумови\s+(?:угоди|домовленості|обміну)|\bусловия\s+(?:соглашения"
    r"|договор[её]нности|обмена)"
)


def _agreed_terms(info: SentenceInfo, group: Group) -> bool:
    colon = info.text.find(":")
    if colon < 0 or group.start - info.start < colon:
        return False
    return bool(_TERMS_HEAD_RE.search(info.text[:colon]))


_CONDITION_BEFORE_RE = Cue(
    r"\b(?:once|when|until|till|if|unless|as\s+soon\s+as|after|before)\s+(?:[\w'’-]+\s+){0,3}$"
)
_FOR_AFTER_CUE_RE = Cue(rf"\b{lx.IN_EXCHANGE_FOR}\b")
_FREED_AT_HOME_VERB_RE = Cue(r"^(?:freed|released|pardoned|frees|releases)\s+(?:\w+\s+){0,2}$")
_IMPERSONAL_RETURN_RE = Cue(r"\b(?:повернули|повернуто|вернули|возвращены|возвращено)\b")
# "у понеділок повернулися молоді військові": they came back, home (the Ukrainian verb only:
# a Russian story's "вернулись" may be either side's people)
_CAME_BACK_UK_RE = Cue(r"\b(?:повернулися|повернувся|повернулася|повернулись)\b")
_AS_AGREED_RE = Cue(
    r"\b(?:in\s+accordance\s+with\s+the\s+(?:agreement|deal|arrangement)|as\s+agreed"
    r"|under\s+the\s+(?:agreement|deal|arrangement)|відповідно\s+до\s+домовленост\w*"
    r"|згідно\s+з\s+домовленіст\w*|у\s+відповідності\s+до\s+домовленост\w*"
    r"|в\s+соответствии\s+с\s+договор[её]нност\w*|согласно\s+договор[её]нност\w*)"
)
# "The second stage is done": done as the story is written, on its day
_NOW_DONE_RE = Cue(r"\b(?:is|are)\s+(?:now\s+)?(?:done|complete|over)\b")
_LOWER_BOUND_BEFORE_RE = Cue(
    r"\b(?:more\s+than|over|upwards\s+of|понад|більше\s+ніж|більш\s+ніж|более|свыше|больше)\s+$"
)
# "... followed Monday's long-awaited release of the living.": the day of the event told next
_DAY_OF_EVENT_AFTER_RE = Cue(
    rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:release|releases|{lx.EXCHANGE_NOUNS})\b"
)
_BODIES_OF_BEFORE_RE = Cue(
    r"(?:bodies|remains|coffins|caskets|тіла|тела|останки|труни|гроби|гробы)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:all\s+|only\s+|just\s+)?$"
)


@dataclass
class Mention:
    kind: str  # release | body
    date: datetime.date | None
    rank: int
    released_by: str
    received_by: str
    total: int | None
    slots: dict[str, int | None]
    overlaps: dict[str, int]
    speaker: str | None
    order: int
    evidence: tuple[int, int]
    undisclosed: bool = False
    exchange_event: bool = False
    overlap_only: bool = False
    additive: bool = False
    addend: bool = False  # "eight Russians and two minors": a further group, not a breakdown
    revision: bool = False  # "later revised to 197": this total replaces the others
    answer: bool = False  # "in exchange for ten wounded": what a group was swapped for

    @property
    def direction(self) -> tuple[str, str]:
        return self.released_by, self.received_by

    @classmethod
    def figure_only(
        cls,
        date: datetime.date | None,
        rank: int,
        direction: tuple[str, str],
        total: int | None,
        order: int,
        evidence: tuple[int, int],
        speaker: str | None = None,
        kind: str = "release",
    ) -> Mention:
        """A release told by its figure alone (a formula, a table row): no kinds."""
        return cls(
            kind,
            date,
            rank,
            *direction,
            total,
            {},
            {},
            speaker,
            order,
            evidence,
            undisclosed=total is None,
        )

    def figure(self) -> int | None:
        if self.total is not None:
            return self.total
        known = [v for v in self.slots.values() if v is not None]
        if known and len(known) == len(self.slots):
            return sum(known)
        return None


@dataclass
class Note:
    """A sentence that only describes a group already counted (a breakdown, "all were soldiers")."""

    kind: str  # categories | all_military
    groups: list[tuple[str | None, int, dict]]
    total: int | None
    date: datetime.date | None
    party: str | None
    has_cue: bool
    order: int
    evidence: tuple[int, int]
    each: bool = False
    including: bool = False
    within: str | None = None  # "among the civilians, three women": the kind they are part of


@dataclass
class Claims:
    mentions: list[Mention] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# "citizens of Latvia, Poland and Germany", "громадян Латвії, Польщі": a list of nationalities
_CITIZENS_RE = Cue(r"\b(?:citizens|nationals|громадян|граждан)")
_CITIZENS_OF_BEFORE_RE = Cue(
    r"\b(?:citizens|nationals|громадян\w*|граждан\w*)\s+(?:of\s+)?"
    r"(?:[\w'’-]+(?:\s*,\s*|\s+(?:and|та|і|й|и)\s+))*$"
)


_RELEASED_THEM_RE = re.compile(
    r"\b(?:released|freed|handed|returned|transferred|sent|repatriated)\s+(?:(?:back|over)\s+)?"
    r"(?P<them>them)\b(?!\s+(?:all|both)\b)"
)
# "а нам вернули 55", "вернули нам", "gave us back 55", "returned to us"
_US_RECEIVER_RE = re.compile(
    r"(?<!\w)(?P<us>нам)\s+(?:\w+\s+)?(?:вернул\w*|передал\w*|отдал\w*|повернул\w*|передали)"
    r"|(?:вернул\w*|передал\w*|отдал\w*|повернул\w*)\s+(?P<us2>нам)(?!\w)"
    r"|\b(?:returned|handed\s+(?:over|back))\s+to\s+(?P<us3>us)\b",
    re.IGNORECASE,
)
_REPATRIATION_RE = Cue(r"\b(?:репатриац|репатріац|repatriation)\w*")
_FIRST_BATCH_RE = Cue(
    r"\b(?:первых|первые|первую\s+группу|перших|першу\s+групу|перші|first\s+(?:group|batch"
    r"|\w+\s+hostages|\w+\s+prisoners))\b"
)
_MORE_BEFORE_RE = re.compile(r"(?i)(?:\bещё|\bеще|\bще|\banother|\bmore)\s+$")
_THAT_DAY_BEFORE_RE = re.compile(r"(?i)(?:\bthat|\bon\s+the)\s+$")
_CARRIER_RE = re.compile(rf"{lx.CARRIER_AFTER}\b", re.IGNORECASE)


def exchange_pair(infos: list[SentenceInfo], table: PartyTable | None = None) -> list[str]:
    """The two parties the article is about, in order of first mention. With one side named,
    the other is an official's party, else the holder of the people the story names
    ("hostages": Hamas), else that side's usual counterpart (the party table's)."""
    score: dict[str, float] = {}
    first: dict[str, int] = {}
    # a side the story names as the go-between once counts as one elsewhere
    go_betweens = set().union(*(info.go_betweens for info in infos))
    for info in infos:
        if info.sentence.is_furniture:
            continue
        listed = len(info.parties) > 1 and info.search(_CITIZENS_RE)
        carried = info.search(lx.CARRIER_HINT_RE)
        for mention in info.parties:
            weight = 0.5 if mention.party in USUAL_MEDIATORS else 1.0
            if mention.party in go_betweens:
                weight = 0.25
            if listed and _CITIZENS_OF_BEFORE_RE.search(
                info.local(max(info.start, mention.start - 60), mention.start)
            ):
                weight = 0.25  # "громадян Латвії, Польщі та Німеччини": the people's nationality
            elif carried and _CARRIER_RE.match(
                info.local(mention.end, min(mention.end + 40, info.sentence.end))
            ):
                weight = 0.25  # "Russian peacekeepers flew 44 captives back": who carried them
            score[mention.party] = score.get(mention.party, 0) + weight
            first.setdefault(mention.party, mention.start)
    ranked = sorted(score, key=lambda p: (-score[p], first[p]))[:2]
    if (
        len(ranked) == 2
        and table is not None
        and (state := table.counterparts.get(ranked[0]))
        and state == table.counterparts.get(ranked[1])
        and state in score
    ):  # "the ELN ... the FARC ... in Colombia": two armed groups of one state fight the state
        ranked[1] = state
    if len(ranked) < 2:  # one side named; its counterpart only through an official's name
        for info in infos:
            for mention in [] if info.sentence.is_furniture else info.affiliates:
                if mention.party not in ranked and len(ranked) < 2:
                    ranked.append(mention.party)
                    first.setdefault(mention.party, mention.start)
    if len(ranked) == 1 and table is not None:
        # the holders table describes one conflict (Israel and Hamas): used for its parties only
        holders = (
            ()
            if ranked[0] not in table.holders
            else (
                table.holder(token.low)
                for info in infos
                if not info.sentence.is_furniture
                for token in info.tokens
                if token.kind == "word"
            )
        )
        other = next((h for h in holders if h and h != ranked[0]), None)
        other = other or table.counterparts.get(ranked[0])
        if other:
            ranked.append(other)
            first[other] = first[ranked[0]] + 1  # after the named side
    return sorted(ranked, key=lambda p: first[p])


_RANK_OR_SEX_RE = Cue(
    r"\b(?:officers?|sergeants?|privates?|rank-and-file|men|women|офіцер\w*|сержант\w*|рядов\w*"
    r"|чоловік\w*|жін\w*|офицер\w*|мужчин\w*|женщин\w*)"
)
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*\w")
# "24 hostages today - 13 Israelis, 10 Thai nationals and one Filipino -": a day word may sit
# between a figure and its dashed breakdown
_APPOSITION_GAP_RE = re.compile(
    r"\s*[,:(—–]\s*|\s+-\s+|\s+(?:today|yesterday|overnight|this\s+morning)\s+[-—–]\s+"
)
_CLAUSE_COLON_GAP_RE = re.compile(r"[^\d:;.()]{1,60}:\s*")
_IN_ALL_BEFORE_RE = Cue(
    r"^(?:\s*[\w.]+){0,2}?[\s,;:—–-]*(?:разом|усього|всього|загалом|итого|всего|в\s+сумі"
    r"|в\s+общей\s+сложности"
    r"|in\s+all|in\s+total|altogether|a\s+total\s+of|total(?:ling)?)\s*$"
)
# "82 privates, 21 officers", "82 privates and sergeants and 21 officers"
_DASH_LIST_THEN_PART_RE = Cue(
    r"^\s*[—–]\s*[^\d.;:—–]{3,120}?,?\s*(?:а\s+також|а\s+также|as\s+well\s+as|and\s+also"
    r"|і\s+ще|и\s+ещ[её])\s*$"
)
_ASIDE_RE = re.compile(r"\s*\([^()]*\)")
_PARTS_GAP_RE = re.compile(
    r"\s*(?:,\s*)?(?:and|і|та|и|й)?\s*|\s*,\s*"
    r"|\s+(?:and|і|та|и|й)\s+[^\W\d_]+\s*,?\s*(?:and|і|та|и|й)?\s*"
)


# "вернулись 3956 человек, из них 1358 — в уходящем году", "2,450 ..., 900 of them this year":
# a figure given with the part of it that fell in this year is a tally
_PART_IN_A_YEAR_AFTER_RE = Cue(
    r",\s*(?:из|з|із)\s+(?:них|яких|которых)\s+(?:[\d\s]+|\w+\s+)?[—–-]?\s*(?:в|у)\s+"
    r"(?:уходящем|этом|текущем|прошлом|минулому|цьому|поточному|нинішньому|минаючому)\s+"
    r"(?:году|році)"
    r"|,\s*(?:[\d,]+\s+|\w+\s+)?of\s+(?:them|whom)\s+(?:in\s+)?(?:this|last|the\s+past)\s+year"
)
# A whole year as the time frame of a figure ("in 2024", "у 2024-му", "за 2024 рік")
_YEAR_FRAME_RE = Cue(
    r"\b(?:in|during|throughout|over)\s+(?:the\s+(?:whole\s+)?year\s+(?:of\s+)?)?(?:19|20)\d\d\b"
    r"(?!\s*[-–/.]\d)"
    r"|(?<!\w)(?:у|в|во)\s+(?:19|20)\d\d(?:-(?:му|м|й)\b|\s+(?:році|году)\b)"
    r"|(?<!\w)за\s+(?:19|20)\d\d(?:-(?:й|ий))?\s+(?:рік|год)\b"
)
_CAPTOR_AROUND_RE = Cue(r"\b(?:whom|яких|которых|кого)\s+(?:the\s+)?$")
_CAPTOR_VERB_AFTER_RE = Cue(
    r"^\s+(?:had\s+|have\s+|has\s+)?(?:jailed|imprisoned|captured|detained|abducted|kidnapped|held"
    r"|seized|took|arrested|ув'язни|ув’язни|захопи|утриму|тримал|викра|затрима|заарешту"
    r"|захвати|удержива|держал|похити|задержа|арестова|посади)"
)


def _additive(info: SentenceInfo, group: Group, groups: list[Group]) -> bool:
    """ "In addition, eight civilians came home": the group adds to a figure stated elsewhere.
    A cue right between two groups joins them ("246 soldiers plus 15 wounded"), and the
    clause's figure is their sum, not an addition to another."""
    start, _ = info.clauses[group.clause]
    clause_text = info.clause_text(group.clause)
    if group.clause and lx.ADDITIVE_RE.match(info.text):  # the sentence opens on the cue
        return True  # "Кроме того, Россия передала 31 ..., а в ответ получила 15": all of it
    mates = [g for g in groups if g.clause == group.clause and g.value is not None]
    # "серед звільнених — військові ЗСУ, ..., а також двоє цивільних": the one figure of a
    # description of the freed is a part of them (not so "among them 11 officers, 85 privates
    # and also 12 civilians", a breakdown whose parts are all counted)
    among = None
    if not any(g.value is not None and g.end <= group.start for g in groups):
        among = info.search(lx.SUBSET_RE)
    for match in lx.ADDITIVE_RE.finditer(clause_text):
        at = start + match.start()
        if among and info.start + among.end() <= at:
            continue
        if at >= group.end and any(
            g.value == group.value and g.end <= group.start for g in groups
        ):  # "150 were returned and it puts the number it handed over at 150 as well": too
            continue
        joined = any(
            left.end <= at and right.start >= at and right.start - left.end <= 25
            for left in mates
            for right in mates
        )
        if not joined:
            return True
    return False


_BREAK_BEFORE_COLON_RE = re.compile(r"[\n;.:\d]")
_BREAK_AFTER_COLON_RE = re.compile(r"[\n;.:]")


def _named_days(info: SentenceInfo, start: int, end: int) -> list[DateMention]:
    """The event days a stretch of the sentence names itself: a date, a weekday, "yesterday"
    (not "that day", "the second day" or "last week")."""
    return [
        m
        for m, ok in zip(info.dates, info.event_dates, strict=True)
        if ok and start <= m.start < end and m.kind in ("explicit", "weekday", "deictic")
    ]


_NEW_SPEAKER_CLAUSE_RE = Cue(
    r",\s+(?:and|while|but|whereas)\s+[^.;]{0,120}?\b(?:said|says|reported|announced|told"
    r"|added|stated)\b"
)
# "на свободу вышли трое заложников; тогда Израиль отпустил 183": the other side's part
_THEN_OTHER_SIDE_RE = Cue(r";\s+(?:тогда|тоді|then|and\s+then)\b")
_SOON_AFTER_OPENING_RE = Cue(
    r"^\W*(?:soon\s+after(?:wards)?|shortly\s+after(?:wards)?|hours\s+later|later\s+that\s+"
    r"(?:day|evening|night)|вскоре|незабаром|згодом|через\s+(?:несколько|кілька)\s+годин\w*"
    r"|позже\s+в\s+тот\s+же\s+день|пізніше\s+того\s+ж\s+дня)\b"
)
_ELABORATION_RE = Cue(
    r",\s*(?:уточнив\w*|уточняя|зазначивши|додавши|отметив|добавив|adding|noting|specifying"
    r"|explaining)\b"
)
_YEAR_MENTION_RE = re.compile(r"(?<![\d.-])((?:19|20)\d\d)(?!\d|[.-]\d)")


def _may_name_year(text: str) -> bool:
    """Whether `_YEAR_MENTION_RE` can match: two substring tests are cheaper than the regex,
    which its opening lookbehind makes try every position, on the most sentences (no year)."""
    return "19" in text or "20" in text


_ALREADY_RE = Cue(r"\b(?:already|уже|вже)\b")
_CAPTIVITY_AFTER_RE = Cue(
    r"^\s*(?:неволі|неволе|полону|полоні|плену|плене|ув'язненні|заключении|captivity|custody"
    r"|prisons?|jails?|detention)\b"
)
# "..., Россия — 45", "..., російській стороні — 24": what stands between the side and figure
# "..., hours after Sweden released Hamid Nouri": the same day as the sentence's own
_HOURS_AFTER_RE = Cue(
    r"^\W*(?:(?:just|only|a\s+few|several|some)\s+)?(?:hours|minutes|moments)\s+after\b"
)
_GAP_DASH_RE = re.compile(
    r"\s*(?:(?:стороні|стороне|side)\s*)?[—–-]?\s*"
    # "..., Ізраїль — майже 1900": a figure told as about so many
    r"(?:(?:майже|близько|понад|около|почти|более|about|nearly|almost|some|over)\s+)?",
    re.IGNORECASE,
)
_GAPPED_BEFORE_RE = Cue(rf"(?:,\s*|\s){lx.GAP_JOINT}\s+$")


def _gapped_party(info: SentenceInfo, group: Group) -> str | None:
    """The side named right before a figure whose verb is left out ("..., а Россия - 248")."""
    for mention in reversed(info.parties):
        if mention.end > group.start:
            continue
        if not _GAP_DASH_RE.fullmatch(info.local(mention.end, group.start)):
            return None
        before = info.local(max(info.start, mention.start - 12), mention.start)
        if _GAPPED_BEFORE_RE.search(before):
            return mention.party
        dashed = any(dash in info.local(mention.end, group.start) for dash in "—–")
        return (
            mention.party if dashed and before.rstrip().endswith(",") else None
        )  # ", Россия — 45"
    return None


# "3 листопада 2022 року — обмін «107 на 107».": a line of a chronology, a day and what happened
_CHRONOLOGY_ENTRY_RE = Cue(rf"{DATE_OPENING}\s*[—–-]\s")


_THE_BEFORE_RE = Cue(r"\bthe\s+$")
_PARTICIPLE_SUBJECT_AFTER_RE = Cue(
    r"^\s+(?:freed|released|returned|exchanged|swapped)\b[^,;.]{0,40}?\s(?:were|are|was|is)\s+"
    r"(?!freed|released|returned|handed|exchanged|swapped|set|brought|let)"
)


_OF_THE_BEFORE_RE = Cue(r"^\s+of\s+(?:the|those)\s+$")


def _whole_of_a_part(info: SentenceInfo, group: Group, groups: list[Group]) -> bool:
    """ "the remains of only four of the 28 hostages who died": the 28 are the whole a part
    is taken from, not a handover."""
    return any(
        g.subset
        and g.end <= group.start
        and _OF_THE_BEFORE_RE.match(info.local(g.end, group.start))
        for g in groups
    )


# "The people freed from Gaza had been seized ...": "freed" names who is meant, and the
# clause's own verb says something else about them
_PEOPLE_THE_BEFORE_RE = Cue(r"\b(?:the|those)\s+(?:[^\W\d_]+\s+){0,2}$")
_MODIFIER_AFTER_RE = Cue(
    r"^[^,;.]{0,40}?\s(?:were|are|was|is|had\s+been|have\s+been)\s+"
    r"(?!freed|released|returned|handed|exchanged|swapped|set|brought|let)"
)


def _release_only_as_modifier(info: SentenceInfo, start: int, end: int) -> bool:
    """Every release verb of the clause describes its subject ("the people freed from Gaza
    had been seized from their homes"): no handover is told."""
    spans = [(s, e) for s, e in info.release_spans if start <= s < end]
    return bool(spans) and all(
        _PEOPLE_THE_BEFORE_RE.search(info.local(max(start, s - 40), s))
        and _MODIFIER_AFTER_RE.match(info.local(e, end))
        for s, e in spans
    )


# "ініціативи щодо повернення захисників", "talks regarding the release of": what is
# discussed, not a return told
_TOPIC_BEFORE_RE = Cue(
    r"\b(?:щодо|стосовно|з\s+питань|касательно|относительно|по\s+вопросам?|regarding|concerning)"
    r"\s+(?:the\s+)?$"
)


def _release_only_as_topic(info: SentenceInfo, start: int, end: int) -> bool:
    spans = [(s, e) for s, e in info.release_spans if start <= s < end]
    return bool(spans) and all(
        _TOPIC_BEFORE_RE.search(info.local(max(start, s - 25), s)) for s, _ in spans
    )


def _described_again(info: SentenceInfo, group: Group) -> bool:
    """ "the two Thais freed last night were farm workers": people counted before, the
    subject of what is said about them, not a handover of their own."""
    return bool(
        _THE_BEFORE_RE.search(info.local(max(info.start, group.start - 8), group.start))
        and _PARTICIPLE_SUBJECT_AFTER_RE.match(info.local(group.end, info.sentence.end))
    )


def _dated_verbless(info: SentenceInfo) -> bool:
    """ "Коли був попередній обмін? 5 лютого, за формулою 150 на 150.": an answer that opens
    on a past date and has no verb says when a swap of that formula took place."""
    return bool(
        info.dates
        and info.dates[0].kind == "explicit"
        and info.event_dates[0]
        and not info.local(info.start, info.dates[0].start).strip()
        and not info.search(lx.FUTURE_RE)
        and not _VERB_RE.search(info.text)
    )


def _chronology_entry(info: SentenceInfo) -> bool:
    """A line that opens on a full date and a dash, about an exchange."""
    return bool(
        info.search(_CHRONOLOGY_ENTRY_RE)
        and info.search(lx.EXCHANGE_NOUN_RE)
        and info.dates
        and info.event_dates[0]
    )


def _dated_series(info: SentenceInfo, one: Group, other: Group) -> bool:
    """ "brought home 390 ... on Friday, May 23, and 307 servicemen on Saturday, May 24": one
    verb, two groups with a day named between them, are two handovers the same way."""
    first, second = sorted((one, other), key=lambda g: g.start)
    if "\n" in info.local(first.end, second.start):
        return False  # the bullets of a list: each its own line
    return any(first.end <= m.start and m.end <= second.start for m in info.dates) and not any(
        first.end <= start < second.start for start, _ in info.release_spans
    )


def _is_body(info: SentenceInfo, group: Group) -> bool:
    return group.category == "body" or _after_body_word(info, group)


_OTHERS_RE = Cue(r"^\S+\s+others?\b")


def _others_in_list(info: SentenceInfo, group: Group, groups: list[Group]) -> bool:
    """ "Iran released five US citizens on Monday: Siamak Namazi, Emad Shargi, Morad Tahbaz
    and two others": the others are named in the list of the five, not more people."""
    if not group.value or not _OTHERS_RE.match(info.local(group.start, group.end + 8)):
        return False
    before = info.local(info.start, group.start)
    colon = before.rfind(":")
    if colon < 0:
        return False
    return any(
        g.end <= info.start + colon and g.value and g.value > group.value
        for g in groups
        if g is not group
    )


def _part_of_subset(info: SentenceInfo, group: Group, groups: list[Group]) -> bool:
    """ "77 of the returnees served under his ministry: 73 National Guard members and four
    border guards": figures after a colon that follows a part are that part's breakdown."""
    for earlier in groups:
        if earlier is group or earlier.start >= group.start or not earlier.subset:
            continue
        between = info.local(earlier.end, group.start)
        colon = between.find(":")
        if (
            colon >= 0
            and not _BREAK_BEFORE_COLON_RE.search(between, 0, colon)
            # the list after the colon may hold other figures ("36 ... and four border guards")
            and not _BREAK_AFTER_COLON_RE.search(between, colon + 1)
        ):
            return True
    return False


def _appositive_parts(info: SentenceInfo, groups: list[Group]) -> set[int]:
    """ "10 Ukrainian servicemen, one officer and nine privates", "140 Ukrainians, 132 men and
    eight women": figures in apposition to a figure, that add up to it, are its breakdown (the
    ids of their groups), not more people. Soldiers and civilians under a general figure ("84
    people - 33 soldiers and 51 civilians") are left to be added up as its kinds."""
    parts: set[int] = set()
    for index, whole in enumerate(groups[:-2]):
        gap = info.local(whole.end, groups[index + 1].start)
        if whole.value is None or not (
            _APPOSITION_GAP_RE.fullmatch(gap)
            # "95 service members had come home: 93 privates and sergeants and two officers":
            # the list after the colon that ends the figure's clause
            or _CLAUSE_COLON_GAP_RE.fullmatch(gap)
        ):
            continue
        chain, total = [], 0
        for before, group in zip(groups[index:], groups[index + 1 :], strict=False):
            # "108 soldiers (seven of them from the navy), 22 guardsmen": an aside inside
            gap = _ASIDE_RE.sub("", info.local(before.end, group.start))
            if group.value is None or (chain and not _PARTS_GAP_RE.fullmatch(gap)):
                break
            chain.append(group)
            total += group.value
            if total >= whole.value:
                break
        gap = info.local(whole.end, groups[index + 1].start).strip()
        if (
            gap == ","
            and not all(_RANK_OR_SEX_RE.search(info.local(g.start, g.end)) for g in chain)
            # "10 Americans, five U.S. citizens and five permanent residents": people of no
            # kind parted into people of no kind that add up to them
            and not (
                whole.category == "generic"
                and all(g.category == "generic" for g in chain)
                and total == whole.value
            )
        ):
            continue  # "30 soldiers, 20 guardsmen and 10 sailors": a list, not a breakdown
        if gap == "-" and not all(g.category == "military" for g in chain):
            continue  # "103 POWs - 82 privates and 21 officers -", a hyphen for a dash: ranks only
        slotted = any(g.category in ("military", "civilian") for g in chain)
        if whole.category not in ("military", "civilian") and slotted:
            continue
        if len(chain) > 1 and total == whole.value:
            parts.update(id(group) for group in chain)
        elif (
            len(chain) > 1
            and total < whole.value
            and gap == ":"
            and chain[-1] is groups[-1]
            and all(g.category == whole.category for g in chain)
        ):  # "150 POWs: 108 soldiers, 22 guardsmen, 19 border guards and one policeman": a
            # breakdown after a colon, some of it in words the engine does not count
            parts.update(id(group) for group in chain)
    for whole, part in zip(groups, groups[1:], strict=False):
        if (
            whole.value
            and part.value
            and part is groups[-1]
            and part.value < whole.value
            and part.category == whole.category
            and info.local(whole.end, part.start).strip() == ":"
            and _LIST_GOES_ON_RE.match(info.local(part.end, info.sentence.end))
        ):  # "20 военных: 14 бойцов ВСУ, четверо из терробороны, нацгвардеец и военный ВМС":
            # the one figure of a breakdown told mostly in words
            parts.add(id(part))
        elif (
            whole.value
            and part.value
            and part.value < whole.value
            and whole.category == "generic"
            and _DASH_LIST_THEN_PART_RE.match(info.local(whole.end, part.start))
        ):  # "189 человек — военные, пограничники, нацгвардейцы, а также двое гражданских":
            # the last of the kinds a dash lists, the only one with a figure
            parts.add(id(part))
    for index, whole in enumerate(groups):
        # "87 soldiers, 43 guardsmen, 33 border guards and 24 sailors - 187 servicemen in all":
        # a total after its parts restates them
        if index < 2 or whole.value is None or id(whole) in parts:
            continue
        if not _IN_ALL_BEFORE_RE.search(info.local(groups[index - 1].end, whole.start)):
            continue
        total, position = 0, index - 1
        while position >= 0 and total < whole.value:
            total += groups[position].value or 0
            if position == 0 or not _PARTS_GAP_RE.fullmatch(
                info.local(groups[position - 1].end, groups[position].start)
            ):
                break
            position -= 1
        if total == whole.value:
            parts.add(id(whole))
    return parts


_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:[A-ZА-ЯІЇЄҐЁ][\w.'’-]*|ombudsman|president|minister|ministry|defen[cs]e|foreign"
    r"|human|rights|commissioner|spokes(?:man|woman|person)|head|chief|of|the|for)\s+){1,7}"
)


def _subject_official(info: SentenceInfo) -> str | None:
    """ "Ukraine's ombudsman Dmytro Lubinets gave a different tally. He said ...": an official
    named in the words that open a sentence is whom its next "he" or "she" means, when
    nothing else speaks."""
    if not info.affiliates:
        return None
    lead = _SUBJECT_LEAD_RE.match(info.text)
    if lead is None:
        return None
    end = info.start + lead.end()
    named = {m.party for m in info.affiliates + info.parties if m.start < end}
    officials = [m for m in info.affiliates if m.end <= end]
    return officials[0].party if officials and len(named) == 1 else None


def _among_split(info: SentenceInfo, groups: list[Group]) -> int | None:
    """ "Seven residents are among the 185 soldiers and 20 civilians who returned": where a
    number (before) is said to be part of a whole (the figures right after "among the"), the
    offset of "among"; None when the sentence has no such split."""
    for match in _AMONG_NUMBER_RE.finditer(info.text):
        cue, after = info.start + match.start(), info.start + match.end()
        clause = info.clause_of(cue)
        if not any(g.start == after for g in groups):
            continue
        if _IS_AMONG_RE.search(info.text[: match.start()]) or any(
            t.kind == "num" and t.end <= cue and info.clause_of(t.start) == clause
            for t in info.tokens
            if not (t.value and 1900 <= t.value <= 2100)  # "In 2022, ..." is no part
        ):  # "Their son was among 90 soldiers freed": someone, or a number, is part of it
            return cue
    return None


def quoted_day(
    info: SentenceInfo, mention: DateMention, story_day: datetime.date | None = None
) -> datetime.date | None:
    """ "'Today 95 of our soldiers came home,' Zelensky wrote on Friday evening": a "today"
    or "yesterday" inside a quotation counts from the day it was said, when the sentence says
    it (one weekday or date outside the quotation, and a reporting verb). When it does not,
    a quoted "today" is the day the story is about (`story_day`), if one is known: a
    report published the next day quotes what was said on the day."""
    if mention.kind != "deictic" or not info.dates:
        return None
    text, base = info.text, info.start
    quotes = [(m.start(), m.end()) for m in _QUOTATION_RE.finditer(text)]

    def quoted(m: DateMention) -> bool:
        return any(s <= m.start - base < e for s, e in quotes)

    if not quotes or not quoted(mention):
        return None
    said = [
        m for m in info.dates if m.kind in ("weekday", "explicit") and m.value and not quoted(m)
    ]
    if not info.search(lx.REPORTING_RE):
        return None
    if len(said) != 1:
        return story_day if not said and mention.offset == 0 else None
    return said[0].value + datetime.timedelta(days=mention.offset)


# "Zelensky announced the exchange on Wednesday": a swap is announced the day it happens
_ANNOUNCED_SWAP_RE = Cue(
    r"\b(?:announced|confirmed)\s+(?:the\s+)?(?:\w+\s+)?(?:exchange|swap)\b"
    r"|\b(?:exchange|swap)\s+was\s+(?:announced|confirmed)\b"
    r"|\b(?:оголоси\w*|повідоми\w*|сообщи\w*|объяви\w*)\s+(?:про|об|о)\s+(?:\w+\s+)?обм"
    # "стало відомо про наймасштабніший ... обмін полоненими": news of a swap
    r"|\b(?:стало\s+відомо\s+про|стало\s+известно\s+(?:о|об))\s+(?:[\w'’-]+\s+){0,6}?обм[іе]н"
)


# "the first stage of what is set to become the largest swap": the future describes the noun
# (what the exchange will be once complete), not the verb of the sentence
_FUTURE_RELATIVE_RE = re.compile(
    r"\bwhat\s+(?:(?:is|was|are|were)\s+(?:set|expected|likely|due|poised|going)\s+to"
    r"|will|would|could|may|might|promises\s+to|looks\s+set\s+to)\s+(?:be(?:come)?|prove)\b",
    re.I,
)


def _future(text: str) -> bool:
    """A future or planned verb, not counting one in a "what is set to become" relative."""
    if not lx.FUTURE_RE.search(text):
        return False
    return bool(lx.FUTURE_RE.search(_FUTURE_RELATIVE_RE.sub(" ", text)))


def _title_year(infos: list[SentenceInfo], published: datetime.date | None) -> int | None:
    """ "як Україна визволяла полонених у 2024 році", "The year in swaps: 2024": a review of a
    past year, whose days written without a year are that year's."""
    for info in infos:
        if info.sentence.is_title:
            # a year as the time frame ("у 2024 році", "in 2024"), not "since 2022"
            frames = [m.group(0) for m in _YEAR_FRAME_RE.finditer(info.text)]
            years = {int(y) for frame in frames for y in _YEAR_MENTION_RE.findall(frame)}
            if len(years) == 1 and published and (year := years.pop()) < published.year:
                return year
            return None
    return None


_TRANSCRIPT_RE = Cue(
    r"\b(?:transcript|transcribed|расшифровк\w*|стенограм\w*|стенограф\w*|розшифровк\w*)"
)
# "ANCHOR: Good morning.", "МЕДИНСКИЙ: Добрый вечер.": a speaker's turn
# (after a timestamp too: "[00:03] ИЛЬЯ: Я Илья.")
_SPEAKER_TURN_RE = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ.'’ -]{2,40}:\s"
)
# "Записываемся в среду, 11 июня", "We're recording on Tuesday": the day the words were said
_RECORDING_RE = Cue(
    r"\b(?:recording|recorded|записыва\w*|записуєм\w*|записуємо|записали|записано)\b"
)


def transcript_date(
    infos: list[SentenceInfo], published: datetime.date | None
) -> tuple[int, datetime.date] | None:
    """A transcript whose introduction dates the words it gives ("the transcript of remarks made
    late on Wednesday 23 July", "recorded Thursday morning"): (the introduction's paragraph,
    that day). The speakers' "today" and "yesterday" count from it, not from publication."""
    if sum(1 for info in infos if _SPEAKER_TURN_RE.match(info.text)) < 2:
        return None
    for info in infos[:10]:
        if info.sentence.is_title or not (
            info.search(_RECORDING_RE)
            or (not _SPEAKER_TURN_RE.match(info.text) and info.search(_TRANSCRIPT_RE))
        ):
            continue
        for mention, ok in zip(info.dates, info.event_dates, strict=True):
            if (
                ok
                and mention.kind in ("explicit", "weekday")
                and mention.value
                and (published is None or mention.value <= published)
            ):
                return info.sentence.paragraph, mention.value
    return None


def lead_date(infos: list[SentenceInfo], published: datetime.date | None) -> datetime.date | None:
    """The date of the first dated event in the first two content paragraphs, else an
    explicit event date in the headline ("14.08.2025: 84 Ukrainians came home")."""
    paragraphs = []
    title_date = opening_date = None
    for info in infos:
        sentence = info.sentence
        if sentence.is_title and (info.release_spans or info.search(lx.EXCHANGE_NOUN_RE)):
            # "14.08.2025: 84 Ukrainians came home", "Що відомо про обмін 19 березня"
            title_date = title_date or next(
                (
                    m.value
                    for m, ok in zip(info.dates, info.event_dates, strict=True)
                    if ok
                    and m.kind == "explicit"
                    and m.value
                    and (published is None or m.value <= published)
                ),
                None,
            )
        if sentence.is_title or sentence.is_heading or sentence.is_furniture:
            continue
        if sentence.paragraph not in paragraphs:
            if len(info.text.split()) < 10 and not info.release_spans and not info.dates:
                continue  # "[Transcript, corrected by the team.]", "NADIA: Welcome to Crossfade."
            paragraphs.append(sentence.paragraph)
        if len(paragraphs) > 2:
            break
        if opening_date is None and not _future(info.text):
            # "Ukraine marked 33 years of independence on Saturday": the story's day, used
            # only when no sentence of the lead dates a handover
            opening_date = next(
                (
                    m.value
                    for m, ok in zip(info.dates, info.event_dates, strict=True)
                    if ok
                    and m.kind in ("weekday", "deictic")
                    and m.value
                    and (published is None or m.value <= published)
                ),
                None,
            )
        if not (
            info.release_spans
            or info.search(lx.HAPPENED_RE)
            or info.search(_ANNOUNCED_SWAP_RE)
            or info.search(lx.SYMMETRIC_RE)  # "У середу Україна та Росія обмінялися полоненими"
        ):
            continue
        for mention, ok in zip(info.dates, info.event_dates, strict=True):
            clause = info.clause_text(info.clause_of(mention.start))
            if _future(clause):
                continue
            if ok and mention.kind in ("explicit", "deictic", "weekday") and mention.value:
                day = quoted_day(info, mention) or mention.value
                return day - _days_after_freed(info)
            if ok and mention.kind == "anaphoric" and published and abs(mention.offset) <= 1:
                # no narrative day yet: "the previous day" is the eve of publication (but "ten
                # days earlier" counts from a day the story tells, not from publication)
                return published + datetime.timedelta(days=mention.offset)
    return title_date or opening_date or _named_swap_day(infos, published) or published


# "Saturday's swap", "yesterday's exchange": the day is the swap's own
_POSSESSIVE_SWAP_AFTER_RE = Cue(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|handover|prisoner\s+(?:exchange|swap))\b"
)
_SWAP_SUBJECT_RE = Cue(r"^\W*(?:the\s+|this\s+)?(?:prisoner\s+)?(?:swap|exchange|handover)\b")
_OTHER_SWAP_RE = Cue(r"\b(?:previous|prior|earlier|last|next|first|another|latest)\b")


def _named_swap_day(
    infos: list[SentenceInfo], published: datetime.date | None
) -> datetime.date | None:
    """A story whose lead dates nothing ("Ukraine and Russia have swapped almost 200
    prisoners") may name the swap's day further down: "Saturday's swap was the second this
    year", "The exchange was announced on Saturday". Only a day counted from publication (a
    weekday, "yesterday") is taken, and never one of another swap ("the previous swap")."""
    for info in infos:
        sentence = info.sentence
        if sentence.is_title or sentence.is_heading or sentence.is_furniture:
            continue
        for mention, ok in zip(info.dates, info.event_dates, strict=True):
            if not (ok and mention.kind in ("weekday", "deictic") and mention.value):
                continue
            if published is not None and mention.value > published:
                continue
            index = info.clause_of(mention.start)
            clause = info.clause_text(index)
            if _OTHER_SWAP_RE.search(clause) or info.clause_search(lx.FUTURE_RE, index):
                continue
            possessive = info.local(mention.start, mention.end).endswith(("'s", "’s"))
            after = info.local(mention.end, info.sentence.end)
            if (possessive and _POSSESSIVE_SWAP_AFTER_RE.match(after)) or (
                (
                    _ANNOUNCED_SWAP_RE.search(clause)
                    or (lx.HAPPENED_RE.search(clause) and _SWAP_SUBJECT_RE.match(info.text))
                )
                and lx.EXCHANGE_NOUN_RE.search(clause)
            ):  # "The swap, carried out late Wednesday, saw Kyiv hand over ..."
                return mention.value
    return None


_NAME_JOINERS = frozenset({"and", "і", "та", "и", "й"})
_LETTERS_RE = re.compile(r"[^\W\d_]{4,}")


class Walker:
    FIRST_RECEIVER = "first receiver"

    @property
    def home(self) -> str | None:
        return self.home_side() if self._home == self.FIRST_RECEIVER else self._home

    def __init__(
        self,
        infos: list[SentenceInfo],
        published: datetime.date | None,
        table: PartyTable | None = None,
        home: str | None = None,
    ):
        self.infos = infos
        self.published = published
        self.pair = exchange_pair(infos, table)
        self._hostages: str | None = None  # who holds the hostages the story tells of ("": none)
        self.counterparts = table.counterparts if table is not None else {}
        # the side the story is told from (or FIRST_RECEIVER: the receiver of its first release)
        self._home = home if home in self.pair or home == self.FIRST_RECEIVER else None
        self.lead = lead_date(infos, published)
        self.headings: set[int] = set()  # the indexes of the headings visited
        # "the transcript of remarks made late on Wednesday 23 July": the speakers' "today"
        self.transcript = transcript_date(infos, published)
        self.title_year = _title_year(infos, published)
        # a release table written as text: its header, and its rows until the table ends
        self.table_head: tables.Header | None = None
        # the directions of a list's "first figure / second figure", from its legend
        self.slash_legend: tuple | None = None
        self.first_batch = -2  # the sentence that told a first batch ("the first seven")
        self.table_rows: list[tuple[tables.Row, tuple[int, int]]] = []
        self.claims = Claims()
        self._narrative: tuple[int, datetime.date | None] = (-1, None)
        self.recent: tuple[int, datetime.date] | None = None  # (sentence index, day it names)
        self.recent_swap = -1  # the last sentence that named a day and told of an exchange
        self.named_days: list[datetime.date] = []  # dates the story has named, in order
        self.current = -1
        self.current_info: SentenceInfo | None = None
        self.para_date: datetime.date | None = None
        self.scene_date: datetime.date | None = None  # "On Friday, the waiting ended."
        self.label_date: datetime.date | None = None  # "8 лютого." alone, over its entry
        self.label_index = -1  # the sentence of that date
        self.recent_year: tuple[int, int] | None = None  # (sentence, year) last written out
        self.month_year: tuple[int, int | None] | None = None  # "In November 2023, ..." opening
        self.paragraph = -1
        self.heading_date: datetime.date | None = None
        self.heading_year: int | None = None  # "Как это было в 2024-м": the section's year
        self.date_range: tuple[datetime.date, datetime.date] | None = None
        self.speaker: str | None = None
        self.last_subject: str | None = None  # the side the last sentence opened on ("it")
        self._named_before: list[SentenceInfo] = []  # sentences whose names are not read yet
        self._surname_set: set[str] = set()
        self.last_direction: tuple[str, str] | None = None  # of the last release told
        self.last_body_direction: tuple[str, str] | None = None  # of the last remains told
        self.planned: dict[tuple[str, str], set[int]] = {}  # figures a deal provides, by way
        self.order = 0
        self.pending: list[Mention] = []
        self.resolved_dates: dict[tuple[int, int], datetime.date | None] = {}
        self.groups_by_sentence: dict[int, list[Group]] = {}
        self.headline: list[Mention] = []
        # "The previous swap took place on 17 July under the 95-for-95 formula": a formula
        # that is the size of a swap said to have happened, kept until the whole story is read
        self.formula_swaps: list[Mention] = []
        self.formula_released: set[int] = set()
        self.formula_undated: set[int] = set()
        self.formula_told: dict[int, tuple[int, tuple[int, int]]] = {}  # order, evidence
        # the largest release figure told so far of each (day, releasing side)
        self._told_by_side: dict[tuple, int] = {}
        self._told_upto = 0

    # -- dates ---------------------------------------------------------------------------

    @property
    def narrative(self) -> datetime.date | None:
        """The day of the last handover or exchange told (set with the sentence telling it)."""
        return self._narrative[1]

    @narrative.setter
    def narrative(self, day: datetime.date | None) -> None:
        self._narrative = (self.current, day)

    def resolve(self, mention: DateMention) -> datetime.date | None:
        # A relative phrase means one day however many groups in the sentence refer to it.
        key = (mention.start, mention.end)
        if key not in self.resolved_dates:
            self.resolved_dates[key] = self._resolve(mention)
        return self.resolved_dates[key]

    def _resolve(self, mention: DateMention) -> datetime.date | None:
        if (
            mention.kind == "deictic"
            and self.transcript
            and self.current_info
            and self.current_info.sentence.paragraph > self.transcript[0]
        ):  # "МЕДИНСКИЙ: Сегодня прошёл очередной этап": the day the words were spoken
            return self.transcript[1] + datetime.timedelta(days=mention.offset)
        if mention.kind == "anaphoric":
            # the day the sentence before names ("the Easter exchange on 19 April. That day
            # 246 ..."), else the story's narrative day
            info = self.current_info
            # "14 вересня ... серед 103 звільнених того дня": the sentence's own day first
            own = _named_days(info, info.start, mention.start) if info else []
            recent = (
                self.recent[1]
                if self.recent
                and (
                    self.recent[0] == self.current - 1
                    # a day a swap took place stays "that day" over a sentence or two
                    # without a day of their own
                    or (self.recent_swap == self.recent[0] and self.current - self.recent[0] <= 3)
                )
                and self._narrative[0] < self.recent[0]
                # not "Friday's return" (a heading) over "On the previous day, 49 came home":
                # the heading labels the day told, "the previous day" counts from the story's
                and not (mention.offset and self.recent[0] in self.headings and self.narrative)
                else None
            )
            if mention.from_story:
                # "The previous exchange took place on August 24 ... On the eve, 49 ...": the
                # eve of the story's day, not of the day just named
                base = self.lead or self.published
                return base + datetime.timedelta(days=mention.offset) if base else None
            if (
                info
                and self.narrative
                and mention.offset == 0
                and _SAME_DAY_THAT_RE.match(info.text, mention.end - info.start)
            ):  # "The same day that Shaw came home, India returned ...": the story's day
                recent = None
            base = (self._past(own[-1]) if own else None) or recent or self.narrative
            # no narrative yet: "on the same day" is the lead's day; "накануне", "the day
            # before" is the eve of publication
            base = base or (self.lead if mention.offset == 0 else None) or self.published
            return base + datetime.timedelta(days=mention.offset) if base else None
        if mention.kind == "ordinal":
            if not self.date_range:
                return None
            start, end = self.date_range
            if mention.offset == -1:
                return end
            day = start + datetime.timedelta(days=mention.offset - 1)
            return day if day <= end else None
        if mention.kind == "weekday" and self.current_info and self._that_before(mention):
            # "handed over that Sunday": the Sunday the story named, not the last one
            same = [
                d
                for d in self.named_days
                if mention.value and d.weekday() == mention.value.weekday()
            ]
            if same:
                return same[-1]
        if mention.previous_year and mention.value and (self.recent or self.recent_year):
            # "She remembers 21 September 2022 ... 17 October the same year"; "one struck in
            # December 2023 ... On Dec. 20 of that year": the year the story named last
            year = (
                self.recent_year[1]
                if self.recent_year and (not self.recent or self.recent_year[0] >= self.recent[0])
                else self.recent[1].year
            )
            try:
                return mention.value.replace(year=year)
            except ValueError:
                return mention.value
        if mention.bare_day and self.published:
            return self._bare_day(mention)
        if mention.guessed_year and mention.value and (year := self._context_year(mention)):
            try:  # the year a heading or the paragraph's opening gave
                return mention.value.replace(year=year)
            except ValueError:
                return mention.value
        return mention.value

    def _bare_day(self, mention: DateMention) -> datetime.date | None:
        """ "On Friday the 13th": that day of the month the story is in (the paragraph's
        opening month, an English month word in this sentence or the one before, the day told
        just before), else the last such day before publication."""
        info = self.current_info
        if info is None:
            return mention.value
        month: tuple[int, int | None] | None = self.month_year
        if month is None:
            month = month_word(info.local(info.start, mention.start))
        if month is None and info.index > 0:
            # "September brought two swaps in two days. On Friday the 13th, ..."
            month = month_word(self.infos[info.index - 1].text)
        if month is None and self.recent and self.recent[0] >= self.current - 2:
            month = (self.recent[1].month, self.recent[1].year)
        if month is None:
            return mention.value
        day = int("".join(c for c in info.local(mention.start, mention.end) if c.isdigit()))
        return month_day(day, mention.weekday, self.published, *month) or mention.value

    def _context_year(self, mention: DateMention) -> int | None:
        """The year of a day written without one, when the story set it: "DECEMBER 31, 2022 /
        A New Year's Eve exchange ..." (a heading), "In November 2023 a week-long truce ... On
        its first day, 24 November" (the month the paragraph opens on), "shot down on February
        27, 2019, and handed over on March 1" (a day with its year just before, in the sentence)."""
        info = self.current_info
        earlier = next(
            (
                d.value
                for d in reversed(info.dates if info else [])
                if d.end <= mention.start and d.kind == "explicit" and not d.guessed_year
            ),
            None,
        )
        if earlier and earlier.year != mention.value.year:
            try:
                day = mention.value.replace(year=earlier.year)
            except ValueError:  # 29 February
                day = None
            if day and datetime.timedelta(0) <= day - earlier <= datetime.timedelta(days=92):
                return earlier.year
        if self.heading_date:
            return self.heading_date.year
        if self.month_year and self.month_year[0] == mention.value.month:
            return self.month_year[1]
        return self.heading_year or self.title_year

    def _that_before(self, mention: DateMention) -> bool:
        """ "that Sunday", "on the Wednesday": the one the story named."""
        info = self.current_info
        return bool(
            _THAT_DAY_BEFORE_RE.search(
                info.local(max(info.start, mention.start - 8), mention.start)
            )
        )

    def _past(self, mention: DateMention) -> datetime.date | None:
        """A handover that happened cannot be after publication: "the handover took place on
        13 December", in a November story, was last December. A day without a year that the
        story named before with one ("21 вересня минулого року ... А 21 вересня стався обмін")
        is that day."""
        day = self.resolve(mention)
        if mention.guessed_year and day:
            told = [d for d in self.named_days if (d.month, d.day) == (day.month, day.day)]
            if told and told[-1] != day:
                return told[-1]
        if mention.guessed_year and day and self.published and day > self.published:
            try:
                return day.replace(year=day.year - 1)
            except ValueError:  # 29 February
                return day
        return day

    def _usable(self, info: SentenceInfo, index: int) -> bool:
        mention = info.dates[index]
        if not info.event_dates[index]:
            return False
        return not (mention.kind == "ordinal" and not self.date_range)

    def group_date(self, info: SentenceInfo, group: Group) -> tuple[datetime.date | None, int]:
        date, rank = self._group_date(info, group)
        if date and rank == RANK_OWN:
            return date - _days_after_freed(info), rank
        return date, rank

    def _group_date(self, info: SentenceInfo, group: Group) -> tuple[datetime.date | None, int]:
        clause_start, clause_end = info.clauses[group.clause]
        usable = [(i, m) for i, m in enumerate(info.dates) if self._usable(info, i)]
        if group.series and _RESPECTIVELY_RE.search(info.text):
            # "230, 207 and 100 prisoners on Jan. 3, Jan. 31 and Feb. 8 respectively"
            first, position = group.series
            size = 1 + max(
                g.series[1]
                for g in self.groups_by_sentence.get(info.index, [group])
                if g.series and g.series[0] == first
            )
            later = [m for _, m in usable if m.start > first and m.kind != "vague"]
            if len(later) == size:
                return self._past(later[position]), RANK_OWN
        for _, mention in usable:
            if (
                mention.start >= group.end
                and _DATE_GAP_RE.match(info.local(group.end, mention.start))
                and not _heads_next(info.local(mention.end, info.sentence.end))
            ):  # not "390 людей, 24-го — 307": that day heads the next figure
                return self._past(mention), RANK_OWN
        before = [m for _, m in usable if clause_start <= m.start and m.end <= group.start]
        if before:
            return self._past(before[-1]), RANK_OWN
        after = [
            m
            for _, m in usable
            if m.start >= group.end
            and m.end <= clause_end
            and not _heads_next(info.local(m.end, info.sentence.end))
            # not "318 had been transferred, and that 500 more would be moved on Saturday"
            and not lx.FUTURE_RE.search(info.local(group.end, m.start))
        ]
        if after:
            return self._past(after[0]), RANK_OWN
        earlier = [m for _, m in usable if m.end <= clause_start]
        if earlier:
            return self._past(earlier[-1]), RANK_OWN
        if (
            self.narrative
            and not self.para_date
            and _IN_THE_SWAP_RE.search(info.clause_text(group.clause))
        ):  # "150 of its servicemen had been returned in the swap": the one just told
            return self.narrative, RANK_CONTEXT
        if (
            self.recent is not None
            and self.recent_swap == self.recent[0] == info.index - 1
            and (_THEN_OPENING_RE.match(info.text) or _IT_WAS_OPENING_RE.match(info.text))
        ):  # "Найбільш нерівним залишається обмін 21 вересня 2022 року. Тоді з полону
            # звільнили 215 людей": the day of the swap the sentence before named
            return self.recent[1], RANK_OWN
        if self.narrative and not self.para_date and _SOON_AFTER_OPENING_RE.match(info.text):
            # "Soon afterwards the Israel Prison Service said it had freed 30": the day told
            return self.narrative, RANK_CONTEXT
        date, rank = self.context_date()
        if date and MONTH_WHEN_BEFORE_RE.search(info.local(info.start, group.start)):
            return None, RANK_OWN  # "the record set in September 2022, when 215 were freed"
        month = month_opening(info.search(MONTH_OPENING_RE))
        if (
            date
            and month
            and (month[0] != date.month or month[1] not in (None, date.year))
            and not any(m.kind != "vague" for _, m in usable)
        ):
            return None, RANK_OWN  # "In September, Kyiv secured the release of 215 people"
        return date, rank

    def context_date(self) -> tuple[datetime.date | None, int]:
        if self.para_date:
            return self.para_date, RANK_CONTEXT
        if self.scene_date:
            return self.scene_date, RANK_CONTEXT
        if self.heading_date:
            return self.heading_date, RANK_CONTEXT
        if self.lead:
            return self.lead, RANK_LEAD
        return self.published, RANK_PUBLISHED

    def sentence_date(self, info: SentenceInfo) -> tuple[datetime.date | None, int]:
        for index, mention in enumerate(info.dates):
            if self._usable(info, index) and mention.kind != "vague":
                return self.resolve(mention), RANK_OWN
        return self.context_date()

    # -- directions ----------------------------------------------------------------------

    def other(self, party: str) -> str | None:
        if len(self.pair) == 2 and party in self.pair:
            return self.pair[1] if party == self.pair[0] else self.pair[0]
        return None

    def _counterpart(self, party: str) -> str | None:
        """A side outside the story's pair faces its usual counterpart when that is one of the
        pair ("freed by the ELN" in a story about the FARC and Colombia: to Colombia)."""
        counterpart = self.counterparts.get(party)
        return counterpart if counterpart in self.pair else None

    def both(self) -> list[tuple[str, str]]:
        if len(self.pair) < 2:
            return []
        return [(self.pair[0], self.pair[1]), (self.pair[1], self.pair[0])]

    def complete(self, releaser: str | None, receiver: str | None) -> list[tuple[str, str]]:
        if receiver and not releaser:
            releaser = self.other(receiver)
        if releaser and not receiver:
            receiver = self.other(releaser) or self._counterpart(releaser)
        if releaser and receiver and releaser != receiver:
            return [(releaser, receiver)]
        return []

    def np_parties(self, info: SentenceInfo, group: Group, roles) -> tuple[str | None, str | None]:
        receiver = releaser = None
        releaser_positions = {pos for pos, _, role in roles if role == "releaser"}
        for mention in info.parties:
            if group.start <= mention.start < group.end:
                if mention.start in releaser_positions or (
                    group.category == "body"
                    and mention.end >= group.end
                    and lx.FROM_BEFORE_RE.search(
                        info.local(max(group.start, mention.start - 10), mention.start)
                    )
                ):  # "four bodies of hostages from Hamas": who handed them over (not "144
                    # fighters from Russia", where they come from)
                    releaser = releaser or mention.party
                elif (
                    receiver is not None
                    and receiver not in self.pair
                    and mention.party in self.pair
                    and info.local(mention.start - 1, mention.start) == "-"
                ):  # "two Russian-Israeli women" in an Israel-Hamas story: Israel's
                    receiver = mention.party
                else:
                    receiver = receiver or mention.party
        if receiver is None:
            span = info.local(group.start, group.end)
            pronoun = _OWN_PRONOUN_RE.search(span)
            if pronoun:
                receiver = resolve_pronoun(info, group.start + pronoun.start(), self.speaker)
                if receiver is None and pronoun.group(0).lower() in ("our", "наших"):
                    # "277 of our people": the story's own side
                    receiver = self.home or self.home_side()
        if releaser is None and _HELD_BY_AFTER_RE.match(info.local(group.end, info.sentence.end)):
            # "10 Americans held by the government of Nicolas Maduro": who held them
            releaser = next(
                (
                    party
                    for at, party, role in sorted(roles)
                    if role == "releaser" and group.end <= at < group.end + 60
                ),
                None,
            )
        if receiver is None and releaser is None:
            releaser = self._holder(info, group)
        return releaser, receiver

    def _holder(self, info: SentenceInfo, group: Group) -> str | None:
        """ "the remaining 13 hostages": who holds people so called, when the table knows and
        the holder is one of the article's two sides."""
        words = [t for t in info.tokens if group.start <= t.start < group.end and t.kind == "word"]
        for token in words:
            holder = info.table.holder(token.text)
            if holder and holder in self.pair:
                return holder
        if words and all(t.text[:1].isupper() or t.low in _NAME_JOINERS for t in words):
            # "Romi Gonen, Emily Damari and Doron Steinbrecher were handed to the Red Cross": people
            # named one by one, in a story of hostages, are the hostages
            return self._hostage_holder(info)
        return None

    def _hostage_holder(self, info: SentenceInfo) -> str | None:
        if self._hostages is None:
            # (the holders' table says which words name the people that side holds)
            table = info.table
            holder = table.holder("hostages")
            told = holder in self.pair and any(
                table.holder(word) == holder
                for other in self.infos
                for word in _LETTERS_RE.findall(other.text)
            )
            self._hostages = holder if told else ""
        return self._hostages or None

    def strong_direction(self, info, group, groups, roles, owners) -> list[tuple[str, str]]:
        """Direction from the group's own words: its noun phrase, its clause."""
        if group.nfor:
            return self.both()
        joined_to = [g for g in groups if group.joined and g.end <= group.start and not g.joined]
        if joined_to:  # "100 soldiers and a civilian": the civilian goes where the soldiers go
            found = self.strong_direction(info, joined_to[-1], groups, roles, owners)
            if found:
                return found
        if group.in_return and all(owners[id(group)]):
            # "in exchange for a Russian man held in the United States": its own words
            return self.complete(*owners[id(group)])
        if group.in_return:
            before = [
                d
                for g in groups
                if g.end <= group.start
                and not g.in_return
                and len(d := self.strong_direction(info, g, groups, roles, owners)) == 1
            ]
            if before:
                return [before[-1][0][::-1]]
            if not any(owners[id(group)]):
                return []
        releaser, receiver = owners[id(group)]  # "for Viktor Bout, the Russian arms dealer"
        if receiver and not releaser:
            # "U.S. basketball player Brittney Griner was exchanged for Russian arms dealer
            # Viktor Bout": the side of the people traded for them let them go
            traded = [g for g in groups if g.in_return and g.start >= group.end]
            if traded and (side := owners[id(traded[0])][1]) and side != receiver:
                return [(side, receiver)]
        if releaser or receiver:
            # a group alone in its clause (but for what it was traded for) may be a swap of
            # two other parties told in the background
            alone = not any(
                g is not group and g.clause == group.clause and not g.in_return for g in groups
            )
            return self.complete(
                *self._third_party(info, roles, releaser, receiver, alone, group.clause)
            )
        traded = [g for g in groups if g.in_return and g.start >= group.end]
        if traded and (holder := self._holder(info, traded[0])):
            # "Ohad Ben Ami, Eli Sharabi and Or Levy were released in exchange for 183
            # prisoners": the prisoners' holder receives the people traded for them
            return self.complete(None, holder)
        if _EACH_SIDE_VERB_RE.search(info.local(info.clauses[group.clause][0], group.start)):
            return self.both()  # "when each side released 175 prisoners and Russia handed ..."
        clause_roles = [  # not the roles inside another group's words ("a Russian man held
            # in the United States" is his, not the others')
            r
            for r in roles
            if info.clause_of(r[0]) == group.clause
            and not any(g is not group and g.start <= r[0] < g.end for g in groups)
        ]
        own_phrase = [  # "returned 27 to Russia": the group's own prepositional phrase
            r
            for r in clause_roles
            if r[0] >= group.end and _OWN_PP_GAP_RE.match(info.local(group.end, r[0]))
        ]
        if own_phrase:
            found = self._role_direction(min(own_phrase))
            subject_releasers = [
                r for r in clause_roles if r[0] < group.start and r[2] == "releaser"
            ]
            if (
                len(found) == 1
                and min(own_phrase)[2] == "receiver"
                and subject_releasers
                and (releaser := max(subject_releasers)[1]) != found[0][1]
                and releaser not in self.pair
            ):  # "The Salvadoran authorities released them to Venezuelan representatives":
                # the subject outside the story's pair, not the pair's other side
                return [(releaser, found[0][1])]
            if found:
                return found
        preceding = [r for r in clause_roles if r[0] < group.start]
        subject = max(preceding, default=None)
        announcer = [
            m
            for m in info.parties
            if m.end <= group.start
            and info.clause_of(m.start) == group.clause
            and m.party in self.pair
            and m.text[:1].isupper()
        ]
        if announcer and _RETURN_OF_BEFORE_RE.search(
            info.local(max(info.clauses[group.clause][0], group.start - 30), group.start)
        ):  # ", а Украина объявила о возвращении 140": the return of its own people
            return self.complete(None, announcer[-1].party)
        prior = max((g.end for g in groups if g.end <= group.start), default=None)
        if (
            self.home
            and prior is not None
            and lx.HOME_RE.search(info.local(prior, group.start))
            and any(prior <= s < group.start for s, _ in info.release_spans)
            and not any(prior <= m.start < group.start for m in info.parties)
        ):  # "Україна передала Росії 11 моряків, а додому повернулися 19 цивільних": home
            return self.complete(None, self.home)
        # the verb between the clause's figure before and this one
        clause_prior = max(
            (g.end for g in groups if g.end <= group.start and g.clause == group.clause),
            default=None,
        )
        receptive = (
            lx.RECEPTIVE_RE.search(info.local(clause_prior, group.start))
            if preceding and clause_prior is not None
            else None
        )
        verb_at = clause_prior + receptive.start() if receptive else 0
        if receptive and not any(  # no side of its own right before it ("and Ukraine received")
            clause_prior <= m.start < verb_at and len(info.local(m.end, verb_at).split()) <= 1
            for m in info.parties
        ):  # "Russia handed over 1,000 bodies it said were Ukrainian soldiers' and received 24
            # in return": the second verb's subject is the first's
            return self.complete(None, min(preceding)[1])
        if (
            subject
            and not any(
                subject[0] < g.start < group.start for g in groups if g.clause == group.clause
            )
            and not any(
                g.end <= subject[0] and not info.local(g.end, subject[0]).strip() for g in groups
            )  # "The 39 Palestinian prisoners released in return": a participle, no subject
        ):  # "Hamas freed three hostages and Israel let 183 prisoners go": its own verb's subject
            found = self._role_direction(subject)
            if found:
                return found
        if (own := returning_subject(info, group.start, named=True)) and own in self.pair:
            return self.complete(None, own)  # "Україна повернула 230 людей, Росія отримала 248"
        # "230 Ukrainians came home and 248 people went the other way, to Russia": the one
        # role between the group and the next figure of its clause is the group's own
        following = [g.start for g in groups if g.start > group.end and g.value is not None]
        stop = min(following, default=info.clauses[group.clause][1])
        anchored = {m.start for m in info.parties}  # a preposition's party, not a subject's verb
        after = {
            (party, kind)
            for at, party, kind in clause_roles
            if group.end <= at < stop
            and at in anchored
            and any(group.end <= s < at for s, _ in info.release_spans)
        }
        if (
            len(after) == 1
            and not group.each
            and not lx.EACH_RE.search(info.clause_text(group.clause))
            and (found := self._role_direction((0, *after.pop())))
        ):
            return found
        coordinated = {
            owners[id(g)]
            for g in groups
            if g is not group
            and g.clause == group.clause
            and any(owners[id(g)])
            and not g.in_return  # "15 wounded soldiers in exchange for 31 Ukrainians"
        }
        if len(coordinated) == 1:
            return self.complete(*coordinated.pop())
        clause_text = info.clause_text(group.clause)
        each_clause = lx.EACH_RE.search(clause_text) and not lx.FOR_EACH_RATIO_RE.search(
            clause_text
        )
        if group.each or each_clause:
            return self.both()
        if preceding:  # "Russia handing over 1,000 bodies and receiving 24": the nearer verb
            found = self._role_direction(max(preceding))
            if found:
                return found
        found = self._from_roles(clause_roles)
        if found:
            return found
        if lx.SYMMETRIC_RE.search(clause_text) and (
            group.undisclosed or group.anaphora == "similar"
        ):
            return self.both()
        return []

    def _gapped_direction(self, info, group, roles) -> list[tuple[str, str]]:
        """ "Украина получила 230 своих граждан, а Россия - 248 военных": the verb left out is
        the one before, with the named side in the same role."""
        gapped = _gapped_party(info, group)
        if gapped:
            kinds = {kind for _, party, kind in roles if party != gapped}
            if len(kinds) == 1:
                return self._role_direction((0, gapped, kinds.pop()))
        return []

    def directions(self, info, group, groups, roles, owners, resolved) -> list[tuple[str, str]]:
        """Who sent and who received: own words first, then the sentence, then the story so far."""
        if group.elliptical and roles and (found := self._gapped_direction(info, group, roles)):
            return found  # "Ukraine received 1,000 bodies and Russia 24": Russia received
        found = self.strong_direction(info, group, groups, roles, owners)
        if (
            not group.in_return
            and info.clause_search(lx.RETURN_CUE_RE, group.clause)
            and (partner := [d for g, d in resolved if g.end <= group.start and len(d) == 1])
        ):  # "Syrian rebels released 48 Iranians, and the government of Bashar al-Assad freed
            # 2,130 detainees in return": to the side that freed the first ones
            subject = [
                party
                for at, party, role in sorted(roles)
                if role == "releaser" and at < group.start and info.clause_of(at) == group.clause
            ]
            releaser = subject[-1] if subject else found[0][0] if len(found) == 1 else None
            if releaser and releaser not in partner[-1][0]:
                return [(releaser, partner[-1][0][0])]
        if found:
            return found
        if group.in_return and (
            partner := [d for g, d in resolved if not g.in_return and g.end <= group.start]
        ):  # "Brittney Griner was traded for arms dealer Viktor Bout": the other way round
            if len(partner[-1]) == 1:
                return [partner[-1][0][::-1]]
        clause_text = info.clause_text(group.clause)
        earlier = [g for g in groups if g.end <= group.start and g.value is not None]
        if earlier and _FURTHER_RE.search(info.local(earlier[-1].end, group.start)):
            # "175 were freed under the exchange, and a further 22 came home outside it"
            before = self.strong_direction(info, earlier[-1], groups, roles, owners)
            if len(before) == 1:
                return before
        if (
            group.clause
            and info.local(info.start, info.clauses[group.clause][0]).rstrip()[-1:]
            in (":", "-", "—", "–", "(")
            and not _gapped_party(info, group)  # not "..., Россия — 45": a side of its own
        ):
            # "75 Ukrainians were freed: 71 soldiers and four civilians" - a breakdown of the
            # group before the colon, in its direction.
            before = [
                d
                for g in groups
                if g.clause == group.clause - 1
                and len(d := self.strong_direction(info, g, groups, roles, owners)) == 1
            ]
            if before:
                return before[-1]
        if (
            self.home
            and lx.CAPTIVITY_RE.search(clause_text)
            and any(group.clause == info.clause_of(start) for start, _ in info.release_spans)
            and not info.search(lx.EACH_RE)
        ):  # "тоді з полону повернулися 103 військових, а днем раніше ... 49 українців": back
            # from captivity in a Ukrainian story is home to Ukraine, whatever the other group
            return self.complete(None, self.home)
        if roles and (found := self._gapped_direction(info, group, roles)):
            return found
        answers = [  # "she was exchanged for Viktor Bout, the Russian arms dealer": his way back
            d
            for g in groups
            if g.in_return
            and not group.in_return
            and g.start >= group.end
            and g.clause == group.clause
            and len(d := self.strong_direction(info, g, groups, roles, owners)) == 1
        ]
        if answers:
            return [answers[0][0][::-1]]
        others = [
            d
            for g in groups
            if g is not group
            and g.clause != group.clause
            and not _dated_series(info, g, group)
            and len(d := self.strong_direction(info, g, groups, roles, owners)) == 1
        ]
        # not "the 22 wounded men were returning through a separate process rather than as
        # part of the exchange itself": outside the swap, not its other direction
        if (
            others
            and (info.search(_EXCHANGE_CUE_RE) or info.search(_THEN_OTHER_SIDE_RE))
            and not lx.SEPARATE_DEAL_RE.search(info.clause_text(group.clause))
            and not _OUTSIDE_SWAP_RE.search(info.text)
        ):
            return [others[0][0][::-1]]
        owner_roles = [  # whose people a clause's other figures are
            (0, owners[id(g)][1], "receiver")
            for g in groups
            if owners.get(id(g), (None, None))[1] and g.clause == group.clause
        ]
        found = self._from_roles(roles + owner_roles)
        if found:
            return found
        if info.search(lx.EACH_RE) and not info.search(lx.FOR_EACH_RATIO_RE):
            return self.both()
        last = self.last_direction
        if group.category == "body":
            last = self.last_body_direction or last
        clause_start = info.clauses[group.clause][0]
        if last and (
            lx.RETURN_CUE_RE.search(info.local(clause_start, group.start))
            # "The five commanders were released in exchange for 55 Russians": a cue after
            # the group that is "in exchange for" is about the group after it
            or (
                lx.RETURN_CUE_RE.search(clause_text)
                and not _FOR_AFTER_CUE_RE.search(info.local(group.end, info.sentence.end))
            )
        ):
            return [last[::-1]]
        named = {
            m.party
            for m in info.parties
            if m.party in self.pair
            # not "в російській неволі", "in Russian captivity": where they were held
            and not _CAPTIVITY_AFTER_RE.match(info.local(m.end, info.sentence.end))
        }
        if lx.HOME_RE.search(clause_text) and len(named) == 1 and not speaker_of(info, None):
            # "on Aug. 24, Ukraine's Independence Day, when 146 soldiers came home": the one
            # side the sentence names, in a sentence nobody is said to say, is their home
            return self.complete(None, next(iter(named)))
        if lx.HOME_RE.search(clause_text) and self.speaker in self.pair:
            # "came home" in a side's own statement; a Ukrainian story's own sentence is Kyiv's
            own = speaker_of(info, None)
            return self.complete(None, own if own in self.pair else self.home or self.speaker)
        speaker = speaker_of(info, self.speaker)
        if speaker in self.pair and _RETURN_OF_BEFORE_RE.search(
            info.local(max(info.start, group.start - 30), group.start)
        ):  # "The Ukrainian side reported the return of 140 people": its own people
            return self.complete(None, speaker)
        if self.home and (lx.CAPTIVITY_RE.search(clause_text) or lx.HOME_RE.search(clause_text)):
            return self.complete(None, self.home)  # "з полону повернулися": home is Ukraine
        if lx.CAPTIVITY_RE.search(clause_text) and (side := self.home_side()):
            return self.complete(None, side)
        if (own := returning_subject(info, group.start)) and own in self.pair:
            return self.complete(None, own)  # "Украина вернула 116 человек": brought back
        if self.home and (
            _IMPERSONAL_RETURN_RE.search(clause_text) or _CAME_BACK_UK_RE.search(clause_text)
        ):
            # "повернули 175 військових": brought back, in a story told from the home side
            side = self.home if self.home in self.pair else self.home_side()
            if side:
                return self.complete(None, side)
        told = {
            m.direction
            for m in self.claims.mentions[-200:]  # the story so far, bounded for huge input
            if m.kind == "release" and group.value and m.figure() == group.value
        }
        if len(told) == 1:  # "confirmed that all 110 had been freed": the 110 told before
            return [told.pop()]
        if last:
            return [last]
        if self.speaker:
            return self.complete(None, self.speaker)
        return []

    def _role_direction(self, role: tuple[int, str, str]) -> list[tuple[str, str]]:
        _, party, kind = role
        return self.complete(party, None) if kind == "releaser" else self.complete(None, party)

    def home_side(self) -> str | None:
        """The side whose people the story first reports coming back: the receiver of its
        first release."""
        return next(
            (
                m.received_by
                for m in self.claims.mentions
                if m.kind == "release" and not m.exchange_event
            ),
            None,
        )

    def _third_party(
        self, info, roles, releaser, receiver, alone: bool = False, clause: int | None = None
    ) -> tuple[str | None, str | None]:
        """A one-sided noun phrase ("252 Venezuelan nationals") whose sentence names the
        other side by its role ("held in El Salvador"): a third country outside the
        article's pair is taken over the pair's other member (the one of the phrase's own
        clause when each clause names its own: "Syrian rebels released 48 Iranians ..., and
        the government of Bashar al-Assad freed 2,130")."""
        if releaser and receiver:
            return releaser, receiver
        known, wanted = (releaser, "receiver") if releaser else (receiver, "releaser")
        named = {party for _, party, role in roles if role == wanted and party != known}
        if len(named) > 1 and clause is not None:
            named = {
                party
                for at, party, role in roles
                if role == wanted and party != known and info.clause_of(at) == clause
            } or named
        if (
            len(named) == 1
            # (or a side of the pair, when the known side is outside it: "Russia freed one
            # American ...": a swap between other parties told in the background)
            and (
                (third := next(iter(named))) not in self.pair or (alone and known not in self.pair)
            )
            and not (wanted == "receiver" and third in USUAL_MEDIATORS)  # "into Egypt": transit
        ):
            if not _in_party_list(info, third):
                return (releaser, third) if releaser else (third, receiver)
        return releaser, receiver

    def _from_roles(self, roles) -> list[tuple[str, str]]:
        receivers = {party for _, party, role in roles if role == "receiver"}
        releasers = {party for _, party, role in roles if role == "releaser"}
        receiver = next(iter(receivers)) if len(receivers) == 1 else None
        releaser = next(iter(releasers)) if len(releasers) == 1 else None
        if receiver and releaser and receiver == releaser:
            return []
        return self.complete(releaser, receiver)

    # -- one sentence --------------------------------------------------------------------

    def _surnames(self) -> set[str]:
        """The surnames of the people the story named in full so far, read when first asked."""
        for info in self._named_before:
            self._surname_set |= full_name_surnames(info)
        self._named_before.clear()
        return self._surname_set

    def _second_batch(self, info: SentenceInfo, group: Group) -> bool:
        """ "ХАМАС передал ... первых семерых заложников. Через несколько часов ... передали ещё
        13 человек": more, after a first batch the sentence before told."""
        if self.first_batch != info.index - 1:
            return False
        before = info.local(info.clauses[group.clause][0], group.start)
        return bool(_MORE_BEFORE_RE.search(before))

    def visit(self, info: SentenceInfo) -> None:
        mentions = len(self.claims.mentions)
        self._visit(info)
        if len(self.claims.mentions) > mentions and info.search(_FIRST_BATCH_RE):
            self.first_batch = info.index  # "передал ... первых семерых заложников"
        if not info.sentence.is_title and not info.sentence.is_furniture:
            if info.sentence.is_heading:
                self.headings.add(info.index)
            self._remember_date(info)
            self.last_subject = _opening_subject(info)
            self._named_before.append(info)
            if _may_name_year(info.text) and (years := _YEAR_MENTION_RE.findall(info.text)):
                self.recent_year = (info.index, int(years[-1]))

    def _remember_date(self, info: SentenceInfo) -> None:
        """The last day this sentence names, for "that day" / "the next day" in the next one."""
        days = _named_days(info, info.start, info.sentence.end)
        if not days and info.dates and info.search(_FIRST_SINCE_RE):
            # "Это первый обмен с 30 декабря. Тогда ...": the day of the exchange before
            since = [m for m in info.dates if m.kind == "explicit" and m.start > info.start]
            if since and (day := self._past(since[0])):
                self.recent = (info.index, day)
                self.recent_swap = info.index
        if days:
            clause = info.clause_of(days[-1].start)
            if (
                not info.clause_search(lx.FUTURE_RE, clause)
                # "Эти люди должны были выйти на свободу ещё в субботу, 22 февраля. В тот день
                # ХАМАС освободил шестерых": what was due on a past day still names that day
                or info.clause_search(_PAST_MODAL_RE, clause)
            ) and (day := self._past(days[-1])):
                self.recent = (info.index, day)
                rest = info.local(info.start, days[-1].start) + info.local(
                    days[-1].end, info.sentence.end
                )
                if (
                    info.release_spans
                    or info.search(lx.EXCHANGE_NOUN_RE)
                    # "Так, тридцятого грудня. Тоді додому повернулися 189": a day said alone,
                    # in answer, is the day the next sentence tells
                    or (len(days) == 1 and len(rest.split()) <= 3)
                ):
                    self.recent_swap = info.index
        self.named_days.extend(
            day for mention in days if mention.kind == "explicit" and (day := self._past(mention))
        )

    def _visit(self, info: SentenceInfo) -> None:
        self.current, self.current_info = info.index, info
        sentence = info.sentence
        if sentence.is_furniture and info.text.count("|") >= 2:
            self._table_line(info)
            return
        if self.slash_legend and (
            row := tables.slash_row(info.text, self.slash_legend, self.published)
        ):  # "• 31 January — 207 / 195": a row of a list read through its legend
            self.table_rows.append((row, (info.start, info.sentence.end)))
            return
        self._end_table()
        if legend := tables.slash_legend(info.text, info.table, self.pair):
            self.slash_legend = legend
            return
        if sentence.paragraph != self.paragraph:
            self.paragraph, self.para_date, self.scene_date = sentence.paragraph, None, None
            self.label_date = self.month_year = None
        if sentence.is_title:
            self._title_speaker(info)
            self._headline(info)
            return
        if self.published and _CLOCK_RE.fullmatch(info.text.strip()):
            # "15:30": a live blog's entry of its own day, not of a day an entry above went
            # back to ("the previous exchange, ten days ago, ...")
            self.narrative = self.heading_date = self.published
            self.heading_year = None
            self.recent = None
        if sentence.is_furniture:
            return
        for mention in info.dates:
            if mention.range_end and mention.value:
                self.date_range = (mention.value, mention.range_end)
        self.speaker = speaker_of(info, self.speaker) or _subject_official(info) or self.speaker
        if sentence.is_heading:
            dated = [self.resolve(m) for m in info.dates if m.kind != "vague"]
            # not "ADEN - Saturday", "01 лютого 2024, 10:15 | Пресслужба": a dateline or a
            # filing stamp gives the day of filing, not of the events
            dateline = _DATELINE_HEADING_RE.match(info.text) or (
                _CLOCK_RE.search(info.text)
                and not info.release_spans
                and not info.search(lx.EXCHANGE_NOUN_RE)
            )
            self.heading_date = dated[0] if dated and not dateline else None
            years = (
                set(_YEAR_MENTION_RE.findall(info.text))
                if not dated and _may_name_year(info.text)
                else set()
            )
            self.heading_year = int(years.pop()) if len(years) == 1 else None
            return
        if info.search(lx.CORRECTION_RE):
            self.claims.warnings.append(f"skipped a correction notice at {sentence.start}")
            return
        self.order += 1
        if (opening := month_opening(info.search(MONTH_OPENING_RE))) and opening[1]:
            self.month_year = opening  # the year of the month the paragraph is set in
        self._quoted_days(info)
        self._scene(info)
        if not (info.release_spans or info.has_number or info.search(lx.ANAPHORA_RE)):
            self._exchange_event(info, [])
            if info.search(lx.ALL_MILITARY_RE):
                self._notes(info, [], len(self.claims.mentions))
            return
        body_sentence = bool(info.search(lx.BODY_WORD_RE))
        groups = find_groups(info, body_sentence=body_sentence)
        if not groups and (them := self._released_them(info)):
            groups = [them]  # "The Salvadoran authorities released them to ...": those just told
        if not body_sentence and (named := surname_groups(info, self._surnames, groups)):
            groups = sorted(groups + named, key=lambda g: g.start)  # "Russia released Griner"
        self.groups_by_sentence[info.index] = groups
        roles = party_roles(info, self.speaker, it_party=self.last_subject)
        roles += self._demonym_roles(info, groups)
        roles += self._us_roles(info, roles)
        owners = {id(g): self.np_parties(info, g, roles) for g in groups}
        entry = _chronology_entry(info) or (
            # "31 мая. Первый обмен после перерыва: по 75 человек с каждой стороны."
            info.index == self.label_index + 1
            and self.label_date is not None
            and bool(info.search(lx.EXCHANGE_NOUN_RE))
            and not info.search(lx.FUTURE_RE)
        )
        has_release = (
            bool(info.release_spans)
            or bool(info.search(lx.EXCHANGE_PREDICATE_RE) and info.search(lx.EXCHANGE_NOUN_RE))
            or entry
        )
        whole_subset = bool(_WHOLE_SUBSET_RE.match(info.text))
        if not whole_subset and ": " in info.text:
            whole_subset = bool(_OF_THE_WHOLE_RE.match(info.text[info.text.rfind(": ") + 2 :]))
        among = _among_split(info, groups)
        parts = _appositive_parts(info, groups)
        resolved: list[tuple[Group, list[tuple[str, str]]]] = []
        counted_clauses: set[int] = set()
        note_groups: list[Group] = []
        first_mention = len(self.claims.mentions)
        for group in groups:
            if group.program:
                self._formula_swap(info, group)
                continue
            releasing = not _held_before(info, group) and (
                group.nfor
                or (group.in_return and has_release)  # "... in exchange for two nephews"
                or group.revision
                or (group.elliptical and _each_cue(info, group))
                or (has_release and _clause_releases(info, group))
                or entry  # "4 лютого 2023 року — 116 українців в обмін на 63 росіян"
            )
            if (
                (
                    group.subset
                    and not _BODIES_OF_BEFORE_RE.search(info.local(info.start, group.start))
                )
                or whole_subset
                or (group.nfor and _at_least_before(info, group))  # "минимум 1000 на 1000"
                or _part_of_subset(info, group, groups)
                or _others_in_list(info, group, groups)
                or self._subset_cue_before(info, group, among)
                or _described_again(info, group)
                or _whole_of_a_part(info, group, groups)
                or id(group) in parts
                or not releasing
            ):
                note_groups.append(group)
                continue
            if self._blocked(info, group):
                counted_clauses.add(group.clause)
                if group.value and _modal_governs(info, group, info.clause_text(group.clause)):
                    self._plan(info, group, groups, roles, owners, resolved)
                continue
            counted_clauses.add(group.clause)
            self._count_group(info, group, groups, roles, owners, resolved, body_sentence)
        self._flush()
        if whole_subset:  # "of the 126 ..., 96 have returned home": told in figures
            counted_clauses.update(group.clause for group in groups)
        self._undisclosed(info, groups, roles, owners, resolved, counted_clauses, has_release)
        self._exchange_event(info, groups)
        self._notes(info, note_groups, first_mention)

    def _released_them(self, info: SentenceInfo) -> Group | None:
        """ "The 252 Venezuelan men held in El Salvador landed in Maiquetía. The Salvadoran
        authorities released them to Venezuelan representatives": the people of the sentence
        before (its one group of people, which no handover counted), by pronoun."""
        them = _RELEASED_THEM_RE.search(info.text) if " them" in info.text else None
        before = self.groups_by_sentence.get(info.index - 1, [])
        if not them or len(before) != 1 or before[0].value is None:
            return None
        previous = self.infos[info.index - 1]
        if (
            previous.sentence.paragraph != info.sentence.paragraph
            or before[0].category not in ("generic", "military", "civilian", "women", "minors")
            or before[0].subset
            or any(m.evidence[0] == previous.start for m in self.claims.mentions)
        ):
            return None
        start = info.start + them.start("them")
        return Group(
            before[0].value,
            start,
            start + 4,
            before[0].category,
            dict(before[0].overlaps),
            clause=info.clause_of(start),
        )

    def _quoted_days(self, info: SentenceInfo) -> None:
        story_day = self.narrative if self.narrative != self.published else None
        for mention in info.dates:
            day = quoted_day(info, mention, story_day)
            if day:
                self.resolved_dates[(mention.start, mention.end)] = day

    def _scene(self, info: SentenceInfo) -> None:
        """A sentence that opens on its date ("On Friday, the waiting ended for ...") sets the
        scene: the paragraph's later sentences without a date of their own happen then. A
        future sentence ("Tomorrow the third stage is to take place") sets no scene."""
        if not info.dates or info.search(lx.FUTURE_RE):  # no date: no scene, future or not
            return
        for index, mention in enumerate(info.dates):
            following = info.dates[index + 1] if index + 1 < len(info.dates) else None
            if (
                mention.kind == "ordinal"
                and self.resolve(mention) is None
                and following is not None
                and _SCENE_OPENING_RE.match(info.local(info.start, mention.start))
                and _APPOSED_DATE_GAP_RE.fullmatch(info.local(mention.end, following.start))
            ):  # "On the first day, Friday, four aircraft flew": the day it names
                index, mention = index + 1, following
            elif not (
                _SCENE_OPENING_RE.match(opening := info.local(info.start, mention.start))
                or _DAY_OF_EVENT_AFTER_RE.match(info.local(mention.end, info.sentence.end))
                or _restated_day(opening)
            ):
                continue
            if mention.kind != "vague" and self._usable(info, index):
                day = self.resolve(mention)
                if day and (self.published is None or day <= self.published):
                    self.scene_date = day
                    # "8 лютого. Обмін за формулою «100 на 100».": a date alone labels the
                    # entry of a chronology that follows it
                    if not info.local(mention.end, info.sentence.end).strip(" .:—–-"):
                        self.label_date, self.label_index = day, info.index
                return

    @staticmethod
    def _exchange_happened(info: SentenceInfo, happened: re.Match) -> bool:
        """The verb says an exchange of living people happened: its clause (or the one before,
        "The exchange, which ..., took place") names the exchange, no remains and no future
        one ("the incursion, which began on Aug. 6, gives leverage for future swaps": no)."""
        index = info.clause_of(info.start + happened.start())
        clause = info.clause_text(index)
        if lx.BODY_WORD_RE.search(clause) or _PLANNED_EXCHANGE_RE.search(clause):
            return False
        if _NOW_DONE_RE.match(happened.group()) and _CONDITION_BEFORE_RE.search(
            info.text[max(0, happened.start() - 40) : happened.start()]
        ):
            return False  # "... once the exchange is complete", "when the swap is done"
        if lx.EXCHANGE_NOUN_RE.search(clause):
            return True
        before = info.clause_text(index - 1) if index else ""
        return bool(lx.EXCHANGE_NOUN_RE.search(before)) and not lx.BODY_WORD_RE.search(before)

    def _title_speaker(self, info: SentenceInfo) -> None:
        """ "Coordination Headquarters: 390 Ukrainians freed" - the headline names who speaks."""
        colon = info.text.find(":")
        if 0 < colon <= 60:
            named = [m for m in info.parties + info.affiliates if m.end <= info.start + colon]
            if named:
                self.speaker = named[0].party

    def _headline(self, info: SentenceInfo) -> None:
        """ "Ukraine brings home 103 defenders": a headline figure with a direction of its own
        words. It never makes a handover; it only gives a figure to one the body reports
        without any ("returned home after a new exchange", "Unit: 59" lists aside)."""
        present = _HEADLINE_VERB_RE.search(info.text)  # "Russia and Ukraine swap 20 prisoners"
        if not (info.release_spans or present) or len(info.text) > _HEADLINE_MAX:
            return
        groups = find_groups(info, body_sentence=bool(info.search(lx.BODY_WORD_RE)))
        roles = party_roles(info, self.speaker, it_party=self.last_subject)
        roles += self._demonym_roles(info, groups)
        roles += self._us_roles(info, roles)
        owners = {id(g): self.np_parties(info, g, roles) for g in groups}
        for group in groups:
            if (
                group.value is None
                or group.category == "body"
                or group.anaphora
                or group.undisclosed
                or group.subset
                or group.program
                or group.nfor
                or group.in_return  # "Киев отдал политика и 55 военнопленных за 215 человек"
                or not (present or _clause_releases(info, group))
            ):
                continue
            directions = self.strong_direction(info, group, groups, roles, owners)
            if len(directions) not in (1, 2):
                continue  # one side, or "swap 20 prisoners each": both
            total, slots, overlaps, _ = self._figures(group, None)
            for direction in directions:
                self.headline.append(
                    Mention(
                        "release",
                        self.lead,
                        RANK_PUBLISHED,
                        *direction,
                        total,
                        dict(slots),
                        dict(overlaps),
                        None,
                        0,
                        (info.start, info.sentence.end),
                    )
                )

    def headline_for(self, mention: Mention) -> Mention | None:
        """The headline's figure for a handover the body gives no figure for."""
        if mention.figure() is not None:
            return None
        return next(
            (
                h
                for h in self.headline
                if (h.kind, h.date, h.direction) == (mention.kind, mention.date, mention.direction)
            ),
            None,
        )

    def _formula_swap(self, info: SentenceInfo, group: Group) -> None:
        clause_text = info.clause_text(group.clause)
        released = any(
            info.clause_of(start) == group.clause for start, _ in info.release_spans
        ) or bool(lx.RELEASE_RE.search(clause_text))
        if not group.nfor or not group.value:
            return
        if lx.FUTURE_RE.search(clause_text) or AGREED_VERB_RE.search(clause_text):
            return
        # "провели обмен — по формуле 150 на 150": a formula set off in a clause of its own,
        # without a verb, is the size of the swap the clause before tells
        governing = (
            governing_clause(info, group.clause) if not _VERB_RE.search(clause_text) else None
        )
        if governing and (lx.FUTURE_RE.search(governing) or AGREED_VERB_RE.search(governing)):
            governing = None  # (a planned or agreed swap: its size, not a swap told)
        if _at_least_before(info, group):
            return  # "речь идет минимум о 1000 на 1000": a deal's minimum, never a swap's size
        if lx.PART_OF_BEFORE_RE.search(info.local(max(info.start, group.start - 40), group.start)):
            return  # "the last of three days of a 1,000-for-1,000 exchange": the whole deal
        if any(m.range_end and info.clause_of(m.start) == group.clause for m in info.dates):
            return  # "23–25 травня відбувся обмін за формулою «1000 на 1000»": days, the whole
        date, rank = self.group_date(info, group)
        labelled = rank == RANK_CONTEXT and date is not None and date == self.label_date
        if labelled and lx.EXCHANGE_NOUN_RE.search(clause_text):
            rank = RANK_OWN  # the entry under a date label: "8 лютого. Обмін «100 на 100»."
        # "Предыдущий обмен прошёл 30 декабря. Тогда Минобороны заявило о формате «150 на
        # 150»": the swap the sentence before dated
        then = (
            (rank < RANK_OWN or (self.recent is not None and date == self.recent[1]))
            and self.recent is not None
            and self.recent_swap == self.recent[0] == info.index - 1
            and (
                _THEN_OPENING_RE.match(info.text)
                # "Последний обмен прошёл 30 декабря. Минобороны сообщило о формуле «150 на
                # 150»": a side's account, with no day of its own, of the swap just dated
                or (not info.dates and info.search(lx.REPORTING_RE))
            )
        )
        if then:
            date, rank = self.recent[1], RANK_OWN
        happened = (
            released
            or _TOOK_PLACE_RE.search(clause_text)
            or (governing and _TOOK_PLACE_RE.search(governing))
            or _chronology_entry(info)
            or (labelled and rank == RANK_OWN)
            or then
            or _dated_verbless(info)
        )
        if not happened and _DEAL_NOUN_RE.search(clause_text):
            return  # "The five-for-five arrangement came out of indirect talks": the deal
        # "246 were freed under the 246-for-246 formula", "the swap took place ...": a swap of
        # that size on that day; "confirmed the exchange under the 100-for-100 formula": the
        # size of a swap the story reports, when a handover has that figure
        said = [
            self.resolve(m)
            for m in info.dates
            if info.clause_of(m.start) == group.clause
            and not SINCE_BEFORE_RE.search(
                info.local(info.start, m.start)
            )  # "the first since 31 May"
        ]
        if not happened and any(
            day is None or self.narrative is None or day < self.narrative for day in said
        ):  # "Putin announced the 175-for-175 exchange on Tuesday": a deal before the swap
            return  # (not "announced a 107-for-107 format earlier in the day")
        undated = date is None and rank == RANK_OWN and bool(info.search(MONTH_OPENING_RE))
        if not happened or rank < RANK_OWN or (date is None and not undated):
            # "Among those freed under the 175-for-175 formula ...": the size of a swap that
            # the story dates elsewhere, when a handover has that figure
            self.formula_undated.add(group.value)
            self.formula_told.setdefault(group.value, (self.order, (info.start, info.sentence.end)))
            return
        body = _after_body_word(info, group)
        soldiers = not body and _soldiers_only(info, group)
        for released_by, received_by in self.both():
            mention = Mention.figure_only(
                date,
                rank,
                (released_by, received_by),
                group.value,
                self.order,
                (info.start, info.sentence.end),
                self._speaker_for(info),
                kind="body" if body else "release",
            )
            if soldiers:  # "обменялись военнопленными в формате 175 на 175"
                mention.slots = {"military": group.value}
            self.formula_swaps.append(mention)

    def _table_line(self, info: SentenceInfo) -> None:
        """A line of a release table ("31 Jan | 207 | 195 | UAE"), read through its header."""
        if self.table_head is None:
            self.table_head = tables.header(info.text, info.table, self.pair)
            return
        row = tables.row(info.text, self.table_head, self.published, info.table)
        if row is not None:
            self.table_rows.append((row, (info.start, info.sentence.end)))

    def _formula_other_direction(self, numbered: set[tuple]) -> None:
        """ "75 of our citizens came home. The exchange took place under the 75-for-75
        formula": the formula of the one swap with that figure gives its other direction."""
        for value in sorted(self.formula_undated):
            told = [
                m
                for m in self.claims.mentions
                if m.kind == "release" and m.date and not m.undisclosed and m.figure() == value
            ]
            if len({(m.date, m.released_by, m.received_by) for m in told}) != 1:
                continue
            day, released_by, received_by = told[0].date, told[0].released_by, told[0].received_by
            if (day, received_by, released_by) in numbered:
                continue
            order, evidence = self.formula_told[value]
            self.claims.mentions.append(
                Mention.figure_only(
                    day, RANK_CONTEXT, (received_by, released_by), value, order, evidence
                )
            )

    def _end_table(self) -> None:
        """The table's handovers: one a row and direction, the rows of one day and direction
        added up (a list of people, one a row), a row without a day on the story's day."""
        rows = [row for row, _ in self.table_rows]
        told: dict[tuple, list] = {}
        for (row, evidence), day in zip(
            self.table_rows, tables.in_order(rows, self.published), strict=True
        ):
            if day is None:
                day = self.context_date()[0]
            for released_by, received_by, value in row.figures:
                for direction in self.complete(released_by, received_by):
                    key = (row.kind, day, direction)
                    if key in told:
                        total, first = told[key]
                        told[key] = [
                            None if total is None or value is None else total + value,
                            first,
                        ]
                    else:
                        told[key] = [value, evidence]
        for (kind, day, direction), (total, evidence) in told.items():
            self.order += 1
            self.claims.mentions.append(
                Mention.figure_only(
                    day, RANK_OWN, direction, total, self.order, evidence, kind=kind
                )
            )
        self.table_head, self.table_rows = None, []

    def finish(self) -> None:
        """A swap's formula becomes its figures when nothing else gives that day's figures;
        headline figures join the body's figureless handovers, and nothing else."""
        self._end_table()
        numbered = {  # a figure added on top ("separately, 15 wounded") leaves the base open
            (m.date, m.released_by, m.received_by)
            for m in self.claims.mentions
            if m.kind == "release" and not m.undisclosed and not m.additive
        }
        for mention in self.formula_swaps:
            # a direction the day's own figures leave out takes the formula ("175 for 175,
            # and separately 22 wounded": 197 one way, 175 the other)
            if (mention.date, mention.released_by, mention.received_by) not in numbered:
                self.claims.mentions.append(mention)
                self.formula_released.add(mention.total)
            elif any(
                m.date == mention.date and _formula_size(mention.total, m.figure())
                for m in self.claims.mentions
                if m.kind == "release"
            ):  # the day's own figures are the formula's: the swap, not a deal
                self.formula_released.add(mention.total)
        self._formula_other_direction(numbered)
        figures = [m.figure() for m in self.claims.mentions if m.kind == "release"]
        self.formula_released |= {
            value for value in self.formula_undated if any(_formula_size(value, f) for f in figures)
        }
        if not self.headline:
            return
        keys: dict[tuple, bool] = {}
        for m in self.claims.mentions:
            key = (m.kind, m.date, m.released_by, m.received_by)
            keys[key] = keys.get(key, False) or not m.undisclosed
        for h in self.headline:
            if keys.get((h.kind, h.date, h.released_by, h.received_by)) is False:
                self.claims.mentions.append(h)

    def _flush(self) -> None:
        """One sentence, one mention per handover: its groups add up ("270 soldiers and 120
        civilians"), a general total ("390 people") stays the total."""
        combined: dict[tuple, Mention] = {}
        for mention in self.pending:
            key = (mention.kind, mention.date, mention.released_by, mention.received_by)
            if key not in combined:
                combined[key] = mention
                continue
            into = combined[key]
            parts = [v for v in into.slots.values()]
            if (
                into.total is None
                and (mention.addend or mention.additive)
                and mention.total is not None
                and parts
                and None not in parts
            ):
                into.total = sum(parts) + mention.total  # "55 soldiers as well as X"
            elif into.total is None:
                into.total = mention.total
            elif mention.addend and mention.total is not None:
                into.total += mention.total
            elif (
                (mention.additive or mention.addend)
                and mention.total is None
                and mention.slots
                and None not in mention.slots.values()
            ):  # "175 for 175, and Russia also handed over 22 wounded soldiers"
                into.total += sum(mention.slots.values())
            for slot, value in mention.slots.items():
                if slot in into.slots and into.slots[slot] is not None and value is not None:
                    into.slots[slot] += value
                elif into.slots.get(slot) is None:
                    into.slots[slot] = value
            for name, value in mention.overlaps.items():
                into.overlaps[name] = into.overlaps.get(name, 0) + value
            into.undisclosed = into.undisclosed and mention.undisclosed
            into.rank = max(into.rank, mention.rank)
        self.claims.mentions.extend(combined.values())
        self.pending = []

    def _us_roles(self, info: SentenceInfo, roles) -> list[tuple[int, str, str]]:
        """ "Киеву отдали 215 человек, а нам вернули 55": "us" are the side the sentence gives
        the others to (the pair's other side), when it names the receiving side once."""
        text = info.text
        hinted = "нам" in text or " to us" in text
        us = _US_RECEIVER_RE.search(text) if hinted and len(self.pair) == 2 else None
        if us is None:
            return []
        receivers = {party for at, party, role in roles if role == "receiver"}
        position = info.start + us.start(next(n for n in ("us", "us2", "us3") if us.group(n)))
        if len(receivers) != 1 or any(at == position for at, _, _ in roles):
            return []
        other = self.other(next(iter(receivers)))
        return [(position, other, "receiver")] if other else []

    def _demonym_roles(self, info: SentenceInfo, groups: list[Group]) -> list[tuple[int, str, str]]:
        roles = []
        for mention in info.parties:
            if any(g.start <= mention.start < g.end for g in groups):
                continue
            if not info.release_spans:
                continue
            if _CAPTOR_AROUND_RE.search(
                info.local(max(info.start, mention.start - 12), mention.start)
            ) or (
                _CAPTOR_VERB_AFTER_RE.match(info.local(mention.end, info.sentence.end))
            ):  # "civilians whom the Russians jailed", "яких росіяни ув'язнили": the captors
                continue
            word = _POSSESSIVE_S_RE.sub("", mention.text.lower())
            if noun_category(word) != "generic" and LOCATIVE_BEFORE_RE.search(
                info.local(max(info.start, mention.start - 6), mention.start)
            ):
                continue  # "передали американцам в Минске троих": where, not whose
            following = [t for t in info.tokens if t.start >= mention.end][:2]
            people_after = any(
                noun_category(t.low) in ("generic", "military", "civilian", "women", "minors")
                for t in following
            )
            if noun_category(word) == "generic" or people_after:
                roles.append((mention.start, mention.party, "receiver"))
        return roles

    def _subset_cue_before(self, info: SentenceInfo, group: Group, among: int | None) -> bool:
        if among is not None and group.clause == info.clause_of(among):
            return group.start < among  # "Seven ... are among the 185 soldiers who returned"
        before = info.local(info.start, group.start)
        boundary = max(before.rfind(";"), before.rfind("\n"))  # a list item ends a subset's scope
        if group.in_return:
            return False  # "seven Americans, including five executives, in exchange for two ..."
        segment = before[boundary + 1 :]
        cues = list(lx.SUBSET_RE.finditer(segment))
        # "230 Ukrainians - six of them civilians - were freed, with 248 Russians ...": a
        # subset cue inside a closed parenthesis does not reach past it
        if not cues:
            return False
        rest = segment[cues[-1].end() :]
        if _NEW_SPEAKER_CLAUSE_RE.search(rest):
            return False  # "144 servicemen, 95 of them ..., and Pushilin said the same number"
        if _OF_WHOM_RE.search(cues[-1].group(0)) and _JOINED_AFTER_COMMA_RE.search(rest):
            # "64 soldiers, many of whom fought at Bakhmut, along with a U.S. citizen": the
            # relative clause ends at its comma
            return False
        asides = list(_CLOSED_ASIDE_RE.finditer(rest))
        if any(rest[m.end() :].strip() for m in asides):
            return False
        if asides and any(  # "серед звільнених — 180 рядових і 27 офіцерів": all the freed
            t.kind == "num" and t.start >= group.end and info.clause_of(t.start) == group.clause
            for t in info.tokens
        ):
            return False  # (but "среди переданных Киеву — один гражданский": a part)
        # "63 soldiers, including some in a sensitive category, while Kyiv said 116 ...": nor
        # past a clause of its own that a conjunction ends
        cue_at = info.start + boundary + 1 + cues[-1].start()
        if any(cue_at < start < group.start for start, _ in info.release_spans) and (
            lx.RETURN_CUE_RE.search(info.local(cue_at, group.start))
        ):  # "215 freed, among them the commanders ..., handing over in return 55 Russians"
            return False
        return not _NEW_CLAUSE_RE.search(info.local(cue_at, group.start))

    def _both_ways_sum(self, value: int | None) -> bool:
        """ "Загалом у середу свободу отримали 372 людини": the day's two figures added up."""
        told = self._told_by_side
        mentions = self.claims.mentions  # only ever appended to: read what came since
        for m in mentions[self._told_upto :]:
            if m.kind == "release" and (figure := m.figure()) is not None:
                key = (m.date, m.released_by)
                told[key] = max(told.get(key, 0), figure)
        self._told_upto = len(mentions)
        days: dict = {}
        for (day, _), figure in told.items():
            days.setdefault(day, []).append(figure)
        return any(len(figures) == 2 and sum(figures) == value for figures in days.values())

    def _plan(self, info, group, groups, roles, owners, resolved) -> None:
        """ "under which Azerbaijan would release 32 Armenian servicemen": a figure the deal
        provides, kept for a later "in accordance with the agreement, the servicemen of both
        sides were handed over" that gives none."""
        if info.search(lx.NEGATION_RE) or group.category == "body":
            return
        for direction in self.directions(info, group, groups, roles, owners, list(resolved)):
            self.planned.setdefault(direction, set()).add(group.value)

    def _month_lower_bound(self, info: SentenceInfo, group: Group) -> bool:
        """ "У червні Україна отримала понад 6 тисяч тіл": "more than" a figure over a month,
        no day: a month's tally, not a handover."""
        if not _LOWER_BOUND_BEFORE_RE.search(
            info.local(max(info.start, group.start - 20), group.start)
        ):
            return False
        if month_opening(info.search(MONTH_OPENING_RE)) is None:
            return False
        return not any(
            m.kind != "vague" and self._usable(info, i) for i, m in enumerate(info.dates)
        )

    def _blocked(self, info: SentenceInfo, group: Group) -> bool:
        clause_text = info.clause_text(group.clause)
        if (
            _modal_governs(info, group, clause_text)
            or _COMPARISON_AFTER_RE.match(info.local(group.end, info.sentence.end))
            or (  # "Ten Thai nationals were freed under a separate arrangement", but not
                # "under a separate arrangement Moscow released 31 wounded Ukrainian soldiers"
                lx.SEPARATE_DEAL_RE.search(clause_text)
                and not any(
                    group.start <= m.start < group.end and m.party in self.pair
                    for m in info.parties
                )
                # nor "15 тяжелораненых были переданы России в рамках отдельной договорённости":
                # a side of the pair in a role in the clause
                and not any(
                    info.clause_of(at) == group.clause and party in self.pair
                    for at, party, _ in party_roles(info, self.speaker)
                )
            )
            or _MANY_COUNTRIES_RE.search(clause_text)  # "26 people and seven countries"
            or self._month_lower_bound(info, group)
            or _agreed_terms(info, group)
            or (  # but "the bodies of 501 soldiers killed in the war": the dead returned
                _CASUALTY_AFTER_RE.match(info.local(group.end, info.sentence.end))
                and not _is_body(info, group)
            )
        ):
            return True
        # "..., with 39 prisoners going the other way": the clause before governs it
        adjunct = _WITH_OPENING_RE.match(clause_text) and _ING_AFTER_RE.match(
            info.local(group.end, info.clauses[group.clause][1])
        )
        if adjunct and group.clause and info.clause_search(lx.FUTURE_RE, group.clause - 1):
            return True
        if _ABOUT_OPENING_RE.match(clause_text) and any(
            info.clause_search(lx.FUTURE_RE, index) for index in range(group.clause)
        ):  # "готова обменять ... на жителей Курской области, — речь идёт о 30 гражданских":
            return True  # what the offer is about
        if (
            group.clause
            and _AND_SIDE_INFINITIVE_RE.match(clause_text)
            and info.clause_search(lx.FUTURE_RE, group.clause - 1)
        ):  # "ХАМАС должен был вернуть 33 заложника, а Израиль освободить около двух тысяч":
            return True  # the modal of the clause before governs the infinitive left alone
        if _gapped_party(info, group) and (
            governing := governing_clause(info, group.clause)
        ):  # "ХАМАС має звільнити 33 заручників, Ізраїль — майже 1900 палестинців": the verb
            if lx.FUTURE_RE.search(governing):  # left out is the one before, future and all
                return True
        if group.elliptical and (governing := governing_clause(info, group.clause)):
            # "agreed on the transfer of bodies - 6,000 from each side -": the verbless clause
            # is governed by the one before it
            if lx.FUTURE_RE.search(governing) or (
                lx.BODY_WORD_RE.search(governing) and group.category != "body"
            ):  # (not "Украина получила 212 тел, Россия — 45": bodies, like the figure before)
                return True
        if group.nfor and (governing := _handover_clause_before(info, group.clause)):
            # "agreed to hand back the bodies; Kyiv described that part as 6,000 for 6,000":
            # a formula without a verb of its own is the handover told before it
            if lx.FUTURE_RE.search(governing) or lx.BODY_WORD_RE.search(governing):
                return True
        if (
            lx.AFTER_CLAUSE_RE.match(clause_text)
            and not _HOURS_AFTER_RE.match(clause_text)
            and not _own_date(info, group.clause)
            and "," not in info.local(info.clauses[group.clause][0], group.start)
        ):  # "two days after it handed over four bodies": another, undated event (but not
            # "After mediators intervened, 13 Israelis were handed over": that is the main clause)
            return True
        adjacent = _adjacent_date(info, group) or any(
            g.series[0] == group.series[0] and _adjacent_date(info, g)
            for g in self.groups_by_sentence.get(info.index, [])
            if group.series and g.series
        )  # "230, 207 and 100 prisoners on Jan. 3, ...": the series' dates are its own
        day_total = _one_day_total(info, group) and not self._both_ways_sum(group.value)
        if not adjacent and any(
            not _is_duration(clause_text, match)
            and not (day_total and _DAY_TOTAL_CUE_RE.fullmatch(match.group(0)))
            and not _one_of(clause_text, match)
            for match in info.clause_matches(lx.CUMULATIVE_STRONG_RE, group.clause)
        ):
            return True
        rest = info.local(group.end, info.sentence.end).split(";")[0]
        if (added := _ELABORATION_RE.search(rest)) and lx.CUMULATIVE_STRONG_RE.search(
            rest[added.end() :]
        ):  # "Киев заявил о возвращении 130 человек, уточнив, что обмен шёл в несколько
            # этапов": what the same statement adds about its figure
            return True
        if _PART_IN_A_YEAR_AFTER_RE.search(rest):
            return True  # "вернулись 3956 человек, из них 1358 — в уходящем году": a tally
        if _period_of_days(info, group.clause):
            return True  # "between 19 January and 1 March, 33 hostages were returned": a total
        if _undated_since_when(info, group.clause):
            return True
        clause_head = info.local(info.clauses[group.clause][0], group.start)
        if (
            (frame := _YEAR_FRAME_RE.search(clause_head))
            and not lx.DURATION_BEFORE_SINCE_RE.search(clause_head[: frame.start()])
            and not _own_date(info, group.clause)
        ):
            return True  # "in 2024, 1,358 people came home": a year's total
        before = info.local(info.start, group.start)
        before = before[
            max(before.rfind(":"), before.rfind(";")) + 1 :
        ]  # "over three days: 390 on Friday, ..."
        clause_offset = len(before) - (group.start - info.clauses[group.clause][0])
        for regex in (lx.CUMULATIVE_STRONG_RE, lx.CUMULATIVE_WEAK_RE):
            for match in regex.finditer(before):
                if _PLURAL_EVENTS_RE.fullmatch(match.group(0)) and match.start() < clause_offset:
                    continue  # "Exchanges then stalled after a swap on Feb 8, in which 100 ..."
                if day_total and _DAY_TOTAL_CUE_RE.fullmatch(match.group(0)):
                    continue  # "In all, 150 came home on Friday"
                if _one_of(before, match):
                    continue
                if match.group(0).startswith("before") and any(
                    m.kind == "explicit" and m.start >= group.start - len(before) + match.end()
                    for m in info.dates
                    if m.end <= group.start
                ):
                    continue  # "The swap before Monday's took place on 18 October, when 95 ..."
                if not _is_duration(before, match) and not adjacent:
                    return True
        for match in _SINCE_RE.finditer(clause_text):
            if not _is_duration(clause_text, match) and not adjacent:
                return True
        return False

    def _count_group(self, info, group, groups, roles, owners, resolved, body_sentence) -> None:
        kind = "body" if _is_body(info, group) else "release"
        date, rank = self.group_date(info, group)
        if date is None and _ALREADY_RE.search(
            info.local(info.clauses[group.clause][0], group.start)
        ):  # "Путин заявил, что Россия уже передала Украине тела 6000": a tally, no handover
            return
        if group.anaphora:
            directions, antecedent = self._anaphora_direction(info, group, roles, owners)
        else:
            directions, antecedent = (
                self.directions(info, group, groups, roles, owners, resolved),
                None,
            )
        resolved.append((group, directions))
        if not directions:
            return
        if _OWN_PRONOUN_RE.search(info.local(group.start, group.end)) and any(
            role == "releaser"
            and party == directions[0][1]
            and info.clause_of(at) == group.clause
            and at < group.start
            and not any(at < g.start < group.start for g in groups)
            and not lx.RECEPTIVE_RE.search(info.local(at, group.start))
            and not lx.RETURN_CUE_RE.search(info.local(at, group.start))
            for at, party, role in roles
        ):  # "Separately, Venezuela freed about 20 of its own political prisoners": at home
            return
        own_side = owners.get(id(group), (None, None))[1]
        if (
            kind == "release"
            and own_side
            and any(
                role == "releaser"
                and party == own_side
                and info.clause_of(at) == group.clause
                and at < group.start
                and _FREED_AT_HOME_VERB_RE.match(info.local(at, group.start))
                for at, party, role in roles
            )
        ):  # "Caracas also freed 20 Venezuelan political prisoners": its own people, at home
            return
        total, slots, overlaps, undisclosed = self._figures(group, antecedent)
        if (
            kind == "release"
            and group.nfor
            and total is not None
            and not slots
            and not any(g is not group and g.value == total for g in groups)
            and _soldiers_only(info, group)
        ):
            slots = {"military": total}  # "swapped prisoners of war in a 75-for-75 exchange"
        additive = (
            _additive(info, group, groups)
            or self._answers_addition(info, directions)
            or self._second_batch(info, group)
        )
        for released_by, received_by in directions:
            self.pending.append(
                Mention(
                    kind,
                    date,
                    rank,
                    released_by,
                    received_by,
                    total,
                    dict(slots),
                    dict(overlaps),
                    self._speaker_for(info),
                    self.order,
                    (info.start, info.sentence.end),
                    undisclosed=undisclosed,
                    additive=additive,
                    addend=_coordinated_addend(info, group, groups),
                    revision=group.revision,
                    answer=group.in_return,
                )
            )
        if len(directions) == 1 and kind == "release":
            self.last_direction = directions[0]
        elif len(directions) == 1:  # remains do not turn the way people go
            self.last_body_direction = directions[0]
        if rank >= RANK_CONTEXT and date:
            self.narrative = self.para_date = date

    def _answers_addition(self, info: SentenceInfo, directions: list[tuple[str, str]]) -> bool:
        """ "Дополнительно Россия передала 31 раненого. Взамен вернулись 15 тяжелораненых": the
        answer to a group added on top is added on top too."""
        cue = info.search(lx.RETURN_CUE_RE) if len(directions) == 1 else None
        if cue is None or _WORD_CHAR_RE.search(info.text, 0, cue.start()):
            return False  # "In return ..." must open the sentence
        before = self.claims.mentions[-1] if self.claims.mentions else None
        return (
            before is not None
            and before.additive
            and before.order == self.order - 1
            and before.direction == directions[0][::-1]
        )

    def _speaker_for(self, info: SentenceInfo) -> str | None:
        return speaker_of(info, self.speaker)

    def _figures(self, group: Group, antecedent: Mention | None):
        """(total, slots, overlaps, undisclosed) for one group."""
        overlaps = dict(group.overlaps)
        if group.anaphora == "similar" or (group.anaphora == "same" and antecedent is None):
            return None, {}, {}, True
        if group.anaphora == "same":
            value = antecedent.figure()
            mixed = len([v for v in antecedent.slots.values() if v is not None]) > 1
            if group.category in ("military", "civilian"):
                # "the same number of POWs": the same number of soldiers, not the same total,
                # unless the antecedent mixed soldiers and civilians (then it is the total)
                if not (mixed and value is not None):
                    value = antecedent.slots.get(group.category) or value
                return None, {group.category: value}, {}, value is None
            # "an equal number of people", "the same number": a count; rule 7 gives a direction
            # only the kinds stated for it
            return value, {}, {}, value is None
        if group.undisclosed:
            slots = {group.category: None} if group.category in ("military", "civilian") else {}
            return None, slots, {}, True
        if group.category in ("military", "civilian"):
            return None, {group.category: group.value}, overlaps, False
        return group.value, {}, overlaps, False

    def _anaphora_direction(self, info, group, roles, owners):
        releaser, receiver = owners[id(group)]
        own = self.complete(releaser, receiver) if (releaser or receiver) else []
        if not own:
            clause_roles = [r for r in roles if info.clause_of(r[0]) == group.clause]
            own = self._from_roles(clause_roles)
        kind_mentions = [
            m for m in self.claims.mentions[-50:] + self.pending if m.kind == "release"
        ]
        antecedent = None
        for mention in reversed(kind_mentions):
            if not own or mention.direction != own[0]:
                antecedent = self.headline_for(mention) or mention
                break
        if antecedent is not None and not any(antecedent is m for m in self.pending):
            # "150 came home ... 108 of them from the army ... Russia received the same
            # number": the handover's whole figure, not the last part of it named
            same = [
                m
                for m in kind_mentions
                if (m.date, m.direction) == (antecedent.date, antecedent.direction)
                and m.figure() is not None
                and not m.undisclosed
            ]
            antecedent = max(same, key=lambda m: m.figure(), default=antecedent)
        elif antecedent is not None:
            # "270 servicemen and 120 civilians had been returned, and Ukraine had received
            # the same number": the groups of this sentence together, not the last one
            parts = [
                m
                for m in self.pending
                if (m.kind, m.date, m.direction)
                == (antecedent.kind, antecedent.date, antecedent.direction)
                and m.total is None
                and m.slots
                and None not in m.slots.values()
            ]
            kinds = [kind for m in parts for kind in m.slots]
            if len(parts) > 1 and len(kinds) == len(set(kinds)):
                slots = {kind: value for m in parts for kind, value in m.slots.items()}
                antecedent = dataclasses.replace(antecedent, slots=slots)
        if own:
            return own, antecedent
        if group.anaphora == "similar" and lx.SYMMETRIC_RE.search(info.clause_text(group.clause)):
            return self.both(), None
        if antecedent:
            return [antecedent.direction[::-1]], antecedent
        return [], None

    def _dated_release(self, info: SentenceInfo, start: int, end: int) -> None:
        """ "Курян освободили в воскресенье в рамках обмена. ... тогда вернулись 146": a release
        told with its own date and no figure dates the paragraph's next, undated figures."""
        for index, mention in enumerate(info.dates):
            if (
                start <= mention.start < end
                and mention.kind != "vague"
                and self._usable(info, index)
            ):
                day = self._past(mention)
                if day and (self.published is None or day <= self.published):
                    self.narrative = self.para_date = day
                return

    def _undisclosed(self, info, groups, roles, owners, resolved, counted, has_release) -> None:
        if not has_release:
            return
        for index in range(len(info.clauses)):
            start, end = info.clauses[index]
            if index in counted or not any(start <= s < end for s, _ in info.release_spans):
                continue
            clause_text = info.clause_text(index)
            if info.clause_search(lx.FUTURE_RE, index) or _relative_denies(info, index):
                continue
            if info.clause_search(lx.NEGATION_RE, index) and not (
                _HOW_MANY_RE.search(clause_text) and _DISCLOSE_RE.search(clause_text)
            ):  # "did not say how many Russians were returned": returned, in an untold number
                continue
            head = info.local(info.start, end)  # the clause and what leads up to it
            if any(
                not _is_duration(head, match)
                for regex in (lx.CUMULATIVE_STRONG_RE, lx.CUMULATIVE_WEAK_RE)
                for match in regex.finditer(head)
            ):  # "hundreds have been returned since the invasion began on Feb. 24"
                continue
            if lx.SUBSET_RE.search(clause_text) or lx.BODY_WORD_RE.search(clause_text):
                continue
            if lx.SEPARATE_DEAL_RE.search(clause_text):
                continue  # "Bangkok negotiated the release of its nationals on a separate track"
            if _release_only_as_modifier(info, start, end) or _release_only_as_topic(
                info, start, end
            ):
                continue
            self._dated_release(info, start, end)
            for group in undisclosed_groups(info, index):
                if group.owner == "__pronoun__":
                    group.owner = resolve_pronoun(info, group.start, self.speaker)
                owners[id(group)] = (
                    (None, group.owner) if group.owner else (self._holder(info, group), None)
                )
                date, rank = self.group_date(info, group)
                directions = self.directions(info, group, groups + [group], roles, owners, resolved)
                as_agreed = bool(info.search(_AS_AGREED_RE))
                for released_by, received_by in directions:
                    # "In accordance with the agreement, the servicemen of both sides were
                    # handed over": the one figure the deal gave that way
                    planned = self.planned.get((released_by, received_by), set())
                    figure = next(iter(planned)) if as_agreed and len(planned) == 1 else None
                    self.claims.mentions.append(
                        Mention(
                            "release",
                            date,
                            rank,
                            released_by,
                            received_by,
                            figure,
                            {group.category: figure} if group.category in SLOTS else {},
                            {},
                            self._speaker_for(info),
                            self.order,
                            (info.start, info.sentence.end),
                            undisclosed=figure is None,
                        )
                    )
                if rank >= RANK_CONTEXT and date:
                    self.narrative = self.para_date = date

    def _exchange_event(self, info: SentenceInfo, groups: list[Group]) -> None:
        text = info.text
        if (
            not groups
            and info.dates
            and info.search(_REPATRIATION_RE)
            and info.search(lx.HAPPENED_RE)
        ):
            # "Накануне, 18 апреля, прошла очередная репатриация тел погибших.": the day of
            # the paragraph's remains (the figures follow)
            dated = [
                day
                for i, m in enumerate(info.dates)
                if self._usable(info, i) and m.kind != "vague" and (day := self._past(m))
            ]
            if dated:
                self.para_date = dated[0]
            return
        if text.rstrip().endswith("?"):
            return  # "What happened after the first round on May 16?": a question, no event
        previous = info.search(_PREVIOUS_ONE_WAS_RE)  # "The last one was on 19 March."
        if not previous and (
            not info.search(lx.EXCHANGE_NOUN_RE)
            or not any(
                self._exchange_happened(info, match) for match in info.matches(lx.HAPPENED_RE)
            )
        ):
            return
        dated = [
            (m, self._past(m))
            for i, m in enumerate(info.dates)
            if self._usable(info, i)
            and m.kind not in ("vague",)
            and not m.range_end  # "23–25 травня відбувся обмін": several days, not one
            and not info.clause_search(lx.FUTURE_RE, info.clause_of(m.start))
        ]
        dated = [(m, d) for m, d in dated if d]
        if not dated and self.published and not info.dates and info.search(_NOW_DONE_RE):
            dated = [(None, self.published)]  # "The second stage is done, Zelensky says."
        if not dated or not (previous or info.search(lx.HAPPENED_RE)):
            return
        date = dated[0][1]
        self.narrative = self.para_date = date
        counted = [g for g in groups if g.value is not None and not g.program]
        symmetric = lx.SYMMETRIC_RE.search(text) and len({m.party for m in info.parties}) >= 2
        if counted or not (lx.UNDISCLOSED_HAPPENED_RE.search(text) or symmetric):
            return
        happened = info.search(lx.UNDISCLOSED_HAPPENED_RE) or info.search(lx.SYMMETRIC_RE)
        clause = (
            info.clause_text(info.clause_of(info.start + happened.start())) if happened else text
        )
        if lx.NEGATION_RE.search(clause) and not _NEITHER_RE.search(text):
            return  # "did not take place"; not "took place, but numbers were not disclosed"
        named = {m.party for m in info.parties}
        if named and not named & set(self.pair):
            return  # "в Абу-Даби прошел обмен осужденного в США Виктора Бута": other sides'
        for released_by, received_by in self.both():
            self.claims.mentions.append(
                Mention(
                    "release",
                    date,
                    RANK_OWN,
                    released_by,
                    received_by,
                    None,
                    {},
                    {},
                    None,
                    self.order,
                    (info.start, info.sentence.end),
                    undisclosed=True,
                    exchange_event=True,
                )
            )

    def _categories_note(self, info: SentenceInfo, people: list[Group], date, party, evidence):
        # has_cue: the figures are part of a whole told before ("among them", "Of the three
        # Israelis, two are women")
        self.claims.notes.append(
            Note(
                "categories",
                [(g.category, g.value, dict(g.overlaps)) for g in people],
                # "50 soldiers, including 3 women, and 10 civilians" make 60: a group of women
                # or minors next to soldiers or civilians is inside them; "140 soldiers: 132
                # men and eight women" make 140: men and women part it
                sum(g.value for g in people)
                if any(
                    g.category == "generic" and _MEN_RE.search(info.local(g.start, g.end))
                    for g in people
                )
                else sum(g.value for g in people if g.category not in OVERLAPS)
                or sum(g.value for g in people),
                date,
                party,
                bool(
                    info.search(lx.SUBSET_RE)
                    or info.search(_PARTITIVE_OPENING_RE)
                    or info.search(lx.THE_FREED_RE)
                    or info.search(_THAT_GROUP_RE)
                ),
                self.order,
                evidence,
                each=any(
                    lx.EACH_RE.search(info.clause_text(g.clause))
                    for g in people
                    if g.clause < len(info.clauses)
                ),
                including=bool(info.search(_INCLUDING_RE)),
                within=_within_kind(info),
            )
        )

    def _notes(self, info: SentenceInfo, note_groups: list[Group], first_mention: int) -> None:
        if info.search(_CASUALTY_RE):
            return
        if not info.release_spans and info.search(_STILL_HELD_RE):
            return  # "Azerbaijan was holding 55 Armenians, among them six civilians"
        evidence = (info.start, info.sentence.end)
        date, _ = self.sentence_date(info)
        copula = _copula_groups(info) if info.has_number else []  # no figure: no copula figure
        by_start = {g.start: g for g in copula}
        people = [
            by_start.pop(g.start, g)
            for g in note_groups
            if g.value is not None and g.category not in ("body",)
        ]
        people += list(by_start.values())
        if any(g.category for g in people):
            # "124 officers, 89 privates and two civilians; 108 of them Azov fighters": a part
            # of no kind inside a breakdown by kind does not part the whole, nor "224
            # servicemen, 11 of them officers, and six civilians": a part of a part
            people = [
                g for g in people if not g.subset or (g.category and not _part_of_a_part(g, people))
            ]
        if not people and not info.search(lx.ALL_MILITARY_RE):
            return  # no note to write: no need to look for whose people they are
        party = self._note_party(info)
        # "132 men and eight women: 22 officers and 118 sergeants": two breakdowns of one figure
        segments: dict[int, list[Group]] = {}
        for g in sorted(people, key=lambda g: g.start):
            breaks = len(_BREAKDOWN_BREAK_RE.findall(info.local(info.start, g.start))) - sum(
                # "Чоловіків — 83, жінок — 7": a dash inside a group joins its noun and figure
                len(_BREAKDOWN_BREAK_RE.findall(info.local(other.start, other.end)))
                for other in people
                if other.end <= g.start
            )
            segments.setdefault(breaks, []).append(g)
        clause_owners = {id(g): _clause_owner(info, g) for g in people}
        if any(clause_owners.values()):
            # "Kyiv's 103 were 82 privates and sergeants and 21 officers; Moscow's were 103
            # servicemen": each clause's own side, where it says whose
            owned: dict[tuple[int, str | None], list[Group]] = {}
            for key, groups in segments.items():
                for g in groups:
                    owned.setdefault((key, clause_owners[id(g)]), []).append(g)
            parts = [(owner or party, groups) for (_, owner), groups in owned.items()]
        else:
            parts = [(party, groups) for groups in segments.values()]
        for owner, part in parts if segments and not _governing_future(info) else ():
            # "132 men and eight women, 22 officers": men and women part the figure one way,
            # the ranks another
            sexes = [
                g
                for g in part
                if g.category == "women"
                or (g.category == "generic" and _MEN_RE.search(info.local(g.start, g.end)))
            ]
            rest = [g for g in part if g not in sexes]
            if len(sexes) > 1 and rest:
                self._categories_note(info, sexes, date, owner, evidence)
                self._categories_note(info, rest, date, owner, evidence)
            else:
                self._categories_note(info, part, date, owner, evidence)
        match = info.search(lx.ALL_MILITARY_RE)
        kind = _ALL_OF_KIND_RE.search(info.text)
        # "39 prisoners, all of them minors, from Ofer military prison": not soldiers
        all_other_kind = bool(kind) and noun_category(kind.group("kind").lower()) in (
            "women",
            "minors",
            "civilian",
        )
        if (
            match
            and not all_other_kind
            and not info.search(_ALL_SUBJECT_MILITARY_RE)
            and not info.search(lx.FUTURE_RE)
        ):
            numbers = [
                t.value
                for t in info.tokens
                if t.kind == "num" and match.start() <= t.start - info.start < match.end()
            ]
            same_sentence = len(self.claims.mentions) > first_mention
            self.claims.notes.append(
                Note(
                    "all_military",
                    [],
                    numbers[0] if numbers else None,
                    date,
                    party,
                    same_sentence,
                    self.order,
                    evidence,
                )
            )

    def _note_party(self, info: SentenceInfo) -> str | None:
        """Whose people a sentence's breakdown is about."""
        for mention in info.parties:
            word = _POSSESSIVE_S_RE.sub("", mention.text.lower())
            if noun_category(word) == "generic":
                return mention.party
        pronoun = info.search(_OUR_GROUP_RE)
        if pronoun:
            return resolve_pronoun(info, info.start + pronoun.start(), self.speaker)
        receivers = {p for _, p, role in party_roles(info, self.speaker) if role == "receiver"}
        if len(receivers) == 1:  # "Среди вернувшихся на Украину — четверо гражданских"
            return receivers.pop()
        return speaker_of(info, self.speaker) or self.speaker or self.home_side()


def _clause_owner(info: SentenceInfo, group: Group) -> str | None:
    """The side a group's clause opens with in the possessive ("Kyiv's 103 were ...")."""
    start, _ = info.clauses[group.clause]
    for mention in info.parties:
        if start <= mention.start < group.start and _POSSESSIVE_S_RE.search(mention.text):
            return mention.party
    return None


# "The last one was on 19 March": the day of the swap before, which dates what follows
_PREVIOUS_ONE_WAS_RE = Cue(
    r"\b(?:last|previous|latest|most\s+recent|prior)\s+(?:(?:big|large|major|small)\w*\s+)?"
    r"(?:one|swap|exchange|handover)\s+"
    r"(?:was|came)\s+(?:on|in)\b"
)
_WORD_CHAR_RE = re.compile(r"\w")
# "... the first exchange of the war, on 24 March. It was small: ten soldiers for ten": that swap
_IT_WAS_OPENING_RE = Cue(
    r"^\W*(?:it|this\s+one|that\s+one|він|вона|воно|он|она|оно)\s+(?:was|saw|brought|involved"
    r"|був|була|було|был|была|было)\b"
)
# "the first swap since December 30", "перший обмін з 30 грудня": names the swap before
_FIRST_SINCE_RE = Cue(
    rf"\bfirst\s+(?:\w+\s+)?{lx.EXCHANGE_NOUNS}\s+since\s+(?:\w+\s+)?\d"
    r"|\b(?:перш|перв)\w*\s+(?:\w+\s+)?(?:обмін|обмен)\w*\s+(?:з|із|с|со|від)\s+\d"
)
# "the same day that Shaw came home": a day told by the story's own event
_SAME_DAY_THAT_RE = re.compile(
    r"\s+(?:that|as|when)\s+(?:[\w'’-]+\s+){1,4}?(?:came|returned|was|were)\b"
)
_DAYS_AFTER_FREED_RE = Cue(
    r"\b(?P<n>a|one|two|2)\s+days?\s+after\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|had\s+been)\s+"
    r"(?:swapped|freed|released|exchanged|handed\s+over|traded)\b"
    # "landed in Texas before dawn on Friday, hours after Russia released her": the night before
    r"|\b(?:early|before\s+dawn|in\s+the\s+early\s+hours\s+of)\s+(?:on\s+)?(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day\b[^.;]{0,40}?\b(?P<hours>hours)\s+after\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:swapped|freed|released|exchanged|handed\s+over|traded)\b"
)


def _days_after_freed(info: SentenceInfo) -> datetime.timedelta:
    """ "landed early on Tuesday, a day after they were swapped": the day the sentence names is
    that many days after the handover."""
    after = info.search(_DAYS_AFTER_FREED_RE)
    if not after:
        return datetime.timedelta(0)
    if after.group("hours"):
        return datetime.timedelta(days=1)
    return datetime.timedelta(days=2 if after.group("n").lower() in ("two", "2") else 1)


_THEN_OPENING_RE = Cue(
    r"^\W*(?:тогда|тоді|then|at\s+the\s+time|on\s+that\s+occasion|that\s+time|того\s+разу"
    r"|тот\s+раз|в\s+тот\s+раз)\b"
)
# "Of the three Israelis, two are women": a sentence that opens on the whole its figures part
# "Переважна більшість звільнених — чоловіки; жінок п'ятеро": figures about "the freed"
_PARTITIVE_OPENING_RE = Cue(r"^\W*of\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,")
# "Жінок у тій групі було 23", "in that group": the group the story just told
_THAT_GROUP_RE = Cue(
    r"\b(?:(?:у|в)\s+(?:тій|цій|той|этой)\s+(?:групі|группе)"
    r"|in\s+(?:that|this|the\s+same)\s+group)\b"
)


_SINCE_RE = Cue(
    r"\bsince\s+(?:the\s+|late\s+|early\s+|mid-)?(?:\d|[A-Z]\w+|war|truce|ceasefire|invasion|start|beginning)"
)


_HEADLINE_VERB_RE = Cue(r"\b(?:swap|swaps|trade|trades|exchange|exchanges|free|frees)\s+\d")
_HEADLINE_MAX = 300  # characters: a longer "headline" is a body without one
_LIST_GAP_RE = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$")


def _in_party_list(info: SentenceInfo, party: str) -> bool:
    """ "the United States, Germany, Poland and Norway": a party named in a list of parties
    is one of several actors, not a side of its own."""
    mentions = sorted(info.parties, key=lambda m: m.start)
    for left, right in pairwise(mentions):
        if party in (left.party, right.party) and left.party != right.party:
            if _LIST_GAP_RE.match(info.local(left.end, right.start)):
                return True
    return False


_SINCE_DAY_RE = re.compile(r"(?:з|із|с|від|от)\s+\d")  # "с 7 октября"


def _is_duration(text: str, match: re.Match) -> bool:
    """ "held since May 2022", "the first swap since August", "the largest of the war so far":
    not a running total."""
    word = match.group(0).lower()
    before = text[: match.start()]
    if word.startswith(("so", "to")) and word.split() in (["so", "far"], ["to", "date"]):
        return bool(_SUPERLATIVE_NEAR_RE.search(before))
    if not (word.startswith("since") or _SINCE_DAY_RE.match(word)):
        return False
    superlative = _SUPERLATIVE_BEFORE_RE.search(before)
    return bool(lx.DURATION_BEFORE_SINCE_RE.search(before) or superlative)


_VERB_RE = Cue(
    r"\b(?:is|are|was|were|has|have|had|been|be|will|would|\w{3,}ed|\w{3,}ing)\b"
    r"|\b\w{2,}(?:ли|ла|ло|лися|лись|лася|ться|ється|ются|ують|ють|ють|ит|ить|ує|ует)\b"
)


# words `_VERB_RE` takes for verbs that are not: "тіла"/"тіло" (bodies) end like past tenses
_NOT_VERBS = frozenset(("including", "according", "hundred", "тіла", "тела", "тіло", "тело"))


# participles that describe people, not say what they did ("armed forces", "wounded men",
# "soldiers captured in 2020")
_DESCRIBING_PARTICIPLES = frozenset(
    ("captured", "detained", "held", "taken", "arrested", "jailed", "seized", "abducted")
    + ("armed", "wounded", "injured")
)


def _clause_releases(info: SentenceInfo, group: Group) -> bool:
    """The group's own clause says the people were handed over, or the clause has no verb of
    its own ("Returning home: - 270 defenders", "...: 390 on Friday, 307 yesterday")."""
    start, end = info.clauses[group.clause]
    if any(start <= s < end for s, _ in info.release_spans):
        return True
    clause_text = info.clause_text(group.clause)
    if lx.EXCHANGE_PREDICATE_RE.search(clause_text) and info.search(lx.EXCHANGE_NOUN_RE):
        return True
    relative = _RELATIVE_RE.search(clause_text)  # the clause up to "who", "which"...
    if relative:
        clause_text = clause_text[: relative.start()]
    verbs = _verbs(clause_text)
    return not verbs or _joined_subject(info, group.clause, verbs)


def _verbs(text: str) -> list[str]:
    """The words of `text` that `_VERB_RE` takes for verbs, lowered."""
    return [w.lower() for w in _VERB_RE.findall(text) if w.lower() not in _NOT_VERBS]


_OF_WHOM_RE = Cue(r"\bwhom\b|\b(?:яких|которых)\b")
_JOINED_AFTER_COMMA_RE = Cue(r",\s*(?:along\s+with|together\s+with|as\s+well\s+as)\b")
_JOINING_RE = Cue(r"^\s*(?:along\s+with|together\s+with|as\s+well\s+as)\b")


def _relative_denies(info: SentenceInfo, index: int) -> bool:
    """ "the release of Palestinian prisoners that had been planned for yesterday will not go
    ahead": the relative clause after the release says it is planned or did not happen."""
    if index + 1 >= len(info.clauses):
        return False
    start, end = info.clauses[index + 1]
    if not _THAT_RELATIVE_RE.search(info.local(max(info.start, start - 10), start)):
        return False  # (not "... had come home on Tuesday and that the process would continue")
    return bool(
        info.clause_search(lx.FUTURE_RE, index + 1) or info.clause_search(lx.NEGATION_RE, index + 1)
    )


_THAT_RELATIVE_RE = re.compile(r"(?<![,\w])(?<!\band\s)(?:that|which)\s+$")


def _part_of_a_part(group: Group, groups: list[Group]) -> bool:
    """ "224 servicemen, 11 of them officers, and six civilians": inside a breakdown that goes
    on after it, a part of the group before it (not "230, six of them civilians", a part of
    the whole)."""
    before = [g for g in groups if g.end <= group.start and not g.subset]
    after = [g for g in groups if g.start >= group.end and not g.subset]
    return bool(before and after) and before[-1].category in ("military", "civilian")


def _joined_subject(info: SentenceInfo, clause: int, verbs: list[str] | None = None) -> bool:
    """ "31 soldiers captured in 2020, and one serviceman taken in September, had crossed the
    border": a subject described by its capture, joined by "and" to the next clause's subject,
    whose verb says what both did."""
    if verbs is None:
        verbs = _verbs(info.clause_text(clause))
    if not verbs or not set(verbs) <= _DESCRIBING_PARTICIPLES:
        return False
    start, end = info.clauses[clause]
    if clause and _JOINING_RE.match(info.local(start, end)):
        # "... had crossed the border, along with one serviceman captured in September"
        before_start, before_end = info.clauses[clause - 1]
        return any(before_start <= s < before_end for s, _ in info.release_spans)
    if clause + 1 >= len(info.clauses):
        return False
    next_start, next_end = info.clauses[clause + 1]
    return info.local(next_start, next_end).lstrip().startswith("and ") and any(
        next_start <= s < next_end for s, _ in info.release_spans
    )


_FIRST_TO_BE_RE = re.compile(
    r"(?i)\b(?:first|last|only|latest|second|third|oldest|youngest)\s+(?:[\w-]+\s+){0,2}$"
)


_EACH_SIDE_VERB_RE = Cue(
    rf"\b{lx.EACH_SIDE}\s+(?:\w+\s+){{0,2}}?"
    r"(?:released|freed|handed\s+over|returned|swapped|exchanged|sent|звільнил\w*|передал\w*"
    r"|повернул\w*|освободил\w*|вернул\w*)\s+$"
)
_IN_ADDITION_AFTER_RE = Cue(
    r"^\s*(?:in\s+addition|additionally|on\s+top|as\s+well(?!\s+as)|додатково|дополнительно)\b"
)
_MEN_RE = Cue(r"\b(?:men|чоловік\w*|чоловіки|мужчин\w*)\b")
_OUTSIDE_SWAP_RE = Cue(
    r"\b(?:rather\s+than|outside|apart\s+from|separately\s+from|not\s+as\s+part\s+of)\s+"
    r"(?:\w+\s+){0,4}?(?:exchange|swap)"
    r"|\b(?:поза\s+обмін\w*|вне\s+обмена|вне\s+рамок\s+обмена|поза\s+межами\s+обміну)"
)
# not a list's "\n- " bullets, nor the dash copula of "остальные 118 - солдаты"
_BREAKDOWN_BREAK_RE = re.compile(r":[ \t]|(?<!\d)[ \t][—–-][ \t]")
_DEAL_NOUN_RE = Cue(
    r"\b(?:deal|agreement|arrangement|accord|pact|understanding|домовленіст\w*|угод\w*"
    r"|договор[её]нност\w*|соглашени\w*)\b"
)
_NEW_CLAUSE_RE = Cue(
    r",\s+(?:while|whereas|but|and\s+(?:\w+\s+){0,3}?(?:said|says|reported)|а\s+|але|тоді\s+як"
    r"|тогда\s+как|но)\b"
    # "..., including all six ..., and the United States freed Alex Saab": a handover of its own
    r"|,\s+and\s+(?:[\w.-]+\s+){1,6}?(?:freed|released|handed|returned|sent|swapped|exchanged"
    r"|received|got\s+back|took\s+back|brought)\b"
)
_CLOSED_ASIDE_RE = re.compile(r"\s[—–-]\s|\)")


def _formula_size(formula: int | None, figure: int | None) -> bool:
    """A handover of 246, or of 277 with 31 wounded on top, was a 246-for-246 swap; one of 307
    was a stage of a 1,000-for-1,000 deal, not a swap of that size."""
    return formula is not None and figure is not None and formula <= figure <= formula * 1.5


_PAST_MODAL_RE = Cue(
    r"\b(?:должн\w*\s+(?:был|была|было|были)|мал[аои]?\s+(?:бути|були)|(?:was|were)\s+(?:due|supposed"
    r"|meant|scheduled|expected)\s+to)\b"
)
_AND_SIDE_INFINITIVE_RE = Cue(
    r"^\W*(?:а|и|і|й|та)\s+(?:[\w'’-]+\s+){1,2}?(?:освободить|передать|вернуть|обменять|отпустить"
    r"|звільнити|передати|повернути|обміняти|відпустити)\b"
)


def governing_clause(info: SentenceInfo, clause: int) -> str | None:
    """The text of the clause before a verbless one ("... about the transfer of bodies - 6,000
    from each side -"), which governs it; None when the clause has a verb of its own."""
    start, end = info.clauses[clause]
    if not clause or any(start <= s < end for s, _ in info.release_spans):
        return None
    return info.clause_text(clause - 1)


_SINCE_WHEN_RE = Cue(r"\b(?:since|із|з|с)\s+(?P<when>(?:[\w.]+\s+){0,3}?[\w.]+),?\s*$")
_WHEN_CLAUSE_RE = Cue(r"^\W*(?:when|коли|когда)\b")


def _undated_since_when(info: SentenceInfo, clause: int) -> bool:
    """ "the most significant since October 2020, when more than 1,000 detainees were freed":
    an earlier swap the story gives no day for, not today's."""
    start, _ = info.clauses[clause]
    if not _WHEN_CLAUSE_RE.match(info.clause_text(clause)):
        return False
    since = _SINCE_WHEN_RE.search(info.local(max(info.start, start - 60), start))
    if since is None:
        return False
    when_start = start - (len(info.local(max(info.start, start - 60), start)) - since.start("when"))
    return not any(
        m.kind in ("explicit", "weekday", "deictic") and when_start <= m.start < start
        for m in info.dates
    )


def _handover_clause_before(info: SentenceInfo, clause: int) -> str | None:
    """The nearest clause before `clause` with a verb of handing over, when `clause` has none."""
    spans = info.release_spans
    start, end = info.clauses[clause]
    if any(start <= s < end for s, _ in spans):
        return None
    for index in range(clause - 1, -1, -1):
        start, end = info.clauses[index]
        if any(start <= s < end for s, _ in spans):
            return info.clause_text(index)
    return None


_AT_LEAST_BEFORE_RE = Cue(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+fewer\s+than|not\s+less\s+than"
    r"|щонайменше|не\s+менше|мінімум|минимум|не\s+менее|как\s+минимум)\s+(?:о\s+|про\s+)?$"
)


_PERIOD_FROM_RE = Cue(r"\b(?:between|from|з|із|від|с|между)\s+(?:the\s+)?$")
_PERIOD_TO_RE = Cue(r"^\s*(?:and|to|until|till|through|і|и|та|по|до)\s+(?:the\s+)?$")


def _period_of_days(info: SentenceInfo, clause: int) -> bool:
    """ "between 19 January and 1 March", "з 19 січня по 1 березня": a period, not a day."""
    start, end = info.clauses[clause]
    days = [m for m in info.dates if start <= m.start < end and m.kind == "explicit"]
    return any(
        _PERIOD_FROM_RE.search(info.local(max(start, first.start - 12), first.start))
        and _PERIOD_TO_RE.match(info.local(first.end, second.start))
        for first, second in pairwise(days)
    )


def _at_least_before(info: SentenceInfo, group: Group) -> bool:
    return bool(
        _AT_LEAST_BEFORE_RE.search(info.local(max(info.start, group.start - 30), group.start))
    )


_IN_THE_SWAP_RE = Cue(
    r"\b(?:in|under|during|as\s+part\s+of)\s+the\s+(?:same\s+)?(?:swap|exchange|handover)\b"
    r"(?!\s+(?:of|on|in|that|which|planned|expected|agreed|deal))"
    r"|(?<!\w)(?:в\s+ході|під\s+час|в\s+рамках|у\s+рамках|в\s+ходе|во\s+время)\s+(?:цього|этого|того)\s+обм"
)
# "in all", "in total": a day's total when its clause names that one day
_DAY_TOTAL_CUE_RE = re.compile(
    r"in\s+all|in\s+total|altogether|загалом|усього|всього|всего|итого", re.I
)


def _one_day_total(info: SentenceInfo, group: Group) -> bool:
    """ "Eight captives in all were released on Thursday": the clause names one day of its own
    (a weekday, "yesterday", a date; no range, no "since")."""
    start, end = info.clauses[group.clause]
    days = [
        m
        for m, ok in zip(info.dates, info.event_dates, strict=True)
        if ok and start <= m.start < end
    ]
    return (
        len(days) == 1
        # ("в первый день", "that day": one day too, even where the story gives no range)
        and days[0].kind in ("explicit", "weekday", "deictic", "ordinal", "anaphoric")
        and days[0].range_end is None
        and not _SINCE_RE.search(info.clause_text(group.clause))
    )


_THAN_RE = Cue(r"\b(?:than|ніж|чем)\b")


# "— речь, по его данным, идёт о 30", "йдеться про 30", "it is about 30": the clause before told
_ABOUT_OPENING_RE = Cue(
    r"^\W*(?:речь\b[^.;—–]{0,40}?\bид[её]т|ид[её]т\s+речь|йдеться|мова\s+йде"
    r"|(?:it|this|that)\s+(?:is|was|would\s+be)\s+about)\b"
)
_WITH_OPENING_RE = Cue(r"^\W*with\b")
_ING_AFTER_RE = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?[a-z]+ing\b")


_FRONTED_TIME_CLAUSE_RE = Cue(
    r"^\W*(?:after|once|as\s+soon\s+as|після\s+того\s+як|после\s+того\s+как)\b[^,;:]{3,120},"
)


def _governing_future(info: SentenceInfo) -> bool:
    """A future marker outside a fronted time clause ("after mediators promised safe passage,
    Israel released 110, including 30 minors": the figures are no plan)."""
    for index in range(len(info.clauses)):
        clause_text = info.clause_text(index)
        fronted = _FRONTED_TIME_CLAUSE_RE.match(clause_text)
        opening = fronted.end() if fronted else 0
        if any(m.start() >= opening for m in info.clause_matches(lx.FUTURE_RE, index)):
            return True
    return False


def _modal_governs(info: SentenceInfo, group: Group, clause_text: str) -> bool:
    """A future or negative marker that can govern the group's handover: one before the
    clause's last release verb or before the group's end ("will be freed", "were not released",
    "is expected to free 1,900"). One that follows the group and every release verb is about
    something else ("90 had been handed back and would be flown home")."""
    start, end = info.clauses[group.clause]
    # "after mediators promised safe passage for future handovers, the Prison Service said it
    # had released 110": a fronted time clause's own words govern nothing after its comma
    fronted = _FRONTED_TIME_CLAUSE_RE.match(clause_text)
    opening = fronted.end() if fronted and fronted.end() <= group.start - start else 0
    if (
        _PLANNED_EXCHANGE_RE.search(clause_text[opening:])
        if opening
        else info.clause_search(_PLANNED_EXCHANGE_RE, group.clause)  # in `clause_text`
    ):
        return True  # "carrying 65 prisoners to a planned exchange"
    verb_ends = [e - start for s, e in info.release_spans if start <= s < end]
    reach = max([*verb_ends, group.end - start]) if verb_ends else len(clause_text)
    # "22 wounded soldiers, one fewer than the 23 Putin had offered to release": a marker
    # after another figure that follows the group is that figure's
    later = [
        t.start - start
        for t in info.tokens
        if t.kind == "num"
        and t.value
        and group.end <= t.start < end
        and _THAN_RE.search(info.local(group.end, t.start))
    ]
    if later:
        reach = min(reach, max(group.end - start, min(later)))
    return any(
        opening <= match.start() < reach
        and not (  # "the first hostages to be released": who came first, not a plan
            match.group(0).lower().startswith("to")
            and _FIRST_TO_BE_RE.search(clause_text[: match.start()])
        )
        for regex in (lx.FUTURE_RE, lx.NEGATION_RE)
        for match in info.clause_matches(regex, group.clause)  # the matches in `clause_text`
    )


def _own_date(info: SentenceInfo, clause: int) -> bool:
    start, end = info.clauses[clause]
    return any(
        start <= m.start < end and ok for m, ok in zip(info.dates, info.event_dates, strict=True)
    )


def _each_cue(info: SentenceInfo, group: Group) -> bool:
    return bool(_EACH_IN_GROUP_RE.match(info.local(group.start, group.end)))


def _adjacent_date(info: SentenceInfo, group: Group) -> bool:
    for mention, ok in zip(info.dates, info.event_dates, strict=True):
        if not ok or mention.kind == "vague":
            continue
        if mention.start >= group.end and _ADJACENT_GAP_RE.match(
            info.local(group.end, mention.start)
        ):
            return True
        if mention.end <= group.start and _GROUP_WORD_GAP_RE.match(
            info.local(mention.end, group.start)
        ):
            return True
    return False


_AND_GAP_RE = Cue(r"^\s*,?\s*(?:and|і|й|та|и)\s+$")
_ASIDE_AND_GAP_RE = Cue(r"^\s*,\s+[^.;:()\d]{3,160},\s*(?:and|і|й|та|и)\s+$")


def _within_kind(info: SentenceInfo) -> str | None:
    """ "Among the civilians were three women", "Среди гражданских - три женщины"."""
    match = _AMONG_KIND_RE.search(info.text)
    if match:
        kind = noun_category(match.group("kind").lower())
        if kind in ("military", "civilian"):
            return kind
    return None


def _heads_next(after: str) -> bool:
    """What follows a day says it heads the next figure, not the one before it."""
    return bool(_HEADS_NEXT_RE.match(after) or _HEADS_NEXT_CLAUSE_RE.match(after))


def _coordinated_addend(info: SentenceInfo, group: Group, groups: list[Group]) -> bool:
    """ "eight Russians and two minors": women or minors joined by "and" to a general group
    are more people, while "390 people, including 20 women" gives a breakdown."""
    if group.joined:
        return True
    before = [g for g in groups if g.end <= group.start and g.value is not None]
    if (
        before
        and group.clause
        and before[-1].clause == group.clause - 1
        and _joined_subject(info, group.clause - 1)
    ):  # "31 soldiers captured in 2020, and one serviceman ..., had crossed": 32 in all
        return True
    if (
        before
        and group.value is not None
        and not before[-1].program
        and _FURTHER_RE.search(info.local(before[-1].end, group.start))
    ):  # "246 Russians in the main exchange and a further 15 wounded prisoners"
        return True
    if (
        before
        and group.value is not None
        and not before[-1].program
        and _IN_ADDITION_AFTER_RE.match(info.local(group.end, info.sentence.end))
    ):  # "each side released 175 and Russia handed over 22 wounded Ukrainians in addition"
        return True
    if (
        group.category in ("women", "minors")
        and before
        and before[-1].category in ("women", "minors")
        and before[-1].category != group.category
        and len(before) == 1  # not "90 prisoners: 69 women and 21 minors", a breakdown
        and _AND_GAP_RE.match(info.local(before[-1].end, group.start))
    ):  # "24 women and 15 teenage boys": two groups of people
        return True
    if (
        group.category in ("military", "civilian")
        and before
        and before[-1].category == "generic"
        and before[-1].value == 1
        and (
            _AND_GAP_RE.match(gap := info.local(before[-1].end, group.start))
            # "Віктора Медведчука, якого обвинувачують у зраді, та 55 російських
            # військовополонених", "Viktor Medvedchuk, a former lawmaker, and 55 ...": past an
            # aside about him
            or _ASIDE_AND_GAP_RE.match(gap)
        )
    ):  # "Viktor Medvedchuk and 55 Russian prisoners of war": one person and a group
        return True
    if group.category not in ("women", "minors", "generic") or group.value is None:
        return False
    if not before or before[-1].category not in ("generic", "military", "civilian"):
        return False
    if group.category == "generic" and before[-1].category != "generic":
        return False
    if len(before) > 1 and ":" in info.local(before[-2].end, before[-1].start):
        return False  # "Twelve hostages came out: ten Israelis and two Thais": a breakdown
    # "13 Israelis and four Thai nationals": more people, like "eight Russians and two minors"
    return bool(_AND_GAP_RE.match(info.local(before[-1].end, group.start)))


def _after_body_word(info: SentenceInfo, group: Group) -> bool:
    before = info.local(max(info.start, group.start - 25), group.start)
    if _BODIES_OF_BEFORE_RE.search(before):
        return True
    # "handed over the bodies of Chris Parry and Andrew Bagshaw, two British men who ...":
    # a group in apposition to the remains named before it, with no verb of its own between
    clause_start = info.clauses[group.clause][0]
    head = info.local(clause_start, group.start)
    bodies = list(lx.BODY_WORD_RE.finditer(head))
    if not bodies:
        return False
    body = bodies[-1]
    between = head[body.end() :]
    if lx.RELEASE_RE.search(between):
        return False
    # "exchanged the bodies of fallen soldiers on a 160-for-160 basis": the formula of the
    # remains the clause names (not "bodies and prisoners, 100 for 100")
    return between.rstrip().endswith(",") or (
        group.nfor and not any(c.isdigit() for c in between) and not _CAPTIVES_RE.search(between)
    )


_CAPTIVES_RE = Cue(
    r"\b(?:prisoners?|captives?|pows?|detainees?|hostages?|полонен\w*|военнопленн\w*|пленн\w*"
    r"|заручник\w*|заложник\w*)"
)


_COPULA_RE = Cue(
    r"(?P<num>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:of\s+them\s+)?(?:are|were|is|was)\s+(?P<noun>[a-z]+)"
)


def _after_whole(tokens: list) -> list[str]:
    """ "71 of the Ukrainians who came home were servicemen": the words from the copula on,
    after the whole the figure is part of and its relative clause (else none)."""
    words = [t.low for t in tokens]
    if (
        len(words) > 2
        and words[1] in ("are", "were")
        and (verb := lx.RELEASE_RE.match(words[0]))
        and verb.end() == len(words[0])
    ):
        return words[1:3]  # "Five of those freed are women": the release verb's whole word
    relative = next((i for i, w in enumerate(words[:3]) if w in ("who", "that")), None)
    if relative is None:
        return []
    copula = next(
        (i for i, w in enumerate(words) if i > relative + 1 and w in ("are", "were")), None
    )
    return [] if copula is None else words[copula : copula + 2]


def _soldiers_only(info: SentenceInfo, group: Group) -> bool:
    """The people a formula counts are named next to it, as soldiers and no other kind
    ("обменялись военнопленными в формате 175 на 175", "175-for-175 POWs"; not "soldiers and
    civilians", nor bare "prisoners", nor "175 на 175 повернули 175 військових")."""
    start, end = info.clauses[group.clause]
    start, end = max(start, group.start - 60), min(end, group.end + 30)
    numbers = [
        t.start for t in info.tokens if t.kind == "num" and not group.start <= t.start < group.end
    ]
    kinds = set()
    for index, token in enumerate(info.tokens):
        if token.kind == "word" and start <= token.start < end:
            low, high = sorted((token.start, group.start))
            if any(low < n < high for n in numbers):
                continue
            kind = noun_category(token.low)
            following = info.tokens[index + 1 : index + 3]
            if token.low in ("prisoners", "prisoner") and [t.low for t in following] == [
                "of",
                "war",
            ]:
                kind = "military"
            if kind in ("generic", "military", "civilian", "women", "minors"):
                kinds.add(kind)
    return kinds == {"military"}


# What may stand between a Ukrainian or Russian noun and the figure that closes its clause:
# "Жінок серед них п'ятеро", "Жінок у тій групі було 23", "Женщин среди освобождённых — 5"
_INVERTED_FILLER = (
    frozenset("серед среди з із из у в тій той цій этой групі группе було было була была".split())
    | lx.THE_FREED_GENITIVE
    | {"них", "їх"}
)


def _noun_before(tokens: list, index: int) -> tuple[str, int] | None:
    """The kind of a Ukrainian or Russian plural noun before a figure that closes its clause
    ("жінок п'ятеро.", "цивільних — шестеро;", "офіцерів серед них двоє,", "чоловіків —
    225"), and the noun's start, else None. Men are "generic": they part a figure by sex."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and following.text not in (".", ";", ",", ")"):
        return None
    previous = index - 1
    if previous >= 0 and tokens[previous].text in ("—", "–", "-"):
        previous -= 1
    skipped = 0
    while previous >= 0 and skipped < 4 and tokens[previous].low in _INVERTED_FILLER:
        previous, skipped = previous - 1, skipped + 1
    if previous < 0 or tokens[previous].kind != "word" or tokens[previous].low.isascii():
        return None
    noun = tokens[previous]
    kind = noun_category(noun.low)
    if kind == "generic" and _MEN_RE.search(noun.text):
        return kind, noun.start
    return (kind, noun.start) if kind in ("military", "civilian", "women", "minors") else None


def _copula_groups(info: SentenceInfo) -> list[Group]:
    """ "387 are men", "Three of them are women": a figure and its noun across a copula."""
    found = []
    tokens = info.tokens
    for token_index, token in enumerate(tokens):
        if token.kind != "num" or token.value is None:
            continue
        if (inverted := _noun_before(tokens, token_index)) is not None:
            # "жінок п'ятеро", "женщин — пять": the noun first, its figure closing the clause
            kind, noun_start = inverted
            overlaps = {kind: token.value} if kind in OVERLAPS else {}
            found.append(Group(token.value, noun_start, token.end, kind, overlaps))
            continue
        before = [t.low for t in info.tokens[max(0, token_index - 2) : token_index]]
        if before in (["of", "the"], ["of", "those"]):
            continue  # "23 of the 49 were women": the 49 is the whole, not women
        rest = info.tokens[token_index + 1 : token_index + 5]
        words = [t.low for t in rest]
        if words[:2] == ["of", "them"]:
            words = words[2:]
        elif words[:2] in (["of", "the"], ["of", "those"], ["of", "these"]):
            whole = info.tokens[token_index + 3] if len(rest) > 2 else None
            if whole is not None and whole.kind == "num":  # "23 of the 49 were women"
                words = [t.low for t in info.tokens[token_index + 4 : token_index + 6]]
            else:
                words = _after_whole(info.tokens[token_index + 3 : token_index + 14])
        if words and words[0] in lx.THE_FREED_GENITIVE:
            words = words[1:]  # "Ще двоє звільнених — цивільні": of the freed
        if words and words[0] in ("—", "–", "-") and len(words) > 1:
            words = ["are", *words[1:]]  # "остальные 118 - солдаты и сержанты": a dash copula
        if words and words[0] in ("are", "were", "is", "was") and len(words) > 1:
            # "were service members", "were service personnel": soldiers
            category = "military" if words[1] == "service" else noun_category(words[1])
            if category in ("generic", "military", "civilian", "women", "minors"):
                overlaps = {category: token.value} if category in OVERLAPS else {}
                found.append(Group(token.value, token.start, token.end, category, overlaps))
    return found
