"""One sentence, read once: tokens, clauses, dates, party mentions with their roles, and the
counted groups of people ("390 Ukrainians", "an equal number of POWs", "307 for 307")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .dates import APPOSITION_RE, EN_MONTH, MONTH_NAME, DateMention, find_dates
from .fastre import Cue
from .parties import RECEIVING_BROKERS, PartyMention, PartyTable
from .sentences import Sentence
from .tokens import (
    MODIFIERS,
    OCCUPATIONS,
    Token,
    is_wounded,
    may_have_number,
    noun_category,
    tokenize,
)

CLAUSE_SPLIT_RE = Cue(
    r";|:(?=\s)|\s[—–-]\s|[()]|\n(?=\s*(?:[-–—•*·]|\d{1,2}[.)])\s)"  # a bullet of a list
    r"|\s+that\s+(?!(?:period|day|week|month|year|time|morning|evening|night|weekend|phase|stage"
    r"|country|side|government|city|swap|exchange|deal"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"|,\s+(?=(?:which|who|whom|whose|while|whereas|but|although|though|as|after|when|where|and"
    r"|with|according|then(?![-\w])|\u0430|але|що|які|яка|який|де|коли|після|но|что|котор\w+|когда|после"
    r"|причём|причем|причому|притом|притому)\b)"
    r"|,\s+(?=\w+ing\b)|,\s+(?=(?:\w+\s+)?of\s+(?:whom|which)\b)|,\s+(?=(?:in|during|under)\s+which\b)"
    r"|,\s+(?=(?:\w+\s+){0,2}(?:days?|hours?|weeks?)\s+(?:after|before)\b)"
    r"|,\s+(?=(?:о|об|про|на|в|у|с|з|із|за)\s+(?:котор|як|чим|чем))"
    # "100 российских военнослужащих вернулись домой, Киеву переданы 100 военнопленных": a
    # second handover with its own short passive (not "военные, возвращённые из плена, ...")
    r"|,\s+(?=(?:[\w'’-]+\s+){1,2}(?:переда|возвращ[её]|освобожд[её]|повернут|повернен|звільнен)"
    r"(?:н|ны|но|на|ні|і|о|а)?\s)"
    # "вернулись 95 военнослужащих, взамен украинской стороне были переданы 95": the other way
    r"|,\s+(?=(?:а\s+)?(?:взамен|натомість|в\s+обмін|в\s+ответ|у\s+відповідь)\s)"
    # "said 207 Ukrainians had come home and promised the country would keep ...": a second
    # verb of the speaker's, whose words are not the handover's
    r"|\s+(?:and|і|й|та|и)\s+(?=(?:promised|vowed|pledged|added|thanked|warned|urged|stressed"
    r"|пообіця|пообеща|пообещал|подяку|поблагодари|наголоси|подчеркну|додав|додала|добавил)\w*\s)"
)
DATELINE_RE = re.compile(
    r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’/-]{1,40},\s+[^()\n,]{3,25}?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]\s+"
    # "Port Sudan / Nairobi, 31 October 2023 - ": a place in any case, then its filing date
    # (a month after the day: not "On Friday, 52 Ukrainians - 50 soldiers and two civilians -")
    rf"|^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-ZА-ЯІЇЄҐ][\w .'’/-]{{1,40}}?,\s+(?:[0-3]?\d\s+{MONTH_NAME}|{EN_MONTH}\s+\d{{1,2}})"
    r"(?:,?\s+(?:19|20)\d\d)?\s*[-–—]\s+"
)
PRONOUN_RE = Cue(
    r"\b(?:it|its|they|their|we|our|own|свої\w*|своїх|своих|свою|своей|наш\w*|наших)\b"
)
_DATE_GAP_RE = Cue(r"^[\s,]*(?:(?:on|in|at|early|late|the|hours|of|у|в|во|на)\s+)*$")
_GROUP_WORD_GAP_RE = Cue(
    r"^(?:['’]s)?\s*(?:group|групою|групи|група|группой)?\s*(?:у|в|of|з|із|из)?\s*$"
)
_RELEASER_AFTER_RE = Cue(
    r"^(?:['’]s)?(?:-held|-controlled|\s+(?:captivity|custody|prisons?|jails?|detention|hands|неволі"
    r"|полону|плена|неволи|territory|areas))"
)
_HELD_AREA_AFTER_RE = Cue(r"^(?:['’]s)?(?:-held|-controlled|\s+(?:territory|areas))")
_INTO_BEFORE_RE = Cue(
    r"\b(?:to|into|back\s+to|for)\s+(?:the\s+)?$"
)  # "took off for the Houthi-held capital"
_OUT_OF_BEFORE_RE = Cue(r"\b(?:flown|flew|taken|driven|brought|walked)\s+out\s+of\s+(?:the\s+)?$")
_HELD_BY_BEFORE_RE = Cue(
    # (an adverb between, quoted or not: 'held "illegally" in Sweden')
    r"\b(?:held|controlled|detained|captive|jailed|imprisoned)\s+(?:captive\s+|[\"“'«]?\w+ly[\"”'»]?\s+)?"
    r"(?:by|in)\s+(?:the\s+)?"
    # "held by the government of Nicolas Maduro"
    r"(?:(?:government|administration|regime)\s+of\s+(?:president\s+)?(?:[\w'’-]+\s+)?)?$"
    # "с подконтрольной Киеву территории", "з підконтрольної Україні території": from it (not
    # "на підконтрольну Україні територію": onto it)
    r"|(?<!\bна\s)(?:подконтрольн|підконтрольн)\w*\s+$"
    r"|\b(?:territory|areas)\s+(?:controlled|held)\s+by\s+(?:the\s+)?$"
    # "восемь жителей, которых незаконно удерживали на Украине": where they were held
    r"|\b(?:удерживал|утримувал|содержал)\w*(?:\s+[\w-]+){0,2}?\s+(?:на|в|у)\s+$"
)
_ONTO_CONTROLLED_BEFORE_RE = Cue(r"\bна\s+(?:подконтрольн|підконтрольн)\w*\s+$")
_SWAP_WITH_BEFORE_RE = Cue(
    r"\b(?:обмен\w*|обмін\w*|exchange|swap)\s+(?:(?:пленными|полоненими|prisoners)\s+)?"
    r"(?:с|со|з|із|зі|with)\s+(?:the\s+)?$"
)
_INTO_AFTER_RE = Cue(r"^(?:['’]s)?\s+(?:into|to)\b")
_MEDIATED_BY_RE = Cue(
    r"\b(?:mediat\w+|brokered|hosted|facilitated|organi[sz]ed|arranged|overseen|supervised"
    r"|guaranteed|negotiated)\s+by\s+(?:the\s+)?$"
)
_BY_BEFORE_RE = Cue(r"\bby\s+(?:the\s+)?$")
_TO_BEFORE_RE = Cue(
    # (not "according to Russia's Defence Ministry", "thanks to Qatar")
    r"(?<!according\s)(?<!thanks\s)(?<!due\s)(?<!owing\s)\b(?:to|into|back\s+(?:in|on|to)|home\s+to)"
    r"\s+(?:the\s+)?$"
)
_MOVE_NOUN_TO_RE = Cue(
    r"\b(?:incursion|invasion|offensive|advance|attack|attacks|raid|strikes?|trip|visit|flight"
    r"|route|road|border|way|access)\s+(?:in)?to\s+(?:the\s+)?$"
    # "bodies that it says belong to Ukrainian soldiers": whose they are, not where they go
    r"|\b(?:belong(?:s|ed|ing)?|belonged|attributed|linked|related)\s+to\s+(?:the\s+)?$"
)
_SLAVIC_INTO_RE = Cue(r"\b(?:в|у|на)\s+$")
_SOIL_AFTER_RE = Cue(r"^\s+(?:soil|side\s+received|side\s+got)|^\s+(?:бік|сторону)\b")
_SIDE_DATIVE_AFTER_RE = Cue(r"^\s+(?:стороні|стороне)\b")
# "в Минске", "у Мінську", "in Minsk": where (not to whom, nor whose)
LOCATIVE_BEFORE_RE = Cue(r"\b(?:в|у|во|на|по|in|at)\s+$")
_HAND_OVER_SLAVIC_RE = Cue(r"переда|передан|повернул|поверну|вернул|верну|возвращ|отдал")
_DATIVE_FORMS = {
    "україні",
    "украине",
    "росії",
    "россии",
    "ізраїлю",
    "израилю",
    "києву",
    "киеву",
    "москві",
    "москве",
    # other sides, and a side's people ("передали американцам", "передала українцям")
    "американцам",
    "американцям",
    "вашингтону",
    "беларуси",
    "білорусі",
    "минску",
    "мінську",
    "армении",
    "вірменії",
    "азербайджану",
    "еревану",
    "єревану",
    "украинцам",
    "українцям",
    "россиянам",
    "росіянам",
    "израильтянам",
    "ізраїльтянам",
    "палестинцам",
    "палестинцям",
}
_ACCUSATIVE_FORMS = {"україну", "украину", "росію", "россию"}
# "освобождённых Украиной", "звільнених Росією": the agent of a passive, the releaser
_INSTRUMENTAL_FORMS = {"україною", "украиной", "росією", "россией", "ізраїлем", "израилем"}
_PASSIVE_RELEASE_BEFORE_RE = Cue(
    r"(?:освобожд[её]нн\w*|освобожден\w*|звільнен\w*|переданн\w*|передан\w*|відпущен\w*"
    r"|отпущенн\w*|возвращ[её]нн\w*|повернут\w*|повернен\w*)\s+$"
)
AGREED_VERB_RE = Cue(
    r"\b(?:agreed|agree|домовил\w*|договорил\w*|узгодил\w*|погодил\w*|согласовал\w*)\b"
)
_SINGULAR = {
    "man",
    "person",
    "prisoner",
    "soldier",
    "woman",
    "civilian",
    "captive",
    "hostage",
    "child",
    "minor",
}
_NP_STOP = {
    "and",
    "or",
    "were",
    "was",
    "had",
    "have",
    "has",
    "are",
    "is",
    "been",
    "be",
    "in",
    "on",
    "to",
    "from",
    "by",
    "at",
    "with",
    "who",
    "which",
    "that",
    "і",
    "й",
    "та",
    "и",
    "які",
    "що",
    "что",
    "которые",
    "for",
    "under",
    "as",
    "after",
    "before",
}


@dataclass
class Group:
    value: int | None
    start: int
    end: int  # end of the noun phrase
    category: str | None  # generic | military | civilian | women | minors | body | None
    overlaps: dict[str, int] = field(default_factory=dict)
    owner: str | None = None
    np_releaser: str | None = None
    each: bool = False
    nfor: bool = False
    program: bool = False
    anaphora: str | None = None  # same | similar
    undisclosed: bool = False
    subset: bool = False
    elliptical: bool = False
    in_return: bool = False  # "in exchange for Artur Petrov": the other direction
    joined: bool = False  # "55 servicemen as well as Viktor Medvedchuk": added to the group before
    revision: bool = False  # "That figure was later revised to 197": replaces an earlier figure
    clause: int = 0
    series: tuple[int, int] | None = None  # "230, 207 and 100 prisoners": (first start, index)


_UNSEEN = object()


@dataclass
class SentenceInfo:
    sentence: Sentence
    index: int
    dates: list[DateMention]
    event_dates: list[bool]
    parties: list[PartyMention]
    table: PartyTable
    release_spans: list[tuple[int, int]]
    excluded: list[tuple[int, int]]
    go_betweens: frozenset[str] = frozenset()  # sides named as mediators ("Oman-brokered")
    # the sentence's text and offset, read tens of times per sentence: plain attributes are
    # cheaper than properties (the sentence is frozen, so they cannot go stale)
    text: str = field(init=False)
    start: int = field(init=False)
    cache: dict = field(default_factory=dict)
    searched: dict = field(default_factory=dict)  # cue (and clause) -> its first match
    matched: dict = field(default_factory=dict)  # cue (and clause) -> all its matches

    @property
    def affiliates(self) -> list[PartyMention]:
        """Officials and bodies ("Coordination Headquarters"), found only when a speaker is needed."""
        if "affiliates" not in self.cache:
            self.cache["affiliates"] = self.table.find_affiliates(self.text, self.start)
        return self.cache["affiliates"]

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens, made when first asked for (see `has_number`)."""
        if "tokens" not in self.cache:
            self.cache["tokens"] = tokenize(self.text, self.start)
        return self.cache["tokens"]

    @property
    def has_number(self) -> bool:
        """Whether a token is a number. A sentence with no digit and no number word is not
        tokenized to tell: of many, nothing else ever asks for the tokens. Asked many times a
        sentence, answered once."""
        if "has_number" not in self.cache:
            self.cache["has_number"] = (
                "tokens" in self.cache or may_have_number(self.text)
            ) and any(t.kind == "num" for t in self.tokens)
        return self.cache["has_number"]

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """The clauses' spans, split when first asked for: the walker never asks of many
        sentences (no figure, no release verb)."""
        if "clauses" not in self.cache:
            self.cache["clauses"] = _clauses(self.sentence)
        return self.cache["clauses"]

    def __post_init__(self) -> None:
        self.text = self.sentence.text
        self.start = self.sentence.start

    def search(self, cue) -> re.Match | None:
        """`cue.search(self.text)`, computed once per sentence."""
        found = self.searched.get(cue, _UNSEEN)
        if found is _UNSEEN:
            found = self.searched[cue] = cue.search(self.text)
        return found

    def matches(self, cue) -> list[re.Match]:
        """`list(cue.finditer(self.text))`, computed once per sentence."""
        found = self.matched.get(cue)
        if found is None:
            found = self.matched[cue] = list(cue.finditer(self.text))
        return found

    def clause_search(self, cue, index: int) -> re.Match | None:
        """`cue.search(self.clause_text(index))`, computed once per clause (several rules ask
        whether a clause is about the future)."""
        found = self.searched.get((cue, index), _UNSEEN)
        if found is _UNSEEN:
            text = self.clause_text(index)
            # a sentence of one clause: the search of the sentence, likely made already
            found = self.search(cue) if len(text) == len(self.text) else cue.search(text)
            self.searched[(cue, index)] = found
        return found

    def clause_matches(self, cue, index: int) -> list[re.Match]:
        """`list(cue.finditer(self.clause_text(index)))`, computed once per clause (each
        counted group of a clause asks)."""
        found = self.matched.get((cue, index))
        if found is None:
            text = self.clause_text(index)
            found = self.matches(cue) if len(text) == len(self.text) else list(cue.finditer(text))
            self.matched[(cue, index)] = found
        return found

    def clause_of(self, position: int) -> int:
        for index, (start, end) in enumerate(self.clauses):
            if start <= position < end:
                return index
        return len(self.clauses) - 1

    def clause_text(self, index: int) -> str:
        start, end = self.clauses[index]
        return self.text[start - self.start : end - self.start]

    def local(self, start: int, end: int) -> str:
        return self.text[start - self.start : end - self.start]


