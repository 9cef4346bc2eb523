"""Tokens of one sentence, with word numbers merged ("three hundred and seven" is one token),
and the noun lexicon that tells people from drones, bodies and days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .fastre import factored, lowered, word_starts
from .numbers import (
    _SLAVIC_THOUSAND,
    TOKEN_RE,
    WORD_VALUES,
    digit_value,
    norm_apostrophe,
    parse_word_run,
)

_NUMBER_STARTS = set(WORD_VALUES) | _SLAVIC_THOUSAND


@dataclass(slots=True)
class Token:
    text: str
    low: str
    start: int
    end: int
    kind: str  # num | word | punct
    value: int | None = None
    is_word_number: bool = False


def tokenize(text: str, base: int = 0) -> list[Token]:
    # Lowercase the sentence once when that is exact character by character.
    low_text = lowered(text)
    if low_text is not None:
        low_text = norm_apostrophe(low_text)
    raw: list[Token] = []
    append = raw.append
    number_starts = _NUMBER_STARTS
    # A word that may start a word number ("three"; "a" only before "hundred"/"thousand").
    maybe_number = False
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        word = text[start:end]
        low = low_text[start:end] if low_text is not None else norm_apostrophe(word.lower())
        first = word[0]
        if first.isdigit():
            append(Token(word, low, base + start, base + end, "num", digit_value(word)))
        elif first.isalpha():
            if not maybe_number and (low in number_starts or low in _BARE):
                maybe_number = True
            append(Token(word, low, base + start, base + end, "word"))
        else:
            append(Token(word, low, base + start, base + end, "punct"))
    if not maybe_number:  # nothing to merge or pair: the raw tokens are the tokens
        return raw
    out: list[Token] = []
    index = 0
    while index < len(raw):
        token = raw[index]
        if token.kind == "num" and (scaled := _scaled(raw, index)):
            value, used = scaled  # "7 тысяч тел", "2,4 тисячі", "7 thousand bodies"
            out.append(_number_token(text, base, raw[index : index + used], value))
            index += used
            continue
        if token.kind == "word" and (token.low in _NUMBER_STARTS or token.low == "a"):
            window = [t.low for t in raw[index : index + 12]]
            parsed = parse_word_run(window)
            pronoun = (  # "the last one", "this one": a pronoun, not the number 1
                token.low == "one"
                and parsed is not None
                and parsed[1] == 1
                and index > 0
                and raw[index - 1].low in _ONE_PRONOUN_BEFORE
                and (
                    index + 1 >= len(raw)
                    or raw[index + 1].kind != "word"
                    or raw[index + 1].low in _AFTER_PRONOUN_ONE
                )
            )
            thing = (
                token.low == "one"
                and index + 1 < len(raw)
                and raw[index + 1].low in _ONE_THING_AFTER
            )
            if (
                parsed
                and not pronoun
                and not thing
                and not (parsed[1] == 1 and token.low in _AMBIGUOUS_SINGLE)
            ):
                value, used = parsed
                out.append(_number_token(text, base, raw[index : index + used], value))
                index += used
                continue
        out.append(token)
        index += 1
    _bare_multiplier_pairs(out)
    return out


def _number_token(text: str, base: int, run: list[Token], value: int) -> Token:
    """One number token for a run of raw tokens that reads as one figure."""
    first, last = run[0], run[-1]
    return Token(
        text[first.start - base : last.end - base],
        first.low,
        first.start,
        last.end,
        "num",
        value,
        True,
    )


_BARE = {"thousand": 1000, "hundred": 100}
_SCALES = frozenset({"thousand", *_SLAVIC_THOUSAND})


def _scaled(raw: list[Token], index: int) -> tuple[int, int] | None:
    """ "7 тысяч", "2,4 тисячі", "1.5 thousand": digits and a thousand after them, as (value,
    tokens used); None when no thousand follows."""
    token = raw[index]
    if token.value is None:
        return None
    used, value = 1, float(token.value)
    if (
        index + 3 < len(raw)
        and raw[index + 1].low in (",", ".")
        and raw[index + 2].kind == "num"
        and len(raw[index + 2].text) <= 2
        and token.end == raw[index + 1].start
        and raw[index + 1].end == raw[index + 2].start
    ):  # a decimal: "2,4", "1.5"
        used = 3
        value = float(f"{token.value}.{raw[index + 2].text}")
    if index + used >= len(raw) or raw[index + used].low not in _SCALES:
        return None
    return round(value * 1000), used + 1


# Where `lowered` is exact, the only characters `str.isdigit` accepts besides `\d` are ¹²³.
_DIGIT_CHAR_RE = re.compile(r"[\d¹²³]")
# A word of its own (no letter on either side) that may start a word number.
_NUMBER_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + factored("|".join(sorted({norm_apostrophe(word) for word in _NUMBER_STARTS | set(_BARE)})))
    + r")(?![^\W\d_])"
)


# how each such word's first `\w+` run begins ("п'ять": "п", the apostrophe ends a run)
_NUMBER_WORD_STARTS = frozenset(
    re.match(r"\w+", word).group()[:3] for word in _NUMBER_STARTS | set(_BARE)
)


def may_have_number(text: str) -> bool:
    """False only when no token of `tokenize(text)` can be a number: no digit and no word that
    may start a word number. Cheaper than tokenizing the third of sentences that have none."""
    low = lowered(text)
    if low is None or _DIGIT_CHAR_RE.search(text):
        return True
    # Without digits and "_", a word token begins a `\w+` run, and its first run is that
    # run: the word beginnings, listed once per sentence, rule most sentences out.
    if "_" not in low and _NUMBER_WORD_STARTS.isdisjoint(word_starts(low)):
        return False
    return _NUMBER_WORD_RE.search(norm_apostrophe(low)) is not None


def _bare_multiplier_pairs(tokens: list[Token]) -> None:
    """ "thousand-for-thousand": a bare multiplier is a number when it is paired like this."""
    bare = _BARE
    for index, token in enumerate(tokens):
        if token.kind != "word" or token.low not in bare:
            continue
        window = [t.low for t in tokens[max(0, index - 2) : index + 3]]
        if "for" in window:
            token.kind, token.value, token.is_word_number = "num", bare[token.low], True


_ONE_PRONOUN_BEFORE = frozenset(
    "the this that last first next previous latest each every another which no any new other "
    "second third recent earlier big biggest largest only".split()
)
_AFTER_PRONOUN_ONE = frozenset(
    "of was is were had has in on at that which who and but took came saw brought returned "
    "freed released ended began".split()
)
# "the release was one part of the largest exchange": one thing, whatever comes before it
_ONE_THING_AFTER = frozenset(
    "part piece element aspect step chapter reason sign example factor".split()
)
# Single words that are numbers only in some uses; as a lone token they are left as words.
_AMBIGUOUS_SINGLE = {"zero"}

GENERIC_PEOPLE = {
    "nephews",  # "released two nephews of Maduro's wife"
    "people",
    "persons",
    "person",
    "prisoners",
    "prisoner",
    "captives",
    "captive",
    "detainees",
    "detainee",
    "hostages",
    "hostage",
    "abductees",
    "abductee",
    "citizens",
    "nationals",
    "individuals",
    "men",
    "man",
    "returnees",
    "members",
    "personnel",
    "countrymen",  # "230 of his countrymen"
    "compatriots",
    "heroes",  # "69 of our heroes", an official's word for its own people
    "residents",  # "111 Gaza residents": where they come from, not a kind
    "inhabitants",
    "ukrainians",
    "russians",
    "palestinians",
    "israelis",
    "americans",
    "belarusians",
    "armenians",
    "azerbaijanis",
    "venezuelans",
    "salvadorans",
    "others",
    # "three Cuban agents", "two convicted spies": people by what they were held as
    "agents",
    "spies",
    "militants",
    "insurgents",
    "operatives",
}
# People named by nationality ("five Iranians", "two Germans"): the party table tells whose.
# People named by what they do: "the bodies of two British volunteers", "three journalists",
# "an Israeli businessman, Elhanan Tannenbaum". Counted by figure, never an untold group.
OCCUPATIONS = frozenset(
    "volunteers volunteer journalists journalist reporters reporter businessman businessmen "
    "businesswoman teachers teacher students student activists activist fishermen fisherman "
    "fishers".split()
)
GENERIC_PEOPLE |= OCCUPATIONS
GENERIC_PEOPLE |= set(
    "iranians germans norwegians slovenians britons brits canadians australians frenchmen "
    "italians israelis lebanese syrians yemenis saudis qataris emiratis turks egyptians "
    "sudanese ethiopians eritreans colombians cubans nicaraguans mexicans chinese japanese "
    "koreans indians pakistanis afghans iraqis georgians moldovans kazakhs uzbeks tajiks "
    "kyrgyz chechens serbs croats bosnians lithuanians latvians estonians finns swedes danes "
    "dutch belgians austrians spaniards portuguese brazilians argentines chileans peruvians "
    "kurds thais filipinos nepalis".split()
)
MILITARY = {
    "servicemen",
    "serviceman",
    "servicewomen",
    "servicewoman",
    "soldiers",
    "soldier",
    "troops",
    "pows",
    "pow",
    "defenders",
    "fighters",
    "officers",
    "sergeants",
    "privates",
    "marines",
    "sailors",
    "officer",
    "sergeant",
    "sailor",
    "marine",
    "defender",
    "fighter",
    "conscripts",
    "conscript",
    "paratroopers",
    "paratrooper",
    "guardsmen",
    "guardsman",
    "guards",  # "33 border guards"
    "commanders",
    "commander",
    "combatants",
    "servicemembers",
    "pilots",
}
CIVILIAN = {"civilians", "civilian"}
WOMEN = {
    "women",
    "woman",
    "servicewomen",
    "servicewoman",
    "females",
    "mothers",
    "mother",
    "grandmothers",
    "wives",
    "daughters",
    "sisters",
}
MINORS = {
    "minors",
    "minor",
    "children",
    "child",
    "teenagers",
    "teenager",
    "boys",
    "girls",
    "kids",
    "juveniles",
    "babies",
    "infants",
    "toddlers",
}
BODIES = {"bodies", "body", "remains", "corpses", "coffins", "coffin"}
NON_PEOPLE_HINT = {
    "days",
    "day",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "hours",
    "hour",
    "minutes",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "percent",
    "trucks",
    "lorries",
    "buses",
    "countries",
    "partners",
    "names",
    "photos",
    "times",
    "rounds",
    "stages",
    "swaps",
    "group",
    "batch",
    "batches",
    "exchanges",
    "pages",
    "cases",
    "brigades",
    "sides",
    "side",
    "parties",
    "delegations",
    "governments",
    "officials",
    "groups",
    "lists",
}

_SLAVIC = (
    # (stem, category)
    ("військовополон", "military"),
    # conscripts: "115 строковиків", "срочники"
    ("строковик", "military"),
    ("срочник", "military"),
    ("призовник", "military"),
    ("військовослужб", "military"),
    ("військов", "military"),
    ("захисник", "military"),
    ("оборонц", "military"),
    ("оборонців", "military"),
    ("бійц", "military"),
    ("бійців", "military"),
    ("воїн", "military"),
    ("воин", "military"),
    ("офіцер", "military"),
    ("офицер", "military"),
    ("сержант", "military"),
    ("рядов", "military"),  # privates: "173 рядових і сержантів"
    ("матрос", "military"),
    ("морпіх", "military"),
    ("морпех", "military"),
    ("десантник", "military"),
    ("прапорщик", "military"),
    ("курсант", "military"),
    ("гвардійц", "military"),
    ("гвардейц", "military"),
    ("тероборонівц", "military"),
    ("моряк", "military"),
    ("пограничник", "military"),
    ("прикордонник", "military"),
    ("нацгвардійц", "military"),
    ("нацгвардеец", "military"),
    ("нацгвардейц", "military"),
    ("росгвардейц", "military"),
    ("военноплен", "military"),
    ("военнослужащ", "military"),
    ("военн", "military"),
    ("бойц", "military"),
    ("защитник", "military"),
    ("солдат", "military"),
    ("цивільн", "civilian"),
    ("мирних", "civilian"),
    ("мирн", "civilian"),
    ("гражданск", "civilian"),
    ("заложниц", "women"),  # "трёх заложниц": three women hostages
    ("украинок", "women"),  # "108 украинок": Ukrainian women
    ("українок", "women"),
    ("россиянок", "women"),
    ("росіянок", "women"),
    ("заручниц", "women"),
    ("жінок", "women"),
    ("жінк", "women"),
    ("женщин", "women"),
    ("дітей", "minors"),
    ("діт", "minors"),
    ("детей", "minors"),
    ("дет", "minors"),
    ("неповнолітн", "minors"),
    ("несовершеннолетн", "minors"),
    ("підлітк", "minors"),
    ("подростк", "minors"),
    ("тіл", "body"),
    ("тела", "body"),
    ("тел", "body"),
    ("останк", "body"),
    ("загибл", "body"),  # "тіла чотирьох загиблих": the fallen, as bodies
    ("погибш", "body"),
    ("полегл", "body"),
    ("волонтер", "generic"),
    ("доброволь", "generic"),
    ("осіб", "generic"),
    ("особи", "generic"),
    ("людей", "generic"),
    ("людини", "generic"),
    ("людину", "generic"),  # "ще 31 людину вдалося визволити": accusative after 21, 31 ...
    ("людина", "generic"),
    ("особу", "generic"),
    ("полонен", "generic"),
    ("полонені", "generic"),
    ("громадян", "generic"),
    ("співвітчизник", "generic"),
    ("соотечественник", "generic"),
    ("чоловік", "generic"),
    ("мужчин", "generic"),
    ("українц", "generic"),
    ("українець", "generic"),  # "121 українець": the singular after 21, 31 ...
    ("украинец", "generic"),
    ("українці", "generic"),
    ("росіян", "generic"),
    ("человек", "generic"),
    ("пленн", "generic"),
    ("граждан", "generic"),
    ("украинц", "generic"),
    ("россиян", "generic"),
    ("заложник", "generic"),
    ("заручник", "generic"),
    ("заключённ", "generic"),  # prisoners: "369 палестинских заключённых"
    ("заключенн", "generic"),
    ("узник", "generic"),
    ("ув'язнен", "generic"),
    ("в'язні", "generic"),  # not "в'язниці", prisons
    ("палестинц", "generic"),
    ("израильтян", "generic"),
    ("ізраїльтян", "generic"),
    ("жител", "civilian"),
    ("мешканц", "civilian"),
    ("звільнених", "generic"),
    ("освобожденных", "generic"),
)
_SLAVIC_NON_PEOPLE = (
    "обмін",  # "ще один обмін полоненими": one more exchange, not one person
    "обмен",
    "етап",
    "этап",
    "раунд",
    "груп",  # "ще одну групу полонених": one more group, not one person
    "групп",
    "дн",
    "рок",
    "років",
    "дронів",
    "дронов",
    "ракет",
    "годин",
    "часов",
    "км",
    "хвилин",
)

WOUNDED_ADJ = {"wounded", "injured"}
WOUNDED_STEMS = ("поранен", "ранен", "тяжелоранен", "важкопоранен", "тяжкопоранен")
FEMALE_ADJ = {"female", "women"}
CIVILIAN_ADJ = {"civilian"}
MODIFIERS = {
    "more",
    "further",
    "other",
    "additional",
    "another",
    "young",
    "younger",
    "elderly",
    "badly",
    "seriously",
    "severely",
    "gravely",
    "critically",
    "sick",
    "ill",
    "captured",
    "freed",
    "released",
    "returning",
    "male",
    "the",
    "our",
    "its",
    "their",
    "his",
    "her",
    "own",
    "of",
    "ще",
    "ещё",
    "еще",
    "свої",
    "своїх",
    "своих",
    "наших",
    "ukrainian",
    "russian",
    "service",
    "national",
    "guard",
    "military",
    "adult",
    "jailed",
    "detained",
    "imprisoned",
    "deceased",
    "dead",
    "living",
    "remaining",
}


@lru_cache(maxsize=8192)  # a pure lookup, asked of the same few hundred words again and again
def noun_category(low: str) -> str | None:
    """generic | military | civilian | women | minors | body | other-noun (None: unknown)."""
    if low in MILITARY:
        return "military"
    if low in CIVILIAN:
        return "civilian"
    if low in WOMEN:
        return "women"
    if low in MINORS:
        return "minors"
    if low in BODIES:
        return "body"
    if low in GENERIC_PEOPLE:
        return "generic"
    if low in NON_PEOPLE_HINT:
        return "thing"
    if not low.isascii():
        for stem, category in _SLAVIC:
            if low.startswith(stem):
                return category
        if low.startswith(_SLAVIC_NON_PEOPLE):
            return "thing"
    return None


def is_wounded(low: str) -> bool:
    return low in WOUNDED_ADJ or (not low.isascii() and low.startswith(WOUNDED_STEMS))