# "вернулись 248 российских военнослужащих, на Украину — 230 человек": a verbless clause,
# from its comma (its words before the dash are the figure's, not the clause's before)
_ELLIPSIS_RE = re.compile(r",\s+(?:[^\W\d][\w'’-]*\s+){1,3}(?P<dash>[—–]\s)")


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    spans, last = [], 0
    text = sentence.text
    ellipses = list(_ELLIPSIS_RE.finditer(text)) if ("— " in text or "– " in text) else None
    if ellipses:
        dashes = {match.start("dash") - 1 for match in ellipses}
        splits = sorted(
            [
                (m.start(), m.end())
                for m in CLAUSE_SPLIT_RE.finditer(text)
                if m.start() not in dashes
            ]
            + [(match.start(), match.start() + 1) for match in ellipses]
        )
        for start, end in splits:
            if start > last:
                spans.append((sentence.start + last, sentence.start + start))
            last = end
    else:
        for match in CLAUSE_SPLIT_RE.finditer(text):
            if match.start() > last:
                spans.append((sentence.start + last, sentence.start + match.start()))
            last = match.end()
    spans.append((sentence.start + last, sentence.end))
    return [span for span in spans if span[1] > span[0]] or [(sentence.start, sentence.end)]


# matched at the end of a release verb (`match(text, end)`: no "^", which `pos` would not meet)
_PUBLISHED_THING_AFTER_RE = Cue(
    r"\s+(?:(?:a|an|the|new|its|their|his|her)\s+)?(?:footage|videos?|statements?|photos?"
    r"|photographs?|images?|pictures|lists?|figures|details|recordings?|documents?|data"
    r"|reports?|names|transcripts?|readouts?)\b"
    # "handed our High Commission there a list of 53 civilian prisoners"
    r"|\s+(?:[\w'’-]+\s+){1,4}?(?:a|the|its|their)\s+lists?\s+of\b"
)
_INJURY_AFTER_RE = Cue(r"\s*(?:поранен|ранен|травм|пораненн)")
_GAVE_THING_AFTER_RE = Cue(
    r"\s+(?:[\w'’-]+\s+)?(?:житт|жизн|наказ|приказ|належн|должн|шан|чест|голос|перевагу"
    r"|предпочтени|свої\s+сил|свои\s+сил|сил|долг|борг)"
)
# "выпустил заявление", "випустив відео": published or launched, not freed
_SLAVIC_PUBLISHED_AFTER_RE = Cue(
    r"\s+(?:[\w'’-]+\s+)?(?:заяв|відео|видео|фото|ролик|сюжет|книг|фильм|фільм|альбом"
    r"|ракет|снаряд|дрон|бюлетен|бюллетен|доклад|доповід|звіт|отч[её]т)"
)


def _release_spans(text: str, base: int) -> list[tuple[int, int]]:
    spans = []
    for match in lx.RELEASE_RE.finditer(text):
        if _INJURY_AFTER_RE.match(text, match.end()):
            continue
        if _PUBLISHED_THING_AFTER_RE.match(text, match.end()):
            continue  # "released footage of the two men talking": published, not freed
        if _BACK_TO_CELLS_AFTER_RE.match(text, match.end()):
            continue  # "the 620 prisoners ... were returned to their cells": not freed after all
        if "list" in text and _LIST_BEFORE_RE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue  # "The list Pakistan handed over in July named 266": a list handed over
        if match.group(0)[:2] in ("вы", "ви") and _SLAVIC_PUBLISHED_AFTER_RE.match(
            text, match.end()
        ):
            continue
        if match.group(0)[:3] in ("від", "отд") and _GAVE_THING_AFTER_RE.match(text, match.end()):
            continue  # "віддав життя", "отдал приказ": gave a life, an order, not people
        spans.append((base + match.start(), base + match.end()))
    return spans


_LIST_BEFORE_RE = Cue(
    r"\blists?\s+(?:of\s+names\s+)?(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?$"
)
_BACK_TO_CELLS_AFTER_RE = Cue(
    r"\s+to\s+(?:their|the|his|her)\s+(?:cells?|prisons?|jails?|detention|custody)\b"
)
# "the May 16 talks", "the October 7 attack": the day of something else
_TALKS_AFTER_RE = Cue(
    r"^\s*(?:talks|deal|agreement|meeting|negotiations|attacks?|massacre|raid|invasion"
    r"|incursion|offensive|assault|crash|ceasefire|truce)\b"
)
SINCE_BEFORE_RE = Cue(
    r"\b(?:since|until|till|by|from|від|до|с|по)\s+(?:the\s+)?"
    # "с полудня 6 января до полуночи 7 января": a time of day between
    r"(?:(?:полудня|полуночи|півночі|опівночі|опівдні|noon|midnight)\s+(?:on\s+)?)?$"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Words of a capture (or a death): the day they come with is not a release's
_CAPTURE_WORDS = (
    r"(?:abducted|kidnapped|captured|seized|detained|arrested|jailed|sentenced|convicted"
    r"|caught|killed|died|taken\s+(?:hostage|prisoner|captive)|went\s+missing|picked\s+up"
    r"|загину\w*|загинул\w*"
    r"|погиб\w*|убит\w*|викраден\w*|захоплен\w*|затриман\w*"
    r"|похищен\w*|захвачен\w*|задержан\w*|арестован\w*"
    # "яку захопили на базі Нахаль-Оз 7 жовтня", "похитили", "попал в плен": the verbs too
    r"|захопи\w*|захвати\w*|викра(?:ли|в|ла)\b|похити\w*|затрима(?:ли|в|ла)\b|задержа(?:ли|л|ла)\b"
    r"|(?:взял\w*|взяли|потрапи\w*|попа\w*)\s+(?:в|у)\s+(?:плен|полон))"
)
_CAPTURE_BEFORE_RE = Cue(rf"\b{_CAPTURE_WORDS}(?:\s+[\w'’-]+){{0,10}}\s*$")
_BELONG_VERBS = frozenset(
    "относятся относились являются являлись служат служили належать належали є служать "
    "служили працювали работали".split()
)
_ARTICLE_END_RE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_FORMULA_TOLD_RE = re.compile(r"\d[\d\s]*(?:на|for|-for-|x|×)\s*\d+\D{0,3},\s*$", re.IGNORECASE)
_NEW_ITEM_RE = re.compile(r"\s[—–](?:\s|$)|;|,\s+and\b")
_DOCUMENT_BEFORE_RE = Cue(
    r"\b(?:statement|declaration|communiqu[eé]|memorandum|decree|protocol)\s+(?:was\s+)?"
    r"(?:issued|signed|adopted|published|dated)\s+(?:on\s+)?$"
    # "згідно з оприлюдненим напередодні списком": a published list's day
    r"|\b(?:оприлюднен\w*|опублікован\w*|опубликованн?\w*|обнародованн?\w*|published)\s+$"
)
# "a week after", "за кілька днів після": the date that follows is the other event's
_AFTER_EVENT_RE = Cue(
    r"\b(?:days?|weeks?|months?|hours?|shortly|soon|днів|дні|дня|днях|тиждень|тижні|тижнів"
    r"|місяць|місяці|місяців|годин\w*|дней|недел[юиь]|месяц\w*|час(?:а|ов)?)\s+"
    r"(?:after|following|після|после)\b"
)
# "since <subject> <verb> ... on": a clause that tells another event, dated by what follows
_SINCE_CLAUSE_BEFORE_RE = Cue(
    r"\b(?:first|last)\s+(?:\w+\s+){0,2}since\s+[^,;:.—–]{3,150}?\s+(?:on|in)\s*$"
)
# "since the truce began on Friday", "с начала перемирия в пятницу": when a period started
_SINCE_START_BEFORE_RE = Cue(
    r"\bsince\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|took\s+effect"
    r"|came\s+into\s+(?:force|effect)|took\s+hold|kicked\s+in)(?:\s+(?:on|in))?\s*$"
    r"|\b(?:з|від|с)\s+(?:моменту\s+|момента\s+)?(?:початку|начала)\s+[\w-]+(?:\s+(?:у|в|во))?\s*$"
)
_AFTER_PHRASE_THEN_DAY_RE = re.compile(
    r"\s+(?:the\s+|that\s+|this\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*,\s*(?:on|у|в)?\s*$"
)
# "вторжения ВСУ в Курскую область 6 августа", "the incursion into Kursk on 6 August": the day
# of another event, named right before it
_OTHER_EVENT_BEFORE_RE = Cue(
    r"\b(?:invasion|incursion|offensive|crash|вторжени\w*|вторгнен\w*|наступ\w*|катастроф\w*"
    r"|крушени\w*|аварі\w*|авари\w*)\b(?=[^,;:.\d\n]{0,50}$)"
)
# what, after another event's noun, says the date is no longer its own
_VERB_OR_LINK_RE = Cue(
    r"\b(?:and|and\s+the|took|was|were|is|are|had|has|happened|came|і|и|та|а|состоял\w*"
    r"|прош[её]л|прошла|відбув\w*|відбул\w*|since|з|с|від|от)\b"
)
_WHEN_AFTER_RE = Cue(r"^\s*,?\s*(?:when|коли|когда)\b")
_CAUGHT_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:when|коли|когда)\s+(?:\w+\s+){{0,3}}?(?:{_CAPTURE_WORDS}|taken|потрапив|попал)",
    re.IGNORECASE,
)


def _without_appositions(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "8 января, на следующий день после Рождества": a relative phrase in apposition to an
    explicit date restates it; the explicit date alone dates the sentence."""
    kept = []
    for mention in dates:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.kind == "anaphoric"
            and previous.kind == "explicit"
            and APPOSITION_RE.fullmatch(text[previous.end : mention.start])
        ):
            continue
        if (
            previous is not None
            and previous.kind == "anaphoric"
            and mention.kind == "explicit"
            and _DATE_AFTER_SHIFT_RE.fullmatch(text[previous.end : mention.start])
        ):  # "One week later, on 31 January 2024, ...", "Earlier that day, Dec. 30, ...": the
            # date says which day
            kept[-1] = mention
            continue
        if (
            previous is not None
            and previous.kind == "deictic"
            and mention.kind == "explicit"
            and mention.guessed_year
            and previous.value
            and mention.value
            and (previous.value.month, previous.value.day)
            == (mention.value.month, mention.value.day)
            and _DATE_AFTER_SHIFT_RE.fullmatch(text[previous.end : mention.start])
        ):  # "Вчера, 15 января, ...": the day before publication, whatever year a chronicle
            continue  # of the year before gives its undated days
        if (
            previous is not None
            and previous.kind == "anaphoric"
            and abs(previous.offset) >= 2  # (a day counted over several: not "Накануне, в пятницу")
            and mention.kind == "weekday"
            and _DATE_AFTER_SHIFT_RE.fullmatch(text[previous.end : mention.start])
        ):  # "За три дні до того, у вівторок", "Three days earlier, on Tuesday": the weekday
            continue  # of the day counted back, not the last Tuesday before publication
        if (
            previous is not None
            and previous.kind == "anaphoric"
            and abs(previous.offset) == 1
            and mention.kind == "weekday"
            and _DATE_AFTER_SHIFT_RE.fullmatch(text[previous.end : mention.start])
        ):  # "Днём ранее, в пятницу, ...": the weekday says which day
            kept[-1] = mention
            continue
        kept.append(mention)
    return kept


_DATE_AFTER_SHIFT_RE = re.compile(r"\s*,\s*(?:on\s+|у\s+|в\s+|во\s+)?")


_TALKS_HELD_RE = Cue(
    r"^[^,.;]{0,40},?\s*(?:що|який|яка|які|котор\w+|which|that)\s+(?:\w+\s+)?"
    r"(?:відбув\w*|відбул\w*|прох\w*|состоял\w*|прош[её]л|прошл\w*|проход\w*|took\s+place"
    r"|was\s+held|were\s+held)(?:\s+(?:on|in))?\s*$"
)


def _event_date_flags(
    sentence: Sentence, dates: list[DateMention], dateline_end: int
) -> list[bool]:
    """False for dates that belong to an agreement or talks ("agreed in Istanbul on 16 May",
    "the May 16 talks"), to a dateline, or to a "since"/"until" phrase."""
    flags = []
    text = sentence.text
    for mention in dates:
        if mention.start < dateline_end:
            flags.append(False)
            continue
        before = text[max(0, mention.start - 120) : mention.start]
        window = " ".join(before.split()[-12:])
        after = text[mention.end : mention.end + 25]
        cues = list(lx.AGREEMENT_RE.finditer(window)) + list(lx.TALKS_RE.finditer(window))
        attached = False
        if cues:
            tail = window[max(c.end() for c in cues) :]
            # "переговорів у Стамбулі, що відбувся 23 липня": the talks are what took place
            attached = bool(_TALKS_HELD_RE.match(tail)) or not (
                lx.EXCHANGE_NOUN_RE.search(tail)
                or lx.HAPPENED_RE.search(tail)
                or lx.RELEASE_RE.search(tail)
                or _NEW_ITEM_RE.search(tail)  # "по формуле 115 на 115, второй — 14 сентября"
                # "обмінялися за формулою «50 на 50», 6 грудня повернулися 60": the formula is
                # told in full, and the date after its comma is the next item's
                or _FORMULA_TOLD_RE.search(tail)
            )
        if attached or _TALKS_AFTER_RE.match(after):
            flags.append(False)
        elif (
            SINCE_BEFORE_RE.search(before)
            and not (
                _WHEN_AFTER_RE.match(after)
                # "held since May 3, when he was caught": the when-clause tells a capture
                and not _CAUGHT_AFTER_RE.match(text[mention.end : mention.end + 60])
            )
        ):
            flags.append(False)  # not "the first since Oct. 18, when each side freed 95"
        elif (
            since := _SINCE_CLAUSE_BEFORE_RE.search(
                text, max(0, mention.start - 200), mention.start
            )
        ) and not lx.RELEASE_RE.search(
            since.group(0)[since.group(0).rfind("since") :]
        ):  # "the first exchange since Ukrainian troops crossed into Kursk region on Aug. 6"
            flags.append(False)
        elif _SINCE_START_BEFORE_RE.search(window):
            flags.append(False)  # "freed since the truce began on Friday": the truce's start
        elif (
            (follows := _AFTER_EVENT_RE.search(window))
            and not (
                lx.RELEASE_RE.search(window[follows.end() :])
                or lx.EXCHANGE_NOUN_RE.search(window[follows.end() :])
                or lx.EXCHANGE_NOUN_RE.search(after)  # "eight days after the Jan. 31 exchange"
                # "One week after the crash, on 31 January, 207 Ukrainians came home": the day said
                # again, after a comma
                or _AFTER_PHRASE_THEN_DAY_RE.match(window[follows.end() :])
            )
        ):  # "took place a week after the crash of an Il-76 near Belgorod on 24 January"
            flags.append(False)
        elif (
            mention.kind == "explicit"
            and (event := _OTHER_EVENT_BEFORE_RE.search(before))
            and not _VERB_OR_LINK_RE.search(before[event.end() :])
            and not lx.EXCHANGE_NOUN_RE.search(after.split(",")[0])  # "6 August swap"
        ):  # "в первый обмен после вторжения ВСУ в Курскую область 6 августа": the invasion's
            flags.append(False)
        elif _DOCUMENT_BEFORE_RE.search(before):
            flags.append(False)  # "the Joint Statement issued on 7 December": a document's day
        elif (
            (capture := _CAPTURE_BEFORE_RE.search(window))
            and not lx.RELEASE_RE.search(window[capture.start() :])
            # nor "swapped detained servicemen at the border on Wednesday": the capture word
            # describes the people named right after it
            and not _people_word_first(window[capture.start() :].split(maxsplit=1)[-1])
            # nor "freed a kidnapped engineer on Friday": a word that describes them
            and not _ARTICLE_END_RE.search(window[: capture.start()])
        ):  # not "captured while fighting alongside Ukrainian forces were freed Wednesday"
            flags.append(False)  # "abducted from Kibbutz Nir Oz on Oct. 7": the capture's day
            # (or the day of a death: "a veteran who was killed in Donetsk on Aug. 23")
        else:
            flags.append(True)
    return flags


_OTHER_AFTER_NUMBER_RE = re.compile(r"^\S+\s+(?:other|інших|других)\b", re.IGNORECASE)
_TOGETHER_WITH_BEFORE_RE = Cue(
    r"\b(?:together\s+with|along\s+with|разом\s+(?:з|із)|вместе\s+с(?:о)?)\s+$"
)


def _people_word_first(text: str) -> bool:
    """The first word of `text` names people ("servicemen", "soldiers", "людей")."""
    words = text.split(maxsplit=1)
    return bool(words) and noun_category(words[0].lower().strip(",.;:")) in _PEOPLE_KINDS


def analyse(sentence: Sentence, index: int, table: PartyTable, published) -> SentenceInfo:
    text = sentence.text
    dateline = DATELINE_RE.match(text)
    dateline_end = dateline.end() if dateline else 0
    local_dates = _without_appositions(text, find_dates(text, published))
    flags = _event_date_flags(sentence, local_dates, dateline_end)
    base = sentence.start
    dates = [replace(m, start=m.start + base, end=m.end + base) for m in local_dates]
    excluded = [(m.start, m.end) for m in dates if m.kind in ("explicit",)]
    if dateline_end:
        excluded.append((base, base + dateline_end))
    parties, go_betweens = _parties(text, base, table)
    return SentenceInfo(
        sentence=sentence,
        index=index,
        dates=dates,
        event_dates=flags,
        parties=parties,
        table=table,
        release_spans=_release_spans(text, base),
        excluded=excluded,
        go_betweens=go_betweens,
    )


# "the Biden administration", "Maduro's government", "the government of Nicolas Maduro": a
# leader's government is its side
_GOVERNMENT_AFTER_RE = Cue(r"^(?:['’]s)?\s+(?:administration|government|regime)\b")
_GOVERNMENT_BEFORE_RE = Cue(
    r"\b(?:administration|government|regime)\s+of\s+(?:(?:president|prime\s+minister)\s+)?"
    r"(?:[A-Z][\w'’-]+\s+)?(?:al-|el-)?$"  # "the government of Bashar al-Assad"
)


# "при посредничестве Объединённых Арабских Эмиратов", "with the mediation of Qatar": a side
# named as the go-between is no side of the handover (up to two words of its name between)
_NAME_WORDS_BEFORE = r"\s+(?:the\s+)?(?:[A-ZА-ЯІЇЄҐ][\w'’-]*\s+){0,2}$"
_MEDIATOR_BEFORE_RE = re.compile(
    # (not "a deal brokered by the United States", "thanks to Washington": a broker may be the
    # side the freed are handed to, as when Belarus frees prisoners in a deal with the US)
    r"(?i:\bпри\s+посредничестве|\bза\s+(?:посередництва|посередництвом)"
    r"|\b(?:благодаря|завдяки)\s+(?:\w+\s+)?(?:посредничеству|посередництву)"
    rf"|\b(?:through|with)\s+the\s+mediation\s+of){_NAME_WORDS_BEFORE}"
)
_MEDIATION_CUE = Cue(r"посредни|посередни|mediat|brokered")
# "an Oman-brokered swap", "Oman's mediation", "Qatar, which mediated the deal", "Oman mediated
# the exchange": the go-between named before what it did
_MEDIATOR_AFTER_RE = re.compile(
    r"(?:-(?:brokered|mediated)\b|(?:['’]s)?\s+mediation\b"
    r"|,?\s+(?:which|that|who)\s+(?:had\s+|has\s+)?(?:brokered|mediated)\b"
    r"|\s+(?:brokered|mediated)\s+(?:the|a|an|this|that)\s+(?:\w+\s+){0,2}?"
    r"(?:swap|exchange|deal|release|arrangement|agreement|talks)\b)"
)
_MEDIATOR_AND_RE = re.compile(rf"^\s*(?:,|(?:,\s*)?(?:and|и|і|та)){_NAME_WORDS_BEFORE}")


def _not_mediators(text: str, base: int, parties: list[PartyMention]) -> list[PartyMention]:
    kept, last_mediator, last_end = [], None, -1
    for mention in parties:
        window = max(0, mention.start - base - 60)
        cue = _MEDIATOR_BEFORE_RE.search(text, window, mention.start - base)
        if mention.party not in RECEIVING_BROKERS and _MEDIATOR_AFTER_RE.match(
            text, mention.end - base
        ):
            last_end = mention.end
            continue
        if (cue and cue.start() >= last_end - base) or (
            last_mediator is not None
            and _MEDIATOR_AND_RE.match(text[last_mediator - base : mention.start - base])
        ):  # (not "при посредничестве Германии Израиль освободил": the side after the mediator)
            last_mediator = last_end = mention.end  # "при посредничестве ОАЭ и Саудовской Аравии"
            continue
        kept.append(mention)
        last_end = mention.end
    return kept


def _parties(text: str, base: int, table: PartyTable) -> tuple[list[PartyMention], frozenset[str]]:
    """The sides a sentence names, and apart from them the go-betweens it names."""
    parties = table.find(text, base)
    low = text.lower()
    go_betweens: frozenset[str] = frozenset()
    if parties and _MEDIATION_CUE.search(text):
        kept = _not_mediators(text, base, parties)
        go_betweens = frozenset(m.party for m in parties if m not in kept)
        parties = kept
    if "government" not in low and "administration" not in low and "regime" not in low:
        return parties, go_betweens
    acting = [
        m
        for m in table.find_affiliates(text, base)
        if _GOVERNMENT_AFTER_RE.match(text[m.end - base : m.end - base + 20])
        or _GOVERNMENT_BEFORE_RE.search(text[max(0, m.start - base - 50) : m.start - base])
    ]
    return (sorted(parties + acting, key=lambda m: m.start) if acting else parties), go_betweens


# --- counted groups -----------------------------------------------------------------------


def _excluded(info: SentenceInfo, token: Token) -> bool:
    return any(start <= token.start < end for start, end in info.excluded)


def _skip_number(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    nxt2 = tokens[i + 2] if i + 2 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    prev2 = tokens[i - 2] if i > 1 else None
    if token.value is None:
        return True
    if not token.is_word_number and _YEAR_RE.fullmatch(token.text):
        # a year, unless people follow it ("1968 палестинских заключённых"; not "the
        # Convention of 1949 says prisoners ...")
        if prev is not None and prev.low in _YEAR_PREPOSITIONS:
            return True
        if nxt is not None and noun_category(nxt.low) in _PEOPLE_KINDS:
            return False
        return not (
            nxt is not None
            and nxt2 is not None
            and (nxt.text[:1].isupper() or nxt.low.endswith(("их", "ых", "іх")))  # an adjective
            and noun_category(nxt2.low) in _PEOPLE_KINDS
        )
    if nxt and nxt.text in (":", ".") and nxt2 and nxt2.kind == "num" and nxt.end == nxt2.start:
        return True  # 21:40, 1.5
    if (
        prev
        and prev.text in (":", ".")
        and prev2
        and prev2.kind == "num"
        and prev.start == prev2.end
        and token.start == prev.end  # "21:40", not "Jan 3: 230 returned"
    ):
        return True
    if nxt and nxt.low in ("th", "st", "nd", "rd", "%", "percent", "per"):
        return True
    if (
        nxt
        and nxt.text in ("-", "‑")
        and nxt2
        and nxt2.kind == "word"
        and nxt2.low not in ("for", "на", "за")
    ):
        return True  # four-member, 25-year-old, 65-м
    if prev and prev.text in ("$", "€", "£", "№", "#"):
        return True
    if prev and prev.low in _RATIO_BEFORE:
        return True  # "one extra day for every ten hostages freed": a ratio's term, no figure
    if prev and prev2 and prev.low in ("of", "із", "из") and prev2.low in _LIST_WORDS:
        return True  # "a list of 53 civilian prisoners": names on paper, not people freed
    if prev and prev.low in ("aged", "ages", "age", "under", "born", "віком", "возрасте", "років"):
        return True
    if prev and (
        prev.low in _PARENT_OF or (prev.low == "of" and prev2 and prev2.low in _PARENT_OF)
    ):  # "отца троих детей", "a father of three": a family, not people freed
        return True
    if (
        prev
        and prev.low in ("is", "was", "—", "-", "–")
        and any(t.low in _AGE_EXTREMES for t in tokens[max(0, i - 8) : i])
    ):
        return True  # "the oldest of the freed men is 63", "наймолодшому — 23"
    return prev is not None and prev.low == "of" and prev2 is not None and prev2.low == "age"


_LIST_WORDS = frozenset("list lists списку список списки переліку перелік".split())
_AGE_EXTREMES = frozenset(
    "oldest youngest eldest найстарший найстаршому наймолодший наймолодшому старейший "
    "старейшему".split()
)
_CIVILIAN_SHIP_ADJECTIVES = ("гражданск", "цивільн", "торгов", "торгівельн", "merchant", "civilian")
_YEAR_PREPOSITIONS = frozenset(
    "of in since from until by before after during у в з із с від до по після после".split()
)
_SERVICE_BEFORE_PEOPLE = frozenset("service navy naval army military border".split())
_SERVICE_BRANCHES = frozenset("army navy marines military national air".split())
_PARENT_OF = frozenset(
    "father mother parent отца отец мать матери батька батько мати матері".split()
)
_PEOPLE_KINDS = ("generic", "military", "civilian", "women", "minors")


_NFOR_AUXILIARIES = frozenset("were was are is have has had been being".split())
_NFOR_VERBS = frozenset("swapped exchanged traded".split())


def _nfor_end(tokens: list[Token], i: int) -> int | None:
    """Index of the second number in "390-for-390" / "«307 на 307»", else None ("one for
    one", in words, is a ratio: each person for one other)."""
    if tokens[i].value == 1 and tokens[i].is_word_number:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].text in ("-", "‑", "«", "»", '"'):
        j += 1
    if j < len(tokens) and noun_category(tokens[j].low) in _PEOPLE_KINDS:
        j += 1  # "175 prisoners for 175"
        if j + 1 < len(tokens) and tokens[j].low == "of" and tokens[j + 1].low == "war":
            j += 2
    verb = j  # "103 were swapped for 103": the verb between the two figures
    while verb < len(tokens) and tokens[verb].low in _NFOR_AUXILIARIES:
        verb += 1
    if verb < len(tokens) and tokens[verb].low in _NFOR_VERBS:
        j = verb + 1
    if j >= len(tokens) or tokens[j].low not in ("for", "на", "за"):
        return None
    j += 1
    while j < len(tokens) and tokens[j].text in ("-", "‑", "«", "»", '"'):
        j += 1
    if j < len(tokens) and tokens[j].kind == "num" and tokens[j].value == tokens[i].value:
        return j
    return None


_PART_KINDS = ("military", "civilian", "women", "minors")


def _civilian_sailors(tokens: list[Token], noun: int) -> bool:
    """ "72 моряка гражданских судов", "sailors from civilian ships": civilians."""
    if not tokens[noun].low.startswith(("моряк", "sailor", "seam")):
        return False
    ship = noun + 1
    while ship < min(len(tokens), noun + 3) and tokens[ship].low in ("from", "of", "on", "the"):
        ship += 1
    return ship + 1 < len(tokens) and tokens[ship].low.startswith(_CIVILIAN_SHIP_ADJECTIVES)


_DEAD_ADJECTIVES = frozenset(("dead", "fallen", "deceased", "slain"))
_RATIO_BEFORE = frozenset(("every", "per", "кожних", "кожні", "каждых", "каждые"))


def _after_body_of(tokens: list[Token], i: int) -> bool:
    """ "the bodies of 212 fallen soldiers": the figure already counts bodies, of soldiers."""
    return i >= 2 and tokens[i - 1].low == "of" and noun_category(tokens[i - 2].low) == "body"


def _of_the_forces(tokens: list[Token], k: int) -> bool:
    """ "the Armed Forces", "Armenia's armed forces", "the country's navy": a service branch
    after "of", within a possessive or an article."""
    if tokens[k].low == "the":
        return tokens[k + 1].low in _SERVICE_BRANCHES | {"armed"}
    for j in range(k, min(k + 4, len(tokens) - 1)):
        if tokens[j].low in _SERVICE_BRANCHES | {"armed"}:
            return j > k and tokens[j - 1].low.endswith(("'s", "’s"))
        if tokens[j].kind == "num" or tokens[j].low in (",", ".", ";", ":"):
            return False
    return False


_OURS = frozenset(("наших", "своїх", "своих", "ours"))


def _head(tokens: list[Token], i: int, info: SentenceInfo) -> tuple[str | None, dict, int, bool]:
    """Scan the noun phrase after tokens[i]: (category, overlaps, np_end_index, subset)."""
    overlaps: dict[str, int] = {}
    value = tokens[i].value or 0
    j, unknown = i + 1, 0
    category = None
    if j + 1 < len(tokens) and (
        (
            tokens[j].low == "of"
            and tokens[j + 1].low in ("them", "whom", "those", "these", "the", "which")
        )
        # "246 із них звільнено в межах обміну", "30 из них — женщины"
        or (tokens[j].low in ("із", "з", "зі", "из") and tokens[j + 1].low in ("них", "яких"))
        # "троє зі звільнених — уродженці нашої області": three of the freed
        or (tokens[j].low in ("із", "з", "зі", "из") and tokens[j + 1].low in lx.THE_FREED_GENITIVE)
    ):
        kind = noun_category(tokens[j + 2].low) if j + 2 < len(tokens) else None
        if (
            kind is None
            and j + 3 < len(tokens)
            and tokens[j + 2].low in _SERVICE_BEFORE_PEOPLE
            and noun_category(tokens[j + 3].low) == "generic"
        ):  # "224 of them service members": soldiers, as "224 service members" are
            kind = "military"
        if kind == "military" and _civilian_sailors(tokens, j + 2):
            kind = "civilian"
        if tokens[j + 1].low in ("them", "whom", "них", "яких") and kind in _PART_KINDS:
            # "33 Palestinians, 30 of them minors": a part of the group before, and its kind
            return kind, {kind: value} if kind in ("women", "minors") else {}, j + 3, True
        return None, overlaps, j, True
    if (
        j + 2 < len(tokens)
        and tokens[j].low == "from"
        and tokens[j + 1].low == "the"
        and tokens[j + 2].low in _SERVICE_BRANCHES
    ):  # "87 from the army, 43 national guardsmen and 24 from the navy"
        return "military", overlaps, j + 3, False
    dead = False  # "four fallen hostages", "two dead soldiers": their bodies
    while j < len(tokens) and j <= i + 6:
        token = tokens[j]
        low = token.low
        if low in _DEAD_ADJECTIVES and j == i + 1:
            dead, j = True, j + 1
            continue
        if token.kind != "word":
            if token.text in ("-", "‑") and j + 1 < len(tokens) and tokens[j + 1].kind == "word":
                j += 1
                continue
            if token.text == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper():
                j += 1  # "five U.S. citizens": the dots of an abbreviation
                continue
            break
        found = noun_category(low)
        if low == "ones" and j > i + 1:  # "ten Ukrainian soldiers for ten Russian ones"
            found = "generic"
        if (
            found is None
            and j == i + 1
            and low in _OURS
            and (j + 1 >= len(tokens) or tokens[j + 1].kind == "punct")
        ):  # "тоді додому привезли 150 наших.": 150 of our people
            return "generic", overlaps, j + 1, False
        if (
            found is None
            and value == 1
            and j == i + 1
            and token.text[0].isupper()
            and _is_party_token(info, token)
            and (j + 1 >= len(tokens) or tokens[j + 1].kind == "punct")
        ):  # "Russia freed one American, the basketball player ...": one person of that side
            return "generic", overlaps, j + 1, False
        if (
            found in ("civilian", "military")
            and low in ("civilian", "military")
            and j + 1 < len(tokens)
        ):
            if noun_category(tokens[j + 1].low) in (
                "generic",
                "civilian",
                "military",
                "women",
                "minors",
            ):  # "civilian residents", "civilian women"
                category = found
                j += 1
                continue
        if found in ("generic", "military", "civilian", "women", "minors", "body"):
            if category in ("civilian", "military") and found == "generic":
                found = category
            elif category in ("civilian", "military") and found in ("women", "minors"):
                overlaps[found] = value
                found = category
            category = found
            if found == "generic" and j > i + 1 and tokens[j - 1].low in _SERVICE_BEFORE_PEOPLE:
                category = "military"  # "service members", "24 navy personnel"
            if (
                found == "generic"
                and j + 3 < len(tokens)
                and tokens[j + 1].low == "of"
                and _of_the_forces(tokens, j + 2)
            ):  # "87 members of the Armed Forces", "31 members of Armenia's armed forces"
                category = "military"
            if low in ("prisoners", "prisoner", "пленных", "полонених") and j + 2 < len(tokens):
                if tokens[j + 1].low == "of" and tokens[j + 2].low == "war":
                    category, j = "military", j + 2
                elif noun_category(tokens[j + 1].low) in ("military", "civilian"):
                    category, j = noun_category(tokens[j + 1].low), j + 1
            if (
                low in ("пленных", "полонених", "пленные", "полонені")
                and j + 1 < len(tokens)
                and tokens[j + 1].low in ("всу", "зсу", "вс", "армии", "армії")
            ):  # "90 пленных ВСУ": prisoners of the armed forces, soldiers
                category = "military"
            if category in ("women", "minors"):
                overlaps[category] = value
            if category == "military" and _civilian_sailors(tokens, j):
                category = "civilian"
            if low in ("servicewomen", "servicewoman"):
                overlaps["women"] = value
            if (
                category in ("military", "civilian")
                and j + 2 < len(tokens)
                and tokens[j + 1].low in ("and", "і", "та", "и", "or")
                and noun_category(tokens[j + 2].low) in ("military", "civilian")
                and noun_category(tokens[j + 2].low) != category
            ):  # "189 soldiers and civilians": one figure for both kinds
                category = "generic"
            if (  # "four hostages' bodies": the bodies of people
                j + 2 < len(tokens)
                and tokens[j + 1].text in ("'", "’")
                and noun_category(tokens[j + 2].low) == "body"
            ):
                return "body", {}, j + 3, False
            if dead and category in _PEOPLE_KINDS and not _after_body_of(tokens, i):
                return "body", {}, j + 1, False
            return category, overlaps, j + 1, False
        if (
            low in ("and", "or", "і", "та", "и")
            and j > i + 1
            and _is_party_token(info, tokens[j - 1])
            and j + 1 < len(tokens)
            and (_is_party_token(info, tokens[j + 1]) or tokens[j + 1].low == "pro")
        ):  # "55 Russian and pro-Russian fighters": two sides' adjectives before one noun
            j += 1
            continue
        if found == "thing" or low in _NP_STOP and low != "of":
            return None, overlaps, j, False
        if is_wounded(low):
            overlaps["wounded"] = value
            following = tokens[j + 1] if j + 1 < len(tokens) else None
            if following is not None and following.low == "ones":
                return "generic", overlaps, j + 2, False  # "plus 15 wounded ones"
            if not unknown and (
                following is None or following.kind != "word" or following.low in _NP_STOP
            ):
                return "generic", overlaps, j + 1, False  # "plus 31 seriously wounded."
        elif low in ("female", "жінок-", "women"):
            overlaps["women"] = value
        elif low in ("civilian", "military"):  # "military personnel"
            category = low
        elif low in MODIFIERS or _is_party_token(info, token) or low.endswith("ly"):
            pass  # "three visibly emaciated hostages"
        else:
            unknown += 1
            following = tokens[j + 1].low if j + 1 < len(tokens) else ""
            participle = low.endswith("ed") and low.isascii()
            if unknown > 2 or (
                participle
                and noun_category(following)
                not in ("generic", "military", "civilian", "women", "minors")
            ):
                break  # "84 released", not "three emaciated hostages"
        j += 1
    return None, overlaps, j, False


def _is_party_token(info: SentenceInfo, token: Token) -> bool:
    return any(m.start <= token.start < m.end for m in info.parties)


def _post_modifier_end(tokens: list[Token], j: int, info: SentenceInfo) -> int:
    """Extend a noun phrase over "of the Armed Forces of Ukraine" / "ВСУ" (party owners)."""
    k = j
    if k < len(tokens) and tokens[k].low in ("of", "from"):
        limit = min(len(tokens), k + 8)
        while k < limit and tokens[k].kind == "word" and tokens[k].low not in _NP_STOP - {"from"}:
            k += 1
        return k
    while k < len(tokens) and k < j + 2 and _is_party_token(info, tokens[k]):
        k += 1
    return k


def _date_adjacent_after(info: SentenceInfo, end: int) -> bool:
    for mention, ok in zip(info.dates, info.event_dates, strict=True):
        if mention.start >= end and ok and _DATE_GAP_RE.match(info.local(end, mention.start)):
            return True
    return False


_DASH_GAP_RE = re.compile(r"\s*[—–]\s*")


def _date_adjacent_before(info: SentenceInfo, start: int) -> bool:
    for mention in info.dates:
        gap = info.local(mention.end, start)
        if mention.end <= start and (_GROUP_WORD_GAP_RE.match(gap) or _DASH_GAP_RE.fullmatch(gap)):
            return True  # "24 серпня у групі 146", "24-го — 307"
    return False


_EACH_AFTER_RE = Cue(
    r"^\s*(?:people\s+|prisoners\s+)?(?:each(?:\s+way)?|apiece|on\s+each\s+side|per\s+side|in\s+each\s+direction)\b"
)


def _each_after(info: SentenceInfo, end: int) -> int | None:
    match = _EACH_AFTER_RE.match(info.local(end, info.sentence.end))
    return end + match.end() if match else None


_LIST_JOIN_RE = re.compile(r"\s*,\s*|\s*,?\s+(?:and|та|і|й|и)\s+")


def _countries_listed_after(info: SentenceInfo, end: int) -> bool:
    """Two or more parties listed right after a figure ("citizens of Latvia, Poland and
    Germany")."""
    listed = [m for m in info.parties if end <= m.start <= end + 60]
    if len(listed) < 2:
        return False
    return all(
        _LIST_JOIN_RE.fullmatch(info.local(a.end, b.start))
        for a, b in zip(listed, listed[1:], strict=False)
    )


def find_groups(info: SentenceInfo, *, body_sentence: bool) -> list[Group]:
    tokens = info.tokens
    groups: list[Group] = []
    skip_until = -1
    low = info.text.lower()
    # Cheap word checks first: the prefix searches below run only where they can match.
    revisable = " to " in low and any(w in low for w in _REVISION_WORDS)
    figure_at = " at " in low and any(w in low for w in _FIGURE_WORDS)
    exchange_for = (
        (" for " in low and ("exchange" in low or "return" in low))
        or (" на " in low and "обм" in low)
        or (" за " in low and ("отдал" in low or "віддал" in low or "передал" in low))
    )
    for i, token in enumerate(tokens):
        if (
            i <= skip_until
            or token.kind != "num"
            or _excluded(info, token)
            or _skip_number(tokens, i)
        ):
            continue
        second = _nfor_end(tokens, i)
        if second is not None:
            groups.append(_nfor_group(info, tokens, i, second))
            skip_until = second
            continue
        category, overlaps, np_end, subset = _head(tokens, i, info)
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].low in lx.THE_FREED_GENITIVE
            and (tokens[i + 2].text in ("—", "–") or tokens[i + 2].low in _BELONG_VERBS)
        ):  # "58 звільнених — працівники МВС", "58 вернувшихся относятся к ведомствам МВД": 58
            # of the freed are, a part
            subset = True
        end_index = _post_modifier_end(tokens, np_end, info) if category else np_end
        end = tokens[end_index - 1].end if category and end_index > i + 1 else token.end
        group = Group(token.value, token.start, end, category, overlaps, subset=subset)
        if revisable and _REVISED_TO_BEFORE_RE.search(info.local(info.start, token.start)):
            group.revision = True  # "later revised to 197"
            if category is None:
                group.category, group.elliptical = "generic", True
        elif (
            figure_at
            and category is None
            and not subset
            and _FIGURE_AT_BEFORE_RE.search(info.local(info.start, token.start))
        ):  # "put the number of Ukrainians freed at 175"
            group.category, group.elliptical = "generic", True
        if category is None and not subset and not group.elliptical:
            each_end = _each_after(info, token.end)
            prev = tokens[i - 1] if i else None
            if each_end is not None:
                group.elliptical, group.end = True, each_end
            elif (
                prev is not None
                and prev.low == "of"
                and i >= 2
                and tokens[i - 2].low == "and"
                and groups
                and any(_after_body_of(tokens, k) for k in range(2, i) if tokens[k].kind == "num")
            ):  # "the bodies of 58 service members on 16 February and of 121 on 29 March"
                group.category, group.elliptical = "body", True
            elif _date_adjacent_after(info, token.end):
                group.elliptical = True
            elif _date_adjacent_before(info, token.start) and (
                i + 1 >= len(tokens)
                or tokens[i + 1].kind != "word"
                or tokens[i + 1].text[0].isupper()
            ):
                group.elliptical = True
            elif (
                body_sentence
                and prev is not None
                and any(s <= prev.start < e for s, e in info.release_spans)
            ):
                group.elliptical, group.category = True, "body"
            elif (
                prev is not None
                # "Israel releases another 183.": a word of more between the verb and figure
                and any(
                    s <= (tokens[i - 2] if prev.low in _MORE_WORDS and i >= 2 else prev).start < e
                    for s, e in info.release_spans
                )
                and (i + 1 >= len(tokens) or tokens[i + 1].kind == "punct")
                and (
                    any(g.category in _PEOPLE_KINDS for g in groups)
                    or prev.low in _MORE_WORDS  # "releases another 183": more of the same
                    # "and on July 17 each side released 95.": people, each way
                    or lx.EACH_RE.search(
                        info.local(info.clauses[info.clause_of(token.start)][0], token.start)
                    )
                )
            ):  # "Україна повернула 230 людей, Росія отримала 248.": people like those before
                group.category, group.elliptical = "generic", True
            elif (
                prev is not None
                and prev.text in ("—", "–", "-")
                and i >= 2
                and any(p.start <= tokens[i - 2].start < p.end for p in info.parties)
                and groups
                and groups[-1].category in (*_PEOPLE_KINDS, "body")
                and (i + 1 >= len(tokens) or tokens[i + 1].kind == "punct")
            ):  # "Украина получила 212 тел, Россия — 45": the kind of the figure before
                group.category, group.elliptical = groups[-1].category, True
            elif (
                prev is not None
                and groups
                and groups[-1].category in (*_PEOPLE_KINDS, "body")
                and (i + 1 >= len(tokens) or tokens[i + 1].kind == "punct")
                and any(
                    p.start <= prev.start < p.end
                    and _GAPPED_SIDE_BEFORE_RE.search(info.local(groups[-1].end, p.start))
                    for p in info.parties
                )
            ):  # "Ukraine received 1,000 bodies and Russia 24.": the same verb, the other side
                group.category, group.elliptical = groups[-1].category, True
            elif (
                prev is not None
                and prev.low == "and"
                and groups
                and groups[-1].category in (*_PEOPLE_KINDS, "body")
                and (to_side := _TO_SIDE_AFTER_RE.match(info.local(token.end, info.sentence.end)))
                and any(p.start == token.end + to_side.end() for p in info.parties)
            ):  # "flew 44 captives back to Armenia and 12 to Azerbaijan": the same kind
                group.category, group.elliptical = groups[-1].category, True
            elif (
                prev is not None
                and prev.low in ("по",)
                and noun_category(tokens[i + 1].low if i + 1 < len(tokens) else "") is None
            ):
                group.elliptical = True
            elif _VERB_AFTER_BARE_RE.match(info.local(token.end, info.sentence.end)) and any(
                s >= token.end and s - token.end <= 20 for s, _ in info.release_spans
            ):  # "- Jan 3: 230 returned", "the first seven were released": people
                group.category, group.elliptical = "generic", True
            elif exchange_for and _IN_EXCHANGE_FOR_BEFORE_RE.search(
                info.local(info.start, token.start)
            ):
                # "in exchange for two nephews of the first lady": people, whatever the noun
                group.category, group.in_return = "generic", True
                group.end = tokens[min(i + 1, len(tokens) - 1)].end
            else:
                continue
        if category == "thing":
            continue
        if (
            category
            and exchange_for
            and _IN_EXCHANGE_FOR_BEFORE_RE.search(info.local(info.start, token.start))
        ):
            group.in_return = True  # "... were released in exchange for 183 prisoners"
        if prev_is_distributive(tokens, i) and not _countries_listed_after(info, group.end):
            # not "по двоє громадян Латвії, Польщі та Німеччини": two of each country listed
            group.each = True
        groups.append(group)
    if "all " in low or "every one" in low:
        for group in groups:
            _all_of_them(info, group)
    if groups and ("," in low or " and " in low):
        groups.extend(_series_groups(info, groups))
    groups.extend(_anaphora_groups(info))
    groups.extend(_named_groups(info, groups))
    for group in groups:
        if (
            group.value
            and _OTHER_AFTER_NUMBER_RE.match(info.local(group.start, group.end))
            and _TOGETHER_WITH_BEFORE_RE.search(
                info.local(max(info.start, group.start - 30), group.start)
            )
            and not any(g.value and g.end <= group.start for g in groups)  # one person before
        ):  # "Siarhei Tsikhanouski walked free together with 13 other prisoners": 14
            group.value += 1
    groups.sort(key=lambda g: g.start)
    if len(groups) > 1 and any(g.category == "body" for g in groups):
        # "the bodies of Andrew Bagshaw and Chris Parry, two British volunteers killed in
        # January": the apposition names the same dead again
        groups = [
            g
            for k, g in enumerate(groups)
            if not (
                k
                and groups[k - 1].category == "body"
                and groups[k - 1].value == g.value
                and _APPOSITION_COMMA_RE.fullmatch(info.local(groups[k - 1].end, g.start))
            )
        ]
    for group in groups:
        group.clause = info.clause_of(group.start)
    return groups


_BODY_OF_RE = re.compile(r"\b(?:body|bodies|remains)\s+of\b", re.IGNORECASE)
_APPOSITION_COMMA_RE = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?")


# "all of them minors": every one of a group is of one kind
ALL_OF_KIND = r"\b(?:all|every\s+one)\s+(?:of\s+(?:them|whom)\s+)?(?:(?:were|are)\s+)?(?P<kind>\w+)"
_ALL_OF_THEM_RE = Cue(r"^\s*,\s*" + ALL_OF_KIND)


def _all_of_them(info: SentenceInfo, group: Group) -> None:
    """ "39 Palestinian prisoners, all of them minors": every one of the group is of a kind."""
    if group.value is None:
        return
    match = _ALL_OF_THEM_RE.match(info.local(group.end, info.sentence.end))
    if not match:
        return
    kind = noun_category(match.group("kind").lower())
    if kind in ("women", "minors"):
        group.overlaps[kind] = group.value
    elif kind in ("military", "civilian") and group.category in (None, "generic", kind):
        group.category = kind


def _series_groups(info: SentenceInfo, groups: list[Group]) -> list[Group]:
    """ "230, 207 and 100 Ukrainian prisoners": bare figures listed before a counted group
    share its noun. Each becomes a group of the same kind, and all are marked as one series
    so that "on Jan. 3, Jan. 31 and Feb. 8 respectively" can give each its own date."""
    tokens = info.tokens
    index_of = {t.start: k for k, t in enumerate(tokens)}
    found: list[Group] = []
    for group in groups:
        k = index_of.get(group.start)
        if k is None or group.category is None or group.nfor or group.anaphora:
            continue
        listed: list[Token] = []
        j = k - 1
        while j >= 1:
            if tokens[j].low == "and" and tokens[j - 1].text == ",":
                j -= 1  # the serial comma: "230, 207, and 100"
            if tokens[j].text not in (",", "and", "і", "та", "и") or tokens[j - 1].kind != "num":
                break
            number = tokens[j - 1]
            if number.value is None or _excluded(info, number) or _skip_number(tokens, j - 1):
                break  # not "the oldest is 63, and one soldier ...": an age, no figure
            listed.append(number)
            j -= 2
        if not listed:
            continue
        first = listed[-1].start
        for position, number in enumerate(reversed(listed)):
            found.append(
                Group(
                    number.value, number.start, number.end, group.category, series=(first, position)
                )
            )
        group.series = (first, len(listed))
    return found


_NOT_NAME = (
    r"(?!(?:Last|Next|This|On|In|The|Early|Late|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Red|International|Червон\w*|Красн\w*|Міжнародн\w*|Международн\w*)\b)"
)
# Latin names with accents ("Gerardo Hernández", "Łukasz Wójcik", "Émile Müller") as well
_UPPER, _LOWER = lx.UPPER, lx.LOWER
_NAME_WORD = _NOT_NAME + rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"
# "Efraín Antonio Campo Flores", "Franqui Francisco Flores de Freitas": up to four words, with
# the particles of Spanish, Portuguese, Dutch, German and Arabic names between them
_NAME_PARTICLE = r"(?:(?:de|da|del|dos|das|van|von|der|den|bin|ibn|al|el)\s+)?"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_PARTICLE}{_NAME_WORD}){{1,3}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:and|і|та|и)\s+{_NAME})?"
_NOT_DESCRIPTION = (
    r"(?:including|among|and|or|to|the|a|an|in|at|on|as|by|from|for|of|with|into|after|before"
    r"|when|who|that|which|was|were|is|are|his|her|their|its|came|said|says|had|has|have)"
)
# "released former U.S. Marine Trevor Reed", "freed Russian pilot Konstantin Yaroshenko": up
# to three words that describe one person (never a plural, a figure or "including")
_NAME_LIST_RE = re.compile(
    # (a Russian or Ukrainian description is in lower case: "американского учителя Марка Фогеля")
    # (or an age: "33-річну Ксенію Карелину", "the 33-year-old")
    rf"^\s+(?:the\s+)?(?P<descr>(?:(?!{_NOT_DESCRIPTION}\b)(?:[A-Za-z]|[а-яіїєґё]|\d{{1,3}}-)[\w.'’-]*\s+)"
    rf"{{0,3}}?)(?P<list>{_NAMES})"
)
# "российский гражданин Артур Петров возвращён на родину": names as a Slavic passive subject
# (the participle searched first: the names' pattern is slow to try everywhere)
_SLAVIC_DESCRIPTION_RE = re.compile(r"\s+(?:[а-яіїєґё'’-]+\s+){0,2}")
_SLAVIC_RETURNED = (
    r"(?:возвращ[её]н|освобожд[её]н|передан|помилован|повернут|повернен|звільнен|визволен"
    r"|вернул(?:ся|ась)\s+(?:на\s+родину|домой)|повернул(?:ся|ася)\s+(?:на\s+батьківщину|додому)"
    r"|повернувся\s+(?:на\s+батьківщину|додому))"
)
_SLAVIC_PASSIVE_HINT_RE = re.compile(_SLAVIC_RETURNED)
_SLAVIC_PASSIVE_NAMES_RE = re.compile(
    # (after an apposition too: "Виктор Бут, осуждённый в США на 25 лет, вернулся на родину")
    rf"(?P<list>{_NAMES})(?:,\s+[^,;:.]{{3,100}}?,)?\s+(?:(?:був|була|был|была)\s+)?"
    rf"{_SLAVIC_RETURNED}\w*"
)
# "Wing Commander Abhinandan Varthaman crossed back from Pakistan": a named person coming back
# (read only where the words say whose he is or where he came from)
_NAMES_CAME_BACK_RE = re.compile(
    rf"(?P<list>{_NAMES})(?:,\s+[^,;:.]{{3,100}}?,)?\s+"
    r"(?:crossed\s+back|came\s+(?:home|back)|returned\s+home|flew\s+home|walked\s+(?:back\s+)?"
    r"(?:across|free|home))\b(?P<rest>[^,;.]{0,40})"
)
_MORE_WORDS = frozenset("another further additional ще ещё еще".split())
_LIST_OPENING_RE = re.compile(r"(?:^|[,;:—–-]|\d|day|morning|afternoon|evening)\s*$")
_CAME_BACK_HINT_RE = re.compile(
    r"\b(?:crossed|came|returned|flew|walked)\s+(?:back|home|across|free)"
)
# The participles of a passive handover of people named ("were freed", "was handed over").
_PASSIVE_VERBS = (
    r"(?:freed|released|handed\s+(?:over|back|to)|set\s+free|returned|brought\s+(?:home|back|out)"
    r"|transferred|exchanged|swapped|let\s+go|flown\s+out)"
)
# "Sagui Dekel-Chen, Sasha Troufanov and Yair Horn were freed": names as a passive subject.
_PASSIVE_NAMES_RE = re.compile(
    rf"(?:^|(?<=[,;:—–-]\s)|(?<=hostages\s)|(?<=captives\s)|(?<=prisoners\s)|(?<=detainees\s)"
    r"|(?<=\bafter\s)|(?<=\bwhen\s)|(?<=\bthat\s)"
    # "On Friday Noa Adler, Yael Brenner and Tamar Cohen were handed to the Red Cross"
    r"|(?<=Monday\s)|(?<=Tuesday\s)|(?<=Wednesday\s)|(?<=Thursday\s)|(?<=Friday\s)"
    r"|(?<=Saturday\s)|(?<=Sunday\s)|(?<=morning\s)|(?<=afternoon\s)|(?<=evening\s)"
    r"|(?<=\d\s))"  # "On February 1 Yarden Bibas, Ofer Kalderon and Keith Siegel were freed"
    # "WNBA star Brittney Griner was freed", "Navy veteran Mark Frerichs ... was handed over",
    # "Border Security Force constable Purnam Kumar Shaw was returned"
    rf"(?:(?:[A-Z][\w.]*\s+){{0,3}}(?:(?!{_NOT_DESCRIPTION}\b|remains\b)[a-z][\w-]*\s+){{1,3}}?"
    r"|(?:Wing|Lieutenant|Lt\.|Sgt\.|Sergeant|Captain|Capt\.|Major|Colonel|Col\.|General|Private"
    r"|Pte\.?|Corporal|Commander)\s+(?:Commander\s+|Colonel\s+)?)?"
    # "Brittney Griner, the WNBA star jailed in Russia, was released": after an apposition too
    # (or a relative clause: "Mark Frerichs, who had been abducted in Kabul in early 2020, was")
    rf"(?P<list>{_NAMES})(?:,\s+(?:(?:the|a|an)\s+[^,;:.\d]{{3,120}}?|who(?:se)?\s+[^,;:.]{{3,120}}?"
    # "Eli Sharabi, Ohad Ben Ami and Or Levy, visibly emaciated, are freed": how they looked
    r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),)?"
    # "Wing Commander Abhinandan Varthaman of the Indian Air Force was released": whose he is;
    # "Her husband, constable Purnam Kumar Shaw, was handed back": the apposition's comma
    r"(?P<of>\s+of\s+the\s+[A-Z][^,;:.]{2,50}?)?,?\s+"
    # (a timeline's present: "Romi Gonen, Emily Damari and Doron Steinbrecher are handed to")
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
    rf"(?:\w+ly\s+)?{_PASSIVE_VERBS}\b"
)
_NAME_RE = re.compile(_NAME)
_LET_NAMES_GO_RE = re.compile(rf"\blet(?:s|ting)?\s+(?P<list>{_NAMES})\s+(?:go|leave)\b")
_CAPITAL_RE = re.compile(rf"[{_UPPER}]")
# "Russia released Griner", "Vinnik was handed over on Thursday": a person the story named in
# full before, by surname alone
_SURNAME_ACTIVE_RE = re.compile(
    r"\b(?:released|freed|swapped|exchanged|traded|handed\s+over|returned)\s+"
    r"(?P<name>[A-Z][a-z'’-]+)\b(?!\s+[A-Z])(?!['’]s)"
    # "Pakistan handed Shaw back"
    r"|\bhanded\s+(?P<back>[A-Z][a-z'’-]+)\s+(?:back|over)\b"
    # "Russia let Karelina go"
    r"|\blet(?:s|ting)?\s+(?P<let>[A-Z][a-z'’-]+)\s+(?:go|leave)\b"
)
_SURNAME_PASSIVE_RE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bthat\s)|(?<=\bafter\s)|(?<=\bwhen\s))"
    r"(?P<name>[A-Z][a-z'’-]+)"
    # "Shaw, a constable with the 182nd Battalion, was handed back": after an apposition too
    # (a surname named in full before may take figures in it: "the 182nd Battalion")
    r"(?:,\s+(?:the|a|an)\s+[^,;:.]{3,100}?,)?\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+)?(?:freed|released|handed\s+(?:over|back)|swapped|exchanged|traded|set\s+free)\b"
)


def full_name_surnames(info: SentenceInfo) -> set[str]:
    """The last words of the full names a sentence gives ("Marc Fogel": "Fogel")."""
    if not _CAPITAL_RE.search(info.text, 1):
        return set()
    return {match.group(0).split()[-1] for match in _NAME_RE.finditer(info.text)}


def surname_groups(
    info: SentenceInfo, surnames: Callable[[], set[str]], groups: list[Group]
) -> list[Group]:
    """One person per surname of a person named in full before (`surnames()`, asked only when
    a single capitalised word is handed over), handed over by surname."""
    if not info.release_spans:
        return []
    found = []
    passive = " was " in info.text or " been " in info.text
    for regex in (_SURNAME_ACTIVE_RE, _SURNAME_PASSIVE_RE) if passive else (_SURNAME_ACTIVE_RE,):
        for match in regex.finditer(info.text):
            which = next((n for n in ("let", "back") if match.groupdict().get(n)), "name")
            if match.group(which) not in surnames():
                continue
            start, end = info.start + match.start(which), info.start + match.end(which)
            if any(start <= m.start < end for m in info.parties) or any(
                g.start <= start < g.end for g in groups + found
            ):
                continue
            found.append(Group(1, start, end, "generic"))
    for group in groups if " " in info.text else ():
        # "вернули 55 военных и Медведчука", "55 fighters and Medvedchuk": one more person, by
        # the surname of someone named in full before (in any case form)
        if not (group.value and group.category in _PEOPLE_KINDS):
            continue
        joined = _JOINED_SURNAME_RE.match(info.text, group.end - info.start)
        if not joined:
            continue
        start, end = info.start + joined.start("name"), info.start + joined.end("name")
        if any(start <= m.start < end for m in info.parties):
            continue  # "55 soldiers and Ukraine's ...": a side, not a person
        word = joined.group("name")
        if any(_same_surname(word, surname) for surname in surnames()):
            found.append(Group(1, start, end, "generic", joined=True, in_return=group.in_return))
    return found


_JOINED_SURNAME_RE = re.compile(
    r"\s+(?:and|и|і|й|та|а\s+также|а\s+також|together\s+with|along\s+with|as\s+well\s+as)\s+"
    rf"(?P<name>[{_UPPER}][{_LOWER}-]+)\b(?!\s+[{_UPPER}])"
)
_SURNAME_ENDINGS = (
    "",
    "а",
    "я",
    "у",
    "ю",
    "ом",
    "ем",
    "ым",
    "им",
    "ові",
    "еві",
    "е",
    "і",
    "ой",
    "ої",
    "ую",
)


def _same_surname(word: str, surname: str) -> bool:
    """ "Медведчука" is "Медведчук" in another case."""
    return word.startswith(surname) and word[len(surname) :] in _SURNAME_ENDINGS


# ", the former Iranian prison official": an apposition after a name, up to its end
_NAME_APPOSITION_RE = re.compile(r",\s+(?:the|a|an)\s+[^,;:.\d]{3,80}?(?=[,;:.]|$)")
# What every match of _PASSIVE_NAMES_RE (and of _TRADED_FOR_RE, below) says after the names:
# searched first, as few sentences say it and the names' pattern is slow to try everywhere.
_PASSIVE_RELEASE_RE = re.compile(rf"(?:were|was|are|is|been)\s+(?:\w+ly\s+)?{_PASSIVE_VERBS}\b")
_PASSIVE_TRADED_RE = re.compile(
    r"(?:was|been)\s+(?:[\w-]+(?:\s+[\w-]+){0,5}?\s+and\s+)?(?:traded|exchanged|swapped)\b"
)


_ONE_BODY_RE = re.compile(
    r"\b(?:the\s+)?body\s+of\s+(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+|an?\s+[a-z]+)"
    r"|(?<!\w)(?:тіло|тело)\s+(?:[А-ЯІЇЄҐ]\w+|\w+(?:ого|ої|ей))"
)


_AGED_NAME = rf"{_NAME}(?:,\s*\d{{1,2}},)?"  # "Christopher Parry, 28,"
_BODIES_OF_NAMES_RE = re.compile(
    rf"\bbodies\s+of\s+(?P<list>{_AGED_NAME}(?:\s*,?\s*{_AGED_NAME})*"
    rf"(?:\s*,?\s+(?:and|і|та|и)\s+{_NAME})?)"
)


def _free_names(info: SentenceInfo, listed: re.Match, taken: list[Group]) -> tuple[int, int] | None:
    """The span of a match's list of names, unless a party, a date or a group is inside it;
    from the side named in the words that describe them ("U.S. basketball player ...")."""
    start, end = info.start + listed.start("list"), info.start + listed.end("list")
    if any(start <= m.start < end for m in info.parties + info.dates) or any(
        start <= g.start < end for g in taken
    ):
        return None
    if _INSTITUTION_RE.search(listed.group("list")):
        return None
    return _described_from(info, start), end


_INSTITUTION_RE = re.compile(
    r"\b(?:Commission|Committee|Ministry|Office|Embassy|Council|Service|Forces?|Cross|Crescent"
    r"|Nations|Union|Court|Army|Navy|Guard|Department|Agency|Headquarters|Government|Parliament"
    r"|Assembly|Republic|Kingdom|Airport|Hospital|Center|Centre)\b"
)


_DEMONYM_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]{2,3}|[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)(?<!Taliban)"
)
_DESCRIBED_BEFORE_RE = re.compile(
    # (a rank or a force of capitalised words: "Indian Air Force Wing Commander")
    rf"(?:[A-Z][\w.]*\s+){{0,4}}(?:(?!{_NOT_DESCRIPTION}\b)[a-z][\w-]*\s+){{0,3}}$"
)


def _described_from(info: SentenceInfo, start: int) -> int:
    """Where a name's description starts when it names the person's side: "Russian arms
    dealer Viktor Bout", "U.S. basketball player Brittney Griner", "Российский
    предприниматель Виктор Бут" (else the name's start)."""
    near = [m for m in info.parties if start - 40 <= m.start and m.end <= start]
    if near and _SLAVIC_DESCRIPTION_RE.fullmatch(info.local(near[-1].end, start)):
        return near[-1].start  # the side, then up to two lower-case words
    before = info.local(max(info.start, start - 50), start)
    described = _DESCRIBED_BEFORE_RE.search(before)
    if not described or described.start() == len(before):
        return start
    opens = start - len(before) + described.start()
    whose = [
        m
        for m in info.parties
        if opens <= m.start
        and m.end <= start
        and _DEMONYM_RE.fullmatch(m.text)  # "Russian", "U.S.", not "Russia let ..."
        and not any(m.end <= s < start for s, _ in info.release_spans)
    ]
    return whose[0].start if len({m.party for m in whose}) == 1 else start


def _named_groups(info: SentenceInfo, groups: list[Group]) -> list[Group]:
    """ "Hamas had freed Yarden Bibas, Ofer Kalderon and Keith Siegel": three people, by name."""
    found = []
    verb_ends = [match.end() for match in info.matches(lx.ACTIVE_RELEASE_RE)]
    # "на свободу вышли Эли Шараби, Охад Бен-Ами и Ор Леви": a list of names as the subject
    # after the verb (one name there is usually one of a larger group: "повернувся Олег
    # Ткачук — тоді додому вийшли 140 українців")
    inverted = (
        {end - info.start for _, end in info.release_spans} - set(verb_ends)
        if not info.text.isascii()
        else set()
    )
    for verb_end in sorted(set(verb_ends) | inverted):
        listed = _NAME_LIST_RE.match(info.text[verb_end:])
        if not listed or any(  # "freed hostages Yarden Bibas ...": a plural is no description
            word.lower().endswith("s") and noun_category(word.lower()) in _PEOPLE_KINDS
            for word in listed.group("descr").split()
        ):
            continue
        one_inverted = verb_end in inverted and len(_NAME_RE.findall(listed.group("list"))) < 2
        if one_inverted and groups:
            continue
        base = verb_end
        for _ in range(3):  # "handed back Indian Air Force pilot Wing Commander X": past the force
            office = _INSTITUTION_RE.search(listed.group("list"))
            if office is None:
                break
            base += listed.start("list") + office.end()
            listed = _NAME_LIST_RE.match(info.text[base:])
            if listed is None:
                break
        if listed is None or _INSTITUTION_RE.search(listed.group("list")):
            continue  # "handed our High Commission a list": an office, not a person
        start = info.start + base + listed.start("list")
        whose_first = next((m for m in info.parties if m.start == start), None)
        if whose_first and (
            again := _NAME_LIST_RE.match(info.text[whose_first.end - info.start :])
        ):
            # "freed American Evan Gershkovich": whose he is, then his name
            base, listed = whose_first.end - info.start, again
            start = info.start + base + listed.start("list")
        end = info.start + base + listed.end("list")
        if any(start <= m.start < end for m in info.parties + info.dates) or any(
            start <= g.start < end for g in groups
        ):
            continue
        names = _NAME_RE.findall(listed.group("list"))
        descr_start = (
            whose_first.start if whose_first else info.start + base + listed.start("descr")
        )
        if any(descr_start <= m.start < start for m in info.parties):
            start = descr_start  # "freed the Belgian aid worker Olivier Vandecasteele": whose
        elif one_inverted and not whose_first:
            # "на родину был возвращён гражданин России Артур Петров": one name after the verb
            # is the whole handover only where the words say whose he is and no figure is told
            # ("повернувся Олег Ткачук" is one of a group)
            continue
        apposition = _NAME_APPOSITION_RE.match(info.text, base + listed.end("list"))
        whose = [
            m for m in info.parties if apposition and end <= m.start < info.start + apposition.end()
        ]
        if len({m.party for m in whose}) == 1:
            # "released Hamid Nouri, the former Iranian prison official": whose he is (not "a
            # German-Russian dual national")
            end = whose[-1].end
        found.append(Group(len(names), start, end, "generic"))
    for listed in _LET_NAMES_GO_RE.finditer(info.text) if "let" in info.text else ():
        # "Russia let Ksenia Karelina go": the people named between
        if span := _free_names(info, listed, groups + found):
            found.append(Group(len(_NAME_RE.findall(listed.group("list"))), *span, "generic"))
    traded_hint = " for " in info.text and _PASSIVE_TRADED_RE.search(info.text)
    for traded in _TRADED_FOR_RE.finditer(info.text) if traded_hint else ():
        # "Brittney Griner, ..., was traded for arms dealer Viktor Bout": one person each way
        spans = [
            (_described_from(info, info.start + traded.start(name)), info.start + traded.end(name))
            for name in ("first", "second")
        ]
        if any(start <= g.start < end for g in groups + found for start, end in spans):
            continue
        found.append(Group(1, *spans[0], "generic"))
        found.append(Group(1, *spans[1], "generic", in_return=True))
    for listed in (
        _PASSIVE_NAMES_RE.finditer(info.text)
        if (
            " been " in info.text
            or "were " in info.text
            or "was " in info.text
            or " are " in info.text
            or " is " in info.text
        )
        and _PASSIVE_RELEASE_RE.search(info.text)
        else ()
    ):
        if (
            groups
            and info.text[listed.start() : listed.end()].count(",")
            and re.search(r",\s+(?:were|was|have|has|had)\s", listed.group(0))
            # (but "Eli Sharabi, Ohad Ben Ami and Or Levy, whose ..., were exchanged for 183":
            # several people named are the subject)
            and len(_NAME_RE.findall(listed.group("list"))) == 1
        ):
            continue  # "His partner, Serhiy P., was released on May 6, when 205 ...": one of them
        if span := _free_names(info, listed, groups + found):
            end = info.start + listed.end("of") if listed.group("of") else span[1]
            found.append(
                Group(len(_NAME_RE.findall(listed.group("list"))), span[0], end, "generic")
            )
    came_back = (" back" in info.text or " home" in info.text or " across" in info.text) or (
        " free" in info.text
    )
    for listed in (
        _NAMES_CAME_BACK_RE.finditer(info.text)
        if came_back and _CAME_BACK_HINT_RE.search(info.text)
        else ()
    ):
        if not (span := _free_names(info, listed, groups + found)):
            continue
        start, end = span
        came_from = [
            m
            for m in info.parties
            if info.start + listed.start("rest") <= m.start < info.start + listed.end("rest")
            and lx.FROM_BEFORE_RE.search(info.local(max(info.start, m.start - 10), m.start))
        ]
        names = len(_NAME_RE.findall(listed.group("list")))
        if (
            start < info.start + listed.start("list")
            or came_from
            # "February 1: Yarden Bibas, Ofer Kalderon and Keith Siegel came home": people
            # named one by one, the sentence's subject
            or (names > 1 and _LIST_OPENING_RE.search(info.text[: listed.start("list")]))
        ):
            found.append(Group(names, start, end, "generic"))
    slavic_passive = not info.text.isascii() and _SLAVIC_PASSIVE_HINT_RE.search(info.text)
    for listed in _SLAVIC_PASSIVE_NAMES_RE.finditer(info.text) if slavic_passive else ():
        if not (span := _free_names(info, listed, groups + found)):
            continue
        names = len(_NAME_RE.findall(listed.group("list")))
        found.append(Group(names, *span, "generic"))  # (from the side that describes them)
    for match in info.matches(lx.ACTIVE_RELEASE_RE):
        # "Moscow released her in exchange for ...": one person, named earlier
        pronoun = _OBJECT_PRONOUN_RE.match(info.text, match.end())
        if pronoun:
            start, end = info.start + pronoun.start(1), info.start + pronoun.end(1)
            found.append(Group(1, start, end, "generic"))
    returned = (
        [m.end() for m in _RETURNED_RE.finditer(info.text)] if "returned " in info.text else []
    )
    for verb_end in [m.end() for m in info.matches(lx.ACTIVE_RELEASE_RE)] + returned:
        one = _ONE_PERSON_AFTER_VERB_RE.match(info.text, verb_end)
        if one:
            start, end = info.start + one.start("np"), info.start + one.end("np")
            if not any(start <= g.start < end or g.start <= start < g.end for g in groups + found):
                found.append(Group(1, start, end, "generic"))
    if info.release_spans and ("bod" in info.text or "тіло" in info.text or "тело" in info.text):
        for one in _ONE_BODY_RE.finditer(info.text):
            # "handed over the body of Joshua Jones": one body, by name
            start, end = info.start + one.start(), info.start + one.end()
            if not any(start <= g.start < end for g in groups + found):
                found.append(Group(1, start, end, "body"))
        for listed in _BODIES_OF_NAMES_RE.finditer(info.text):
            # "the bodies of Andrew Bagshaw and Chris Parry": as many bodies as names
            start, end = info.start + listed.start("list"), info.start + listed.end("list")
            if not any(start <= g.start < end and g.category for g in groups + found):
                found.append(Group(len(_NAME_RE.findall(listed.group("list"))), start, end, "body"))
    for listed in _SLAVIC_SWAPPED_FOR_NAMES_RE.finditer(info.text) if " на " in info.text else ():
        # "Его обменяли на гражданку США и России Ксению Карелину": the other way, by name
        start, end = info.start + listed.start(), info.start + listed.end("list")
        names_start = info.start + listed.start("list")
        side = next((m for m in info.parties if m.start == names_start), None)
        if side and (again := _NAMES_AFTER_RE.match(info.text, side.end - info.start)):
            # "на гражданку США и России Ксению Карелину": past the side the list began with
            names_start, end = info.start + again.start("list"), info.start + again.end("list")
            listed = again
        if any(names_start <= m.start < end for m in info.parties + info.dates) or any(
            names_start <= g.start < end or g.start <= names_start < g.end for g in groups + found
        ):
            continue
        names = len(_NAME_RE.findall(listed.group("list")))
        found.append(Group(names, start, end, "generic", in_return=True))
    if " for " in info.text:
        for one in _IN_EXCHANGE_FOR_ONE_RE.finditer(info.text):
            # "freed in exchange for a Russian man held in the United States": one person,
            # with the words that say whose he is
            start, end = info.start + one.start("one"), info.start + one.end("one")
            if not any(start <= g.start < end for g in groups + found):
                found.append(Group(1, start, end, "generic", in_return=True))
        for listed in _IN_EXCHANGE_FOR_NAMES_RE.finditer(info.text):
            # "... in exchange for Artur Petrov, a Russian national": the other side's people
            start, end = info.start + listed.start("list"), info.start + listed.end("list")
            if any(start <= m.start < end for m in info.parties + info.dates) or any(
                start <= g.start < end for g in groups + found
            ):
                continue
            names = _NAME_RE.findall(listed.group("list"))
            found.append(Group(len(names), start, end, "generic", in_return=True))
    if (groups or found) and _JOINED_HINT_RE.search(info.text):
        for listed in _JOINED_NAMES_RE.finditer(info.text):
            # "55 servicemen as well as Viktor Medvedchuk": one more person, by name
            start, end = info.start + listed.start("list"), info.start + listed.end("list")
            if (
                not any(g.end <= start and g.value for g in groups + found)
                or any(start <= m.start < end for m in info.parties + info.dates)
                or _BODY_OF_RE.search(listed.group(0))  # "together with the body of Y K"
            ):
                continue
            names = _NAME_RE.findall(listed.group("list"))
            found.append(Group(len(names), start, end, "generic", joined=True))
    counted = len(groups)
    for index, group in enumerate(
        list(groups) + [g for g in found if g.value == 1 and not g.in_return]
    ):
        named = _joined_name_after(info, group, one=index >= counted)
        if named and group.value and group.category in _PEOPLE_KINDS:
            start, end = group.end + named.start("name"), group.end + named.end("name")
            if not any(start <= m.start < end for m in info.parties + info.dates) and not any(
                start <= g.start < end for g in groups + found
            ):  # "in exchange for 55 Russians and Viktor Medvedchuk": given in return, too
                found.append(
                    Group(1, start, end, "generic", joined=True, in_return=group.in_return)
                )
    for group in list(groups) if " and " in info.text else ():
        # "100 soldiers and a civilian": one more person, of their own kind
        one = _AND_ONE_AFTER_RE.match(info.local(group.end, info.sentence.end))
        if one and group.value and group.category in _PEOPLE_KINDS:
            start = group.end + one.start("noun")
            if any(g.start <= start < g.end for g in groups):
                continue  # "16 soldiers and one civilian": the "one" is a figure already
            kind = noun_category(one.group("noun").lower())
            kind = kind if kind in _PEOPLE_KINDS else "generic"
            overlaps = {kind: 1} if kind in ("women", "minors") else {}
            found.append(Group(1, start, group.end + one.end("noun"), kind, overlaps, joined=True))
    if (groups or found) and _JOINED_ONE_HINT_RE.search(info.text):
        for one in _JOINED_ONE_RE.finditer(info.text):
            # "64 soldiers, as well as a US citizen": one more person, by what they are
            start, end = info.start + one.start("noun"), info.start + one.end("noun")
            if any(g.end <= start and g.value for g in groups + found) and not any(
                g.start <= start < g.end for g in groups + found
            ):
                found.append(Group(1, start, end, "generic", joined=True))
    return found


# "... 1,000 bodies and Russia 24", "... 230 людей, а Россия 248": a side whose verb is left out
_GAPPED_SIDE_BEFORE_RE = Cue(rf"^[^.;:]{{0,40}}?(?:,\s*|\s){lx.GAP_JOINT}?\s*$")
_VERB_AFTER_BARE_RE = Cue(
    r"^\s+(?:(?:were|was|have\s+been|had\s+been|have|had|are|is)\s+)?(?:\w+ly\s+)?"
    r"(?:returned|released|freed|came\s+home|come\s+home|went\s+home|handed\s+over|swapped"
    r"|exchanged|repatriated|brought\s+(?:home|back)|set\s+free)\b"
)
_REVISED_TO_BEFORE_RE = Cue(
    r"\b(?:revised|corrected|raised|updated|increased|lowered|adjusted)\s+"
    r"(?:(?:up|down)(?:wards?)?\s+)?to\s+$"
)
_REVISION_WORDS = ("revised", "corrected", "raised", "updated", "increased", "lowered", "adjusted")
_FIGURE_WORDS = ("number", "figure", "tally", "count", "total")
_FIGURE_AT_BEFORE_RE = Cue(
    r"\b(?:number|figure|tally|count|total)\b[^.;:]{0,60}?\bat\s+(?:about\s+|around\s+|some\s+)?$"
)
_IN_EXCHANGE_FOR_BEFORE_RE = Cue(
    rf"\b{lx.IN_EXCHANGE_FOR}\s+(?:the\s+)?$"
    # "151 government prisoners were exchanged for 201 Houthi fighters"
    r"|\b(?:were|was|been)\s+(?:exchanged|swapped|traded)\s+for\s+(?:the\s+)?$"
    # "Киев отдал политика и 55 военнопленных за 215 человек": the people given for them
    r"|\b(?:отдал\w*|віддал\w*|віддав|передал\w*|передав|обменял\w*|обміняв|обміняли)\s+"
    r"[^,.;:]{1,80}?\s+\d[\d\s]*\s+[^\W\d]+\s+за\s+$"
)
_JOINED_HINT_RE = Cue(r"\b(?:as well as|along with|plus|together with)\s")
_JOINED_NAMES_RE = re.compile(
    rf"\b(?:as\s+well\s+as|along\s+with|plus|together\s+with)\s+(?:[\w-]+\s+){{0,3}}?(?P<list>{_NAMES})"
)
_SLAVIC_JOINED_NAME_RE = re.compile(
    r"\s*,?\s*(?:а\s+також|а\s+также|і|и|та)(?:\s*,\s*(?:кроме\s+того|крім\s+того),)?\s+"
    r"(?:[а-яіїєґё'’-]+\s+|[А-ЯІЇЄҐЁ][а-яіїєґё'’]+\s+"
    r"(?=[а-яіїєґё])){0,5}?(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)(?!\s+[А-ЯІЇЄҐЁ])"
)


def _joined_name_after(info: SentenceInfo, group: Group, one: bool = False) -> re.Match | None:
    """One more person, by name, joined to a figure: "55 російських військових, а також кума
    Путіна Віктора Медведчука", "55 Russian prisoners of war and Viktor Medvedchuk, the
    pro-Kremlin politician" (`one`: joined to one person told by what they are, whose name
    may come between: "the sixth Citgo executive, Gustavo Cardenas, and Jorge Fernandez")."""
    after = info.local(group.end, info.sentence.end)
    if not info.text.isascii() and (named := _SLAVIC_JOINED_NAME_RE.match(after)):
        return named
    if " and " not in after:
        return None
    return _AND_NAME_AFTER_RE.match(after) or (
        _NAMED_AND_NAME_AFTER_RE.match(after) if one else None
    )


# A few lowercase words that describe the person named next ("the convicted arms dealer")
# "the pro-Kremlin politician", "Afghan tribal leader", "Russian" before a name
_BEFORE_NAME = (
    r"(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,4}?"
    r"|(?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:an|ian|i)\s+)?"
)
_AND_NAME_AFTER_RE = re.compile(
    rf"\s+and\s+{_BEFORE_NAME}"  # "and the pro-Kremlin politician Viktor Medvedchuk"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=\s*(?:,|\.|$|who\b))"
)
# the same after one person told by what they are and named: "freed the sixth Citgo
# executive, Gustavo Cardenas, and Cuban-American Jorge Fernandez"
_NAMED_AND_NAME_AFTER_RE = re.compile(
    rf",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){{1,2}},?\s+and\s+{_BEFORE_NAME}"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})"
    r"(?=\s*(?:[,.]|$|(?:who|after|on|in|at|from|when|and)\b))"
)
_AND_ONE_AFTER_RE = re.compile(
    r"\s+and\s+(?:a|an|one)\s+(?:[\w.-]+\s+)?(?P<noun>civilian|woman|soldier|officer|citizen"
    r"|national|journalist|child|teenager|medic|volunteer)\b(?!\s*,?\s*(?:who|whose|aged))",
    re.I,
)
_JOINED_ONE_HINT_RE = Cue(
    r"\b(?:as well as|along with|together with)\s|(?:а|и|і)\s+(?:також|также)\s"
)
_JOINED_ONE_RE = re.compile(
    r"(?i)\b(?:as\s+well\s+as|along\s+with|together\s+with|(?:а|и|і)\s+(?:також|также))\s+"
    r"(?:(?:a|an|one|the|один|одна|одного)\s+)?(?:[\w.-]+\s+){0,2}?"
    # "along with a second American, William McKenty": one person of a nationality
    r"(?P<noun>citizen|national|civilian|journalist|volunteer|(?-i:[A-Z][a-z]+(?:ian|an|ese|ish))"
    r"(?=\s*,)|громадянин\w*|громадянк\w*"
    r"|гражданин\w*|гражданк\w*|журналіст\w*|журналист\w*|волонтер\w*|іноземц\w*|іноземець"
    r"|иностран\w*)\b"
)
_ONE_PERSON_NOUNS = (
    r"(?:constable|soldier|serviceman|servicewoman|jawan|sailor|pilot|officer|marine|veteran"
    r"|journalist|reporter|teacher|student|businessman|businesswoman|man|woman|hostage"
    r"|prisoner|detainee|captive|national|citizen|tourist|worker|activist|dissident|priest"
    r"|fisherman|ranger|trooper|guard|civilian|conscript|volunteer|fighter|mercenary|girl|boy"
    r"|teenager|paramilitary|policeman|engineer|doctor|nurse|lawyer|academic|scientist"
    r"|researcher|diplomat|contractor|executive|farmer|driver|mayor|politician|missionary|nun"
    r"|photographer|cameraman|sergeant|lieutenant|captain|colonel|star|player|athlete|writer"
    r"|poet|artist|musician|singer|pastor|blogger|professor|filmmaker|analyst|employee"
    r"|entrepreneur|investor|translator|ballerina|dancer)"
)
# "handed the Border Security Force constable over", "returned to the Rangers a Pakistani
# paramilitary man": one person, told by what they are (not "the hostage deal", "the man's body")
_ONE_PERSON_AFTER_VERB_RE = re.compile(
    r"\s+(?:(?:back|over)\s+)?(?:to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
    # "handed over to the Rangers one of their men"
    r"(?P<np>(?:the|a|an|one\s+of\s+(?:their|its|his|her|our)(?=\s+\w+\b))\s+"
    r"(?:(?!(?:and|or|of|for|in|to|with|whose|who|that)\b)[\w'’-]+\s+){0,4}?"
    rf"{_ONE_PERSON_NOUNS})\b(?!['’-]|\s+(?:deal|list|swap|exchange|release|and\b|or\b|\w+s\b))"
)
_RETURNED_RE = re.compile(r"\breturned\b")
_OBJECT_PRONOUN_RE = re.compile(
    r"\s+(him|her)\b(?!\s+(?:own|family|relatives|husband|wife|son|daughter))"
    # not "handed him a sentence of 40 years": what a court hands down
    r"(?!\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:sentence|term|fine|verdict|penalty"
    r"|ruling|punishment)\b)"
)
_TRADED_FOR_RE = re.compile(
    rf"(?P<first>{_NAME}(?:,[^,;]{{0,120}},)?|\b(?:[Ss]he|[Hh]e))\s+(?:was|has\s+been|had\s+been)\s+"
    # "she was flown to Abu Dhabi and exchanged on the tarmac for ..."
    r"(?:[\w-]+(?:\s+[\w-]+){0,5}?\s+and\s+)?"
    rf"(?:traded|exchanged|swapped)\b(?:\s+[\w.-]+){{0,5}}?\s+for\s+"
    rf"{_BEFORE_NAME}(?P<second>{_NAME}(?:,\s+(?:a|an|the)\s+[^,;.]{{1,80}})?)"
)  # each name with its description, which may say whose the person is
_SLAVIC_SWAPPED_FOR_NAMES_RE = re.compile(
    r"(?:обменял\w*|обменян\w*|обміняли|обміняв|обміняла|обміняний|обміняна)\s+на\s+"
    rf"(?:(?:[а-яіїєґё'’-]+|[А-ЯІЇЄҐЁ]{{2,}})\s+){{0,6}}?(?P<list>{_NAMES})"
)
_NAMES_AFTER_RE = re.compile(rf"\s+(?P<list>{_NAMES})")
_IN_EXCHANGE_FOR_ONE_RE = re.compile(
    r"\b(?:in\s+(?:an\s+)?exchange|in\s+return)\s+for\s+(?P<one>(?:a|an|one)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:man|woman|national|citizen|prisoner|businessman|businesswoman|dual\s+national)"
    r"(?:\s+(?:held|jailed|imprisoned|detained|serving)\s+[^,;.]{0,60})?)"
)
_IN_EXCHANGE_FOR_NAMES_RE = re.compile(
    rf"\b(?:in\s+(?:an\s+)?exchange|in\s+return)\s+for\s+{_BEFORE_NAME}(?P<list>{_NAMES})"
)


def prev_is_distributive(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].low == "по"


_EXCHANGE_OF_AFTER_RE = Cue(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:exchange|swap)\s+of\s+(prisoners\s+of\s+war|POWs|[\w-]+)"
)


def _nfor_group(info: SentenceInfo, tokens: list[Token], i: int, second: int) -> Group:
    first = tokens[i]
    end = tokens[second].end
    before = info.local(max(info.start, first.start - 40), first.start)
    after = info.local(end, min(info.sentence.end, end + 40))
    clause = info.clause_text(info.clause_of(first.start))
    program = bool(
        info.sentence.is_title
        or lx.PROGRAM_BEFORE_RE.search(before)
        or lx.PROGRAM_AFTER_RE.match(after)
        or AGREED_VERB_RE.search(clause)
        or (lx.FUTURE_RE.search(clause) and info.search(AGREED_VERB_RE))  # "agreed that they
        # would exchange 175 prisoners for 175"
    )
    category = None
    follow = _EXCHANGE_OF_AFTER_RE.match(after)
    if follow:
        phrase = follow.group(1).lower()
        category = "military" if "war" in phrase or phrase == "pows" else noun_category(phrase)
    return Group(first.value, first.start, end, category, each=True, nfor=True, program=program)


def _anaphora_groups(info: SentenceInfo) -> list[Group]:
    groups = []
    for match in info.matches(lx.ANAPHORA_RE):
        start, end = info.start + match.start(), info.start + match.end()
        kind = "same" if match.group("same") else "similar"
        tokens_after = [t for t in info.tokens if t.start >= end][:8]
        category, overlaps = None, {}
        seen = []
        for k, token in enumerate(tokens_after):
            found = noun_category(token.low)
            if found in ("generic", "military", "civilian", "women", "minors", "body"):
                if token.low in ("prisoners", "пленных", "полонених") and k + 2 < len(tokens_after):
                    if tokens_after[k + 1].low == "of" and tokens_after[k + 2].low == "war":
                        found = "military"
                seen.append(found)
                end = token.end
                if (
                    len(seen) > 1
                    or k + 1 >= len(tokens_after)
                    or tokens_after[k + 1].low not in ("and", "і", "и", "та")
                ):
                    break
            elif token.kind != "word" and token.text not in ("-",):
                break
        if seen:
            category = seen[0] if len(set(seen)) == 1 else "mixed"
        groups.append(Group(None, start, end, category, overlaps, anaphora=kind))
    return groups


_POSSESSIVE_BEFORE_RE = Cue(r"\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?$")


def _the_wounded(tokens: list[Token], k: int) -> bool:
    """ "the wounded", "the seriously wounded": an adjective that names the people, at the
    end of its phrase."""
    if not is_wounded(tokens[k].low) or (k + 1 < len(tokens) and tokens[k + 1].kind == "word"):
        return False
    j = k - 1
    if j >= 0 and tokens[j].low.endswith("ly"):
        j -= 1
    return j >= 0 and tokens[j].low == "the"


def undisclosed_groups(info: SentenceInfo, clause_index: int) -> list[Group]:
    """People named without a figure in a release clause ("another group of Russian servicemen"),
    and the people given in return after them ("..., взамен передана группа украинских
    военнопленных")."""
    start, end = info.clauses[clause_index]
    found = _undisclosed_group(info, clause_index, start, end)
    if found:
        cue = lx.RETURN_CUE_RE.search(info.text, found[0].end - info.start, end - info.start)
        if cue:
            found += _undisclosed_group(info, clause_index, info.start + cue.end(), end)
    return found


def _undisclosed_group(info: SentenceInfo, clause_index: int, start: int, end: int) -> list[Group]:
    for k, token in enumerate(info.tokens):
        if not (start <= token.start < end) or token.kind != "word":
            continue
        if token.text[0].isupper() and k > 0:
            continue
        category = noun_category(token.low)
        if token.low in OCCUPATIONS or token.low.startswith(("волонтер", "доброволь")):
            # "told journalists", "local volunteers who run the support group said": people
            # named by what they do are no untold group of the freed
            continue
        if category is None and _the_wounded(info.tokens, k):
            category = "generic"  # "a first group of the seriously wounded"
        if (
            category not in ("generic", "military", "civilian", "women", "minors")
            or token.low in _SINGULAR
        ):
            continue
        if k > 0 and info.tokens[k - 1].kind == "num":
            return []
        group = Group(None, token.start, token.end, category, undisclosed=True, clause=clause_index)
        before = info.local(max(info.start, token.start - 30), token.start)
        for mention in info.parties:
            if (
                mention.end <= token.start
                and token.start - mention.end <= 25
                and mention.start >= token.start - 30
            ):
                if not lx.REPORTING_RE.search(info.local(mention.end, token.start)) and not any(
                    mention.end <= s < token.start for s, _ in info.release_spans
                ):  # not "Russia freed the prisoners": who freed them, not whose they are
                    group.owner = mention.party
            elif 0 <= mention.start - token.end <= 2 and mention.text.isupper():
                group.owner = mention.party  # "группа военнопленных ВСУ": whose, after the noun
        if _POSSESSIVE_BEFORE_RE.search(before):
            group.owner = "__pronoun__"
        return [group]
    return []


# --- party roles --------------------------------------------------------------------------


_SIDE_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:to|into|from|at|in)\s+(?:the\s+)?|(?<!\w)(?:з|із|зі|из|от|від|до|к|на|в|у|во)\s+)$"
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:to|into|from|at)\s+(?:the\s+)?|(?<!\w)(?:з|із|зі|из|от|від|до|к)\s+)$"
)


def resolve_pronoun(info: SentenceInfo, position: int, fallback: str | None) -> str | None:
    """The nearest party named before the pronoun, leaving out a holder named as an attribute
    ("Ukraine brought back from Russian captivity 140 of its citizens": its = Ukraine)."""
    best = None
    # "its", "its own", "their own": a side's; "their mothers" may be the people's
    side_pronoun = bool(_SIDE_PRONOUN_RE.match(info.local(position, position + 12)))
    for mention in info.parties + info.affiliates:
        if mention.end <= position and (best is None or mention.end > best.end):
            if _RELEASER_AFTER_RE.match(info.local(mention.end, mention.end + 30)):
                continue
            if _PREPOSITION_BEFORE_RE.search(
                info.local(max(info.start, mention.start - 12), mention.start)
            ):
                continue  # "handed 140 Ukrainians back to Kyiv and got 82 of its own": not Kyiv
            if noun_category(_POSSESSIVE_S_RE.sub("", mention.text.lower())) == "generic":
                continue  # "Ukrainians": people, not the "it" of "its"
            if _is_dative(info, mention):
                continue  # "передала украинской стороне 31 ..., получив взамен 15 своих"
            if side_pronoun and _people_noun_after(info, mention):
                continue  # "handed 32 Armenian servicemen over ... and received two of its own"
            best = mention
    return best.party if best else fallback


_SIDE_PRONOUN_RE = re.compile(r"its\b|\w+\s+own\b", re.IGNORECASE)
_FIRST_WORD_RE = re.compile(r"\s+([^\W\d_]+)")


def _people_noun_after(info: SentenceInfo, mention: PartyMention) -> bool:
    """ "Armenian servicemen", "Ukrainian soldiers": a side named as the people's nationality."""
    word = _FIRST_WORD_RE.match(info.local(mention.end, mention.end + 30))
    return bool(word) and noun_category(word.group(1).lower()) in _PEOPLE_KINDS


def _is_dative(info: SentenceInfo, mention: PartyMention) -> bool:
    """ "Украине", "украинской стороне": a side named as the one things are given to."""
    return mention.text.lower() in _DATIVE_FORMS or bool(
        _SIDE_DATIVE_AFTER_RE.match(info.local(mention.end, mention.end + 12))
    )


def party_roles(
    info: SentenceInfo, fallback_party: str | None, it_party: str | None = None
) -> list[tuple[int, str, str]]:
    """(position, party, role) with role releaser | receiver, from prepositions and subjects.
    `fallback_party` is who "we" are when the sentence does not say (the speaker); `it_party`
    who "it" is (the side the sentence before opened on). Computed once per sentence and
    fallbacks: the walker asks again for each counted group and each note of the sentence."""
    key = ("party_roles", fallback_party, it_party)
    if key not in info.cache:
        info.cache[key] = _party_roles(info, fallback_party, it_party)
    return list(info.cache[key])


def _party_roles(
    info: SentenceInfo, fallback_party: str | None, it_party: str | None
) -> list[tuple[int, str, str]]:
    text, base = info.text, info.start
    roles: list[tuple[int, str, str]] = []
    for mention in info.parties:
        before = text[max(0, mention.start - base - 40) : mention.start - base]
        after = text[mention.end - base : mention.end - base + 30]
        low = (
            mention.text.lower().rstrip("'’s")
            if mention.text.lower().endswith(("'s", "’s"))
            else mention.text.lower()
        )
        role = None
        if _HELD_AREA_AFTER_RE.match(after) and _INTO_BEFORE_RE.search(before):
            role = "receiver"  # "the same number had come back to Russian-held territory"
        elif _RELEASER_AFTER_RE.match(after) and (
            lx.FROM_BEFORE_RE.search(before) or "-" in after[:2]
        ):
            role = "releaser"
        elif _ONTO_CONTROLLED_BEFORE_RE.search(before):
            role = "receiver"  # "на підконтрольну Україні територію повернуто тіла 757"
        elif _HELD_BY_BEFORE_RE.search(before) or _OUT_OF_BEFORE_RE.search(before):
            role = "releaser"  # "held in Iran", "flown out of Moscow"
        elif low in _INSTRUMENTAL_FORMS and _PASSIVE_RELEASE_BEFORE_RE.search(before):
            role = "releaser"
        elif (
            _BY_BEFORE_RE.search(before)
            and _has_release_before(info, mention.start)
            and not _MEDIATED_BY_RE.search(before)  # "an exchange mediated by the UAE"
        ):
            role = "releaser"
        elif (
            _TO_BEFORE_RE.search(before)
            and _has_release_before(info, mention.start)
            and not _MOVE_NOUN_TO_RE.search(before)  # "Ukraine's incursion into Russia's ..."
        ):
            role = "receiver"
        elif _SOIL_AFTER_RE.match(after) or _SIDE_DATIVE_AFTER_RE.match(after):
            role = "receiver"
        elif _SWAP_WITH_BEFORE_RE.search(before) and _has_release_after(info, mention.end):
            # "в ходе обмена с украинской стороной на Родину возвращены десять": the side one
            # swaps with gives one's people back
            role = "releaser"
        elif (
            lx.FROM_BEFORE_RE.search(before)
            and _has_release_before(info, mention.start)
            and _INTO_AFTER_RE.match(after)
        ):  # "walked across the border from Belarus into Lithuania": where they came from
            role = "releaser"
        elif low in _ACCUSATIVE_FORMS and _SLAVIC_INTO_RE.search(before):
            role = "receiver"
        elif (
            low in _DATIVE_FORMS
            and not LOCATIVE_BEFORE_RE.search(before)
            and _HAND_OVER_SLAVIC_RE.search(text)
        ):
            role = "receiver"
        if role:
            roles.append((mention.start, mention.party, role))
    roles.extend(_subject_roles(info, fallback_party, it_party))
    return roles


def _has_release_after(info: SentenceInfo, position: int) -> bool:
    return any(start >= position for start, _ in info.release_spans)


def _has_release_before(info: SentenceInfo, position: int) -> bool:
    return any(end <= position for _, end in info.release_spans)


def _subject_roles(
    info: SentenceInfo, fallback_party: str | None, it_party: str | None = None
) -> list[tuple[int, str, str]]:
    text, base = info.text, info.start
    out = []
    for regex, role in ((lx.RECEPTIVE_RE, "receiver"), (lx.ACTIVE_RELEASE_RE, "releaser")):
        for match in info.matches(regex):
            verb_start = base + match.start()
            if role == "releaser" and lx.PASSIVE_AUX_RE.search(
                text[max(0, match.start() - 25) : match.start()]
            ):
                continue
            subject = _subject_before(info, verb_start, fallback_party, it_party)
            if subject:
                out.append((verb_start, subject, role))
    receivers = [(position, party) for position, party, role in out if role == "receiver"]
    for match in info.matches(_RETURNED_OBJECT_RE) if receivers else ():
        # "Russia returned 1,000 bodies and received 24 in return": the side that receives
        # later in the sentence gave back what it returned (not "Ukraine returned 95 of its
        # soldiers home", where returning is bringing back)
        verb_start = base + match.start()
        subject = _subject_before(info, verb_start, fallback_party, it_party)
        if subject and any(
            position > verb_start and party == subject for position, party in receivers
        ):
            out.append((verb_start, subject, "releaser"))
    return out


_RETURNED_OBJECT_RE = Cue(r"\breturned\s+(?:about\s+|some\s+|over\s+|the\s+)?\d")


_TO_SIDE_AFTER_RE = re.compile(r"\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?")
_CARRIER_AFTER_RE = re.compile(rf"{lx.CARRIER_AFTER}\s+$", re.IGNORECASE)
_POSSESSIVE_S_RE = re.compile(r"['’]s$")
_SIDED_RE = re.compile(r"^(?:\s+side)?\s*$")
_AND_END_RE = re.compile(r"\b(?:and|і|й|та|и)\s+$")
_STOP_PUNCT_RE = re.compile(r"[.;:]")
# ", по словам главы офиса президента Андрея Ермака, ": who says it, between subject and verb
_ATTRIBUTION_ASIDE_RE = Cue(
    # (after a short phrase of its own: "Росія за тим обміном, за даними її відомства, отримала")
    r"^\s*(?:(?:за|по|в|у|на|після|после|in|at|after|for)\s+[^,.;:]{1,30}?)?\s*,\s*(?:по\s+словам|по\s+данным|за\s+словами|за\s+даними|according\s+to|as\s+[\w.]+"
    r"(?:\s+[\w.]+){0,3}\s+(?:said|says|reported|announced))[^,.;:]{0,100},\s*$"
)
_DIGIT_RE = re.compile(r"\d")
_THAT_END_RE = re.compile(r"(?:що|что)\s*$|,\s*$")


_SLAVIC_RETURN_VERB_RE = Cue(r"\b(?:вернул[аи]?|повернул[аи]?|повернув|возвратил[аи]?)\b")


def returning_subject(info: SentenceInfo, before: int, *, named: bool = False) -> str | None:
    """ "Украина вернула 116 человек": the side whose verb of bringing back has no side after
    it to give the people to, and so brought them back itself (not "вернула Украине").
    `named`: only a side named by its proper name in the verb's clause ("Україна повернула"),
    not an adjective ("з російського полону повернули")."""
    for match in info.matches(_SLAVIC_RETURN_VERB_RE):
        verb_start = info.start + match.start()
        if verb_start >= before:
            break
        if any(verb_start < m.start < before for m in info.parties):
            continue  # "Россия вернула Украине 116": a side after the verb
        subject = _subject_before(info, verb_start, None)
        if subject and named:
            clause = info.clause_of(verb_start)
            if not any(
                m.party == subject and m.text[:1].isupper() and info.clause_of(m.start) == clause
                for m in info.parties
                if m.end <= verb_start
            ):
                continue
        if subject:
            return subject
    return None


def _without_dates(info: SentenceInfo, text: str, start: int) -> str:
    """`text` (which starts at `start`) with the sentence's dates blanked out."""
    for mention in info.dates:
        if start <= mention.start and mention.end <= start + len(text):
            local = mention.start - start
            text = text[:local] + " " * (mention.end - mention.start) + text[mention.end - start :]
    return text


def _subject_before(
    info: SentenceInfo, verb_start: int, fallback_party: str | None, it_party: str | None = None
) -> str | None:
    text, base = info.text, info.start
    candidates = [
        (m.end, m.party)
        for m in info.parties
        if m.end <= verb_start
        and noun_category(_POSSESSIVE_S_RE.sub("", m.text.lower())) != "generic"
        and not _is_dative(info, m)  # "Украине передали", "украинской стороне передали"
        and m.text.lower() not in _ACCUSATIVE_FORMS
        # nor a side after a preposition: "на російський бік передали 95"
        and not _SIDE_PREPOSITION_BEFORE_RE.search(
            info.local(max(info.start, m.start - 8), m.start)
        )
    ]
    for match in PRONOUN_RE.finditer(text[: verb_start - base]):
        pronoun = match.group(0).lower()
        if pronoun in ("it", "they", "we"):
            fallback = (it_party or fallback_party) if pronoun != "we" else fallback_party
            candidates.append(
                (base + match.end(), resolve_pronoun(info, base + match.start(), fallback))
            )
    best = None
    for end, party in candidates:
        between = text[end - base : verb_start - base]
        if party is not None and _ATTRIBUTION_ASIDE_RE.match(between):
            if best is None or end > best[0]:  # "Украина, по словам Ермака, получила 140"
                best = (end, party)
            continue
        if party is None or verb_start - end > 45:
            continue
        coordinated = _AND_END_RE.search(between) and lx.RELEASE_RE.search(between)
        if _STOP_PUNCT_RE.search(between) or (
            _DIGIT_RE.search(_without_dates(info, between, end)) and not coordinated
        ):  # (a date between is no figure: "Білоруський режим у четвер, 11 вересня, звільнив")
            continue
        if _EACH_SIDE_SUBJECT_RE.search(between):
            continue  # "Aug. 24, Ukraine's Independence Day, when each side released 115"
        if _CARRIER_AFTER_RE.match(between):
            continue  # "Russian peacekeepers flew 44 captives back": who carried, not who freed
        if lx.REPORTING_RE.search(between):
            after_report = lx.REPORTING_RE.split(between)[-1]
            if not lx.COMPLEMENTIZER_RE.match(after_report) or not _THAT_END_RE.search(between):
                continue
        if any(end < m.start < verb_start for m in info.parties) and not _SIDED_RE.match(between):
            continue
        if _coordinated_subject(info, end):
            continue
        if _AND_END_RE.search(between) and _people_word_first(info.local(end, verb_start)):
            continue  # "returned 1,000 bodies of Ukrainian soldiers and received 24": an object's
        if best is None or end > best[0]:
            best = (end, party)
    if best is None and _AND_END_RE.search(text[max(0, verb_start - base - 6) : verb_start - base]):
        # "On 18 September Russia returned 1,000 bodies that ... and received 24 in return": a
        # second verb of the sentence's opening subject
        opening = [
            m
            for m in info.parties
            if m.text[:1].isupper() and _OPENING_SUBJECT_BEFORE_RE.match(text[: m.start - base])
        ]
        if opening and not _STOP_PUNCT_RE.search(text[: verb_start - base]):
            return opening[0].party
    if _PARTICIPLE_AFTER_COMMA_RE.match(text[verb_start - base - 2 :]):
        # "Ukraine closed the year with a swap with Russia on Monday, bringing home 189
        # people": the participle's subject is the sentence's, not the nearest party
        opening = [m for m in info.parties if m.start - base <= 4]
        if opening and not _STOP_PUNCT_RE.search(text[: verb_start - base]):
            return opening[0].party
    return best[1] if best else None


_EACH_SIDE_SUBJECT_RE = Cue(rf"\b(?:{lx.EACH_SIDE}|сторони|стороны)\s+$")
# "..., bringing home 189 people", "..., повернувши додому 140 людей", "..., вернув домой 140"
_PARTICIPLE_AFTER_COMMA_RE = re.compile(r",\s(?:\w+ing|\w+вши|вернув|возвратив)\b")
_AND_BEFORE_RE = Cue(r"\b(?:and|і|й|та|и)\s+$")


_OPENING_SUBJECT_BEFORE_RE = re.compile(
    r"^\W*(?:(?:on|in|at|by|early|late|last|this)\s+(?:[\w.-]+\s+){0,3}?(?:\d{4},?\s+)?)?$",
    re.IGNORECASE,
)


def _coordinated_subject(info: SentenceInfo, end: int) -> bool:
    """ "Russia and Ukraine each released": the subject is both sides, not the nearer one."""
    mention = next((m for m in info.parties if m.end == end), None)
    if mention is None:
        return False
    before = info.local(max(info.start, mention.start - 40), mention.start)
    return bool(_AND_BEFORE_RE.search(before)) and any(
        m.end <= mention.start
        and mention.start - m.end <= 8
        and m.party != mention.party
        and "," not in info.local(m.end, mention.start)  # not "... to Ukraine, and Russia got"
        for m in info.parties
    )


_PREVIOUS_SPEAKER = object()  # "it said": whoever spoke before


def speaker_of(info: SentenceInfo, previous: str | None) -> str | None:
    if "speaker" not in info.cache:
        info.cache["speaker"] = _speaker_of(info)
    found = info.cache["speaker"]
    return previous if found is _PREVIOUS_SPEAKER else found


_TEMPORAL_BEFORE_SUBJECT_RE = Cue(
    r"\b(?:after|before|when|since|until|після\s+того\s+як|після|коли|после\s+того\s+как"
    r"|после|когда)\s+(?:[\w.'’-]+\s+){0,3}$"
)
_INVERTED_BEFORE_RE = re.compile(r"[,—–-]\s*$")
_INVERTED_GAP_RE = re.compile(  # "said the head of Ukraine's ...", "повідомив президент ..."
    r"\s+(?:(?:the|[A-ZА-ЯІЇЄҐЁ][\w'’.-]*|president|ombudsman|minister|head|chief|spokes\w+"
    r"|президент\w*|керівник\w*|руководител\w*|омбудсм\w*|міністр\w*|министр\w*|глава)\s+)"
    r"{0,4}|\s+в\s+|\s+у\s+"
)
_PRONOUN_SUBJECT_END_RE = Cue(r"\b(?:it|he|she|they|the\s+(?:ministry|headquarters|statement))\s+$")


def _speaker_of(info: SentenceInfo) -> str | object | None:
    text, base = info.text, info.start
    for match in info.matches(lx.REPORTING_RE):
        position = base + match.start()
        if (
            match.group(0)
            .lower()
            .startswith(("according", "за даними", "по данным", "за словами", "по словам"))
        ):
            after = [m for m in info.parties + info.affiliates if m.start >= base + match.end()]
            if after:
                return min(after, key=lambda m: m.start).party
            continue
        before = [
            m
            for m in info.parties + info.affiliates
            if m.end <= position
            and position - m.end <= 70
            # "З російської неволі вдалося повернути ..., повідомив ...": no subject
            and not _PREPOSITION_BEFORE_RE.search(
                text[max(0, m.start - base - 12) : m.start - base]
            )
        ]
        if before:
            subject = max(before, key=lambda m: m.end)
            if _TEMPORAL_BEFORE_SUBJECT_RE.search(text[: subject.start - base]):
                continue  # "..., the day after Putin told Trump that ...": not who says it
            return subject.party
        if _PRONOUN_SUBJECT_END_RE.search(text[: match.start()]):
            return _PREVIOUS_SPEAKER
        if _INVERTED_BEFORE_RE.search(text[: match.start()]):
            # "..., said the Coordination Headquarters", "..., повідомив Координаційний штаб"
            after = [
                m
                for m in info.parties + info.affiliates
                if 0 <= m.start - (base + match.end()) <= 40
                and _INVERTED_GAP_RE.fullmatch(text[match.end() : m.start - base])
            ]
            if after:
                return min(after, key=lambda m: m.start).party
    return None
