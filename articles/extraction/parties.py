"""Party names: an alias table mapping what articles say to canonical English names.

The table is data, not code: `PartyTable(aliases=..., affiliations=...)` accepts the Django
app's own aliases (e.g. from its Party model). An alias ending in "*" is a stem ("Ukrainian*"
matches "Ukrainians", "українців" via "україн*"). All-uppercase ASCII aliases ("US", "UAE")
match case-sensitively so that "us" the pronoun is not the United States.

`aliases` name parties that can send or receive people. `affiliations` name officials and
bodies ("Coordination Headquarters", "Zelensky") that only tell who is speaking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .fastre import Cue

DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "Russia": (
        "Russia",
        "Russian Federation",
        "Russian*",
        "Moscow",
        "Kremlin",
        "росі*",
        "російськ*",
        "москв*",
        "росси*",
        "российск*",
        "россиян*",
        "РФ",
        "русск*",
        # people and places of Russia's border regions: "вернулись десять жителей Курской
        # области", "куряне"
        "курян*",
        "Курской области",
        "Курщин*",
    ),
    "Ukraine": (
        "Ukraine",
        "Ukrainian*",
        "Kyiv",
        "Kiev",
        "Kyiv regime",
        "україн*",
        "київ*",
        "києв*",
        "украин*",
        "киев*",
        "ЗСУ",
        "ВСУ",
    ),
    "Israel": ("Israel", "Israeli*", "ізраїл*", "израил*"),
    # Rule 9 of the labelling guide: Palestinian prisoners are received by Hamas, the counterparty.
    "Hamas": ("Hamas", "Palestinian*", "хамас*", "палестин*"),
    "United States": (
        "United States",
        "U.S.",
        "US",
        "USA",
        "America",
        "American*",
        "Washington",
        "США",
        "американ*",
        "вашингтон*",
        "Сполучен* Штат*",
        "Соединённ* Штат*",
        "Соединенн* Штат*",
    ),
    "Belarus": (
        "Belarus*",
        "Minsk",
        "Мінськ",
        "Мінська",
        "Мінську",
        "Мінськом",
        "Минск",
        "Минска",
        "Минске",
        "Минском",
        "білорус*",
        "беларус*",
        "белорус*",
    ),
    "Turkey": (
        "Turkey",
        "Türkiye",
        "Turkish",
        "Ankara",
        "туреччин*",
        "турецьк*",
        "турци*",
        "турецк*",
    ),
    "UAE": (
        "United Arab Emirates",
        "UAE",
        "Emirati*",
        "Emirates",
        "Abu Dhabi",
        "ОАЕ",
        "ОАЭ",
        "емірат*",
        "эмират*",
    ),
    "Qatar": ("Qatar*", "Doha", "катар*", "доха", "дохи"),
    "Egypt": ("Egypt*", "Cairo", "єгипт*", "египт*", "египет"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi*", "Riyadh", "саудівськ*", "саудовск*"),
    "Armenia": ("Armenia*", "Yerevan", "вірмен*", "армени*", "армян*"),
    "Azerbaijan": ("Azerbaijan*", "Azeri*", "Baku", "азербайджан*"),
    "Germany": (
        "Germany",
        "German",
        "Germans",
        "Berlin",
        "німеччин*",
        "германи*",
        "німецьк*",
        "немецк*",
    ),
    "Poland": ("Poland", "Polish", "Warsaw", "польщ*", "польш*", "польськ*", "польск*"),
    "Venezuela": (
        "Venezuela*",
        "Caracas",
        "Bolivarian Republic",
        "Bolivarian Government",
        "венесуел*",
        "венесуэл*",
        "каракас*",
    ),
    "Iran": ("Iran", "Iranian*", "Tehran", "іран*", "иран*", "тегеран*"),
    "El Salvador": ("El Salvador", "Salvadoran*", "San Salvador", "Сальвадор*"),
    "Houthis": ("Houthi*", "Ansar Allah", "Sanaa", "хусит*", "хуcит*"),
    "Yemen": (
        "Yemen",
        "Yemeni*",
        "Aden",
        "internationally recognised government",
        "internationally recognized government",
        "ємен*",
        "йемен*",
    ),
    "Thailand": ("Thailand", "Thai", "Thais", "Bangkok", "таїланд*", "таиланд*"),
    "Philippines": ("Philippines", "Filipino*", "Manila"),
    "Norway": ("Norway", "Norwegian*", "Oslo", "норвегі*", "норвеги*", "норвезьк*", "норвежск*"),
    "Slovenia": ("Slovenia*", "Ljubljana", "словені*", "словени*", "словенськ*", "словенск*"),
    "Sweden": ("Sweden", "Swedish", "Swede", "Swedes", "Stockholm", "швеці*", "швеци*"),
    # (Sri Lanka and India free each other's fishermen)
    "Sri Lanka": ("Sri Lanka", "Sri Lankan*", "Colombo"),
    "Hezbollah": ("Hezbollah", "Hizbollah", "Hizballah", "хезболл*", "хизболл*"),
    "Oman": ("Oman", "Omani*", "Muscat"),
    "Afghanistan": (
        "Afghanistan",
        "Afghan",
        "Afghans",
        "Kabul",
        "Taliban",
        "афган*",
        "таліб*",
        "талиб*",
    ),
    "China": ("China", "Chinese", "Beijing", "Китай", "Китаю", "Китаї", "китайськ*", "китайск*"),
    "India": (
        "India",
        "Indian",
        "Indians",
        "New Delhi",
        "Border Security Force",
        "BSF",
        "Індія",
        "Індії",
        "Індію",
        "Індією",
        "індійськ*",
        "Индия",
        "Индии",
        "Индию",
        "Индией",
        "индийск*",
    ),
    "Pakistan": ("Pakistan*", "Islamabad", "Пакистан*"),
    "Belgium": ("Belgium", "Belgian*", "Brussels"),
    "Latvia": ("Latvia", "Latvian*", "Riga", "латві*", "латви*", "латвійськ*", "латвийск*"),
    "Estonia": ("Estonia", "Estonian*", "Tallinn", "естоні*", "эстони*"),
    # the state, not its nationals (who are often a third country's people in others' swaps:
    # "Alex Saab, a Colombian businessman", "three Sudanese" among Saudi coalition troops)
    "Colombia": ("Colombia", "Colombian government", "Bogota", "Bogotá"),
    "ELN": ("ELN", "National Liberation Army"),
    "FARC": ("FARC",),
    "Cuba": ("Cuba", "Cuban*", "Havana", "Куба", "Кубі", "Кубу", "Кубе", "кубинськ*", "кубинск*"),
    "Nicaragua": ("Nicaragua", "Nicaraguan*", "Managua"),
    "Ethiopia": ("Ethiopia", "Ethiopian*", "Addis Ababa", "Ефіопі*", "Эфиопи*"),
    "Eritrea": ("Eritrea", "Eritrean*", "Asmara"),
    "Tigray": ("Tigray", "Tigrayan*", "TPLF", "Tigray People's Liberation Front", "Mekelle"),
    "Sudan": ("Sudan", "Sudanese army", "Sudanese Armed Forces", "SAF", "Khartoum", "Port Sudan"),
    "Rapid Support Forces": ("Rapid Support Forces", "RSF"),
    # states whose nationals Iran has traded in its hostage diplomacy (not Britain, Canada or
    # the like, whose volunteers come home in Russia-Ukraine swaps as Ukraine's people)
    "France": ("France", "French", "Paris", "Франці*", "Франци*", "французьк*", "французск*"),
    "Austria": (
        "Austria",
        "Austrian*",
        "Vienna",
        "Австрі*",
        "Австри*",
        "австрійськ*",
        "австрийск*",
    ),
    "Denmark": ("Denmark", "Danish", "Copenhagen"),
    "Syria": (
        "Syria",
        "Syrian*",
        "Damascus",
        "Сирія",
        "Сирії",
        "Сирію",
        "сирійськ*",
        "Сирия",
        "Сирии",
        "Сирию",
        "сирийск*",
    ),
    "Libya": (
        "Libya",
        "Libyan*",
        "Tripoli",
        "Government of National Accord",
        "Government of National Unity",
        "GNA",
        "GNU",
        "Лівія",
        "Лівії",
        "Лівію",
        "лівійськ*",
        "Ливия",
        "Ливии",
        "Ливию",
        "ливийск*",
    ),
    "Libyan National Army": ("Libyan National Army", "LNA", "Haftar's forces"),
    "Free Syrian Army": ("Free Syrian Army", "FSA", "Syrian rebels", "Syrian rebel"),
    "Iraq": ("Iraq", "Iraqi*", "Baghdad", "Ірак*", "Ирак*"),
    "Jordan": ("Jordanian*", "Amman"),
    "Georgia": (
        "Georgian*",
        "Tbilisi",
        "Грузія",
        "Грузії",
        "Грузію",
        "Грузия",
        "Грузии",
        "Грузию",
        "грузинськ*",
        "грузинск*",
    ),
    "Moldova": ("Moldova", "Moldovan*", "Chisinau", "Chișinău", "Молдов*"),
    "Kazakhstan": ("Kazakhstan", "Kazakh*", "Astana", "Казахстан*"),
    "North Korea": ("North Korea*", "Pyongyang", "КНДР"),
    "Mali": ("Mali", "Malian*", "Bamako"),
    "Nigeria": ("Nigeria", "Nigerian*", "Abuja"),
    "Boko Haram": ("Boko Haram",),
    "Islamic State": ("Islamic State", "ISIS", "ISIL"),
}

DEFAULT_AFFILIATIONS: dict[str, tuple[str, ...]] = {
    "Ukraine": (
        "Zelensk*",
        "Coordination Headquarters",
        "Lubinets",
        "Yermak",
        "Umerov",
        "Budanov",
        "Klymenko",
        "Vereshchuk",
        "Зеленськ*",
        "Зеленск*",
        "Лубінець",
        "Лубинец",
        "координаційн* штаб*",
        "координационн* штаб*",
        "Умєров*",
        "Умеров*",
        "Єрмак*",
        "Ермак*",
    ),
    "Russia": (
        "Putin",
        "Путін*",
        "Путин*",
        "Peskov",
        "Medinsky",
        "Мединськ*",
        "Мединск*",
        "Moskalkova",
        "Москальков*",
        "Lavrov",
        "Лавров*",
        "Fomin",
        "Фомін*",
        "Фомин*",
    ),
    "Israel": ("Netanyahu", "IDF", "Prison Service", "Нетаньях*", "ЦАХАЛ"),
    "Hamas": ("Qassam",),
    "United States": (
        "Trump",
        "Biden",
        "White House",
        "State Department",
        "Трамп*",
        "Байден*",
        "Білий дім",
        "Білого дому",
        "Белый дом",
        "Белого дома",
        "Держдеп*",
        "Госдеп*",
    ),
    "Venezuela": ("Maduro", "Cabello", "Мадуро"),
    "El Salvador": ("Bukele", "Букеле"),
    "Armenia": ("Pashinyan", "Пашинян*"),
    "Azerbaijan": ("Aliyev", "Алієв*", "Алиев*"),
    "Belarus": ("Lukashenko", "Лукашенк*"),
    "Syria": ("Assad", "Асад*"),
    "Libyan National Army": ("Haftar", "Хафтар*"),
    "Ethiopia": ("Abiy Ahmed",),
    "Tigray": ("Debretsion",),
    "Colombia": ("Petro",),
    "Iran": ("Raisi", "Pezeshkian", "Khamenei"),
    "Afghanistan": ("Akhundzada", "Muttaqi"),
    "India": ("Modi",),
    "Houthis": ("Abdul-Malik al-Houthi",),
}

# What the people are called tells who held them, in an exchange between these parties
# (labelling rule 9: in Israel-Hamas exchanges hostages come from Hamas, prisoners from Israel).
# Used only when the holder is one of the article's two sides and nothing else names a side.
DEFAULT_HOLDERS: dict[str, tuple[str, ...]] = {
    "Hamas": ("hostage*", "captive*", "abductee*", "заручник*", "заложник*"),
    "Israel": ("prisoner*", "detainee*"),
}
# The side a party swaps prisoners with when an article names no other ("Eighty-four Ukrainian
# defenders came home from captivity": from Russia). Only for conflicts where one counterpart is
# the rule, and used only when neither another side nor an official of one is named.
USUAL_COUNTERPARTS: dict[str, str] = {
    "Ukraine": "Russia",
    "Russia": "Ukraine",
    "Armenia": "Azerbaijan",
    "Azerbaijan": "Armenia",
    "Israel": "Hamas",
    "Hamas": "Israel",
    "India": "Pakistan",
    "Pakistan": "India",
    "Yemen": "Houthis",
    "Houthis": "Yemen",
    "Hezbollah": "Israel",
    "ELN": "Colombia",
    "FARC": "Colombia",
    "Sudan": "Rapid Support Forces",
    "Rapid Support Forces": "Sudan",
    "Ethiopia": "Tigray",
    "Tigray": "Ethiopia",
    "Libya": "Libyan National Army",
    "Libyan National Army": "Libya",
    "Free Syrian Army": "Syria",
    "Boko Haram": "Nigeria",
}
# Countries that usually mediate or host rather than hand over prisoners: a tie-breaker only.
USUAL_MEDIATORS = frozenset({"UAE", "Qatar", "Egypt", "Turkey", "Saudi Arabia", "Belarus"})
# Brokers that take the people freed in the deal they broker: "a US-brokered release" of
# prisoners Belarus hands to the US officials there names a side, not a go-between.
RECEIVING_BROKERS = frozenset({"United States"})


@dataclass(frozen=True)
class PartyMention:
    party: str
    start: int
    end: int
    text: str


_WORD_RE = re.compile(r"\w+(?:[.'’]\w+)*\.?")
_NEXT_WORD_RE = re.compile(r"\s+(?P<w>\w+(?:[.'’]\w+)*\.?)")


@dataclass
class _Index:
    exact: dict[str, str]  # lowercase word -> party
    acronyms: dict[str, str]  # case-sensitive word -> party
    stems: dict[str, list[tuple[str, str]]]  # first 3 letters -> [(stem, party)]
    phrases: dict[
        str, list[tuple[tuple[str, ...], bool, str]]
    ]  # first word -> [(words, stem, party)]
    phrase_stems: dict[str, list[str]]  # first 3 letters -> first words of phrases
    candidates: re.Pattern | None = None  # words that could start an alias


def _index(table: Mapping[str, Iterable[str]]) -> _Index:
    index = _Index({}, {}, {}, {}, {})
    for party, aliases in table.items():
        for alias in aliases:
            stem = alias.endswith("*")
            words = alias.rstrip("*").split()
            if len(words) > 1:
                key = tuple(w.lower() for w in alias.split())
                index.phrases.setdefault(key[0].rstrip("*"), []).append((key, stem, party))
                index.phrase_stems.setdefault(key[0][:3], []).append(key[0])
                continue
            word = words[0]
            if word.replace(".", "").isupper() and len(word) <= 5:
                index.acronyms[word] = party
            elif stem:
                low = word.lower()
                index.stems.setdefault(low[:3], []).append((low, party))
            else:
                index.exact[word.lower()] = party
    for bucket in index.stems.values():
        bucket.sort(key=lambda item: -len(item[0]))
    starts = (
        set(index.exact)
        | {a.lower() for a in index.acronyms}
        | set(index.stems)
        | set(index.phrase_stems)
    )
    starts |= {first.rstrip("*") for first in index.phrases}
    prefixes = sorted({start[:3] for start in starts if start}, key=len, reverse=True)
    index.candidates = Cue(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in prefixes) + r")")
    return index


def _strip(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.lower().endswith(suffix):
            return word[: -len(suffix)]
    return word


class PartyTable:
    """Finds party mentions in text and maps them to canonical names (word lookups, no big regex)."""

    def __init__(
        self,
        aliases: Mapping[str, Iterable[str]] | None = None,
        affiliations: Mapping[str, Iterable[str]] | None = None,
        holders: Mapping[str, Iterable[str]] | None = None,
        counterparts: Mapping[str, str] | None = None,
    ):
        self.aliases = {k: tuple(v) for k, v in (aliases or DEFAULT_ALIASES).items()}
        self.affiliations = {k: tuple(v) for k, v in (affiliations or DEFAULT_AFFILIATIONS).items()}
        self.holders = {
            k: tuple(v) for k, v in (DEFAULT_HOLDERS if holders is None else holders).items()
        }
        self.counterparts = dict(USUAL_COUNTERPARTS if counterparts is None else counterparts)
        self._party = _index(self.aliases)
        self._affiliate = _index(self.affiliations)
        self._holder = _index(self.holders)
        self._cache: dict[int, dict[str, str | None]] = {}
        self._options: dict[int, dict[str, list[tuple[tuple[str, ...], bool, str]]]] = {}

    def _word_party(self, index: _Index, word: str) -> str | None:
        cache = self._cache.setdefault(id(index), {})
        if word in cache:
            return cache[word]
        if len(cache) > 100_000:
            cache.clear()
        cache[word] = party = self._lookup(index, word)
        return party

    @staticmethod
    def _lookup(index: _Index, word: str) -> str | None:
        bare = _strip(word)
        if bare in index.acronyms or bare.rstrip(".") in index.acronyms:
            return index.acronyms.get(bare) or index.acronyms[bare.rstrip(".")]
        low = bare.lower().rstrip(".")
        if low in index.exact:
            return index.exact[low]
        for stem, party in index.stems.get(low[:3], ()):
            if low.startswith(stem):
                return party
        return None

    def _find(self, text: str, index: _Index, base: int) -> list[PartyMention]:
        found: list[PartyMention] = []
        resume = 0
        for candidate in index.candidates.finditer(text):
            if candidate.start() < resume:
                continue
            match = _WORD_RE.match(text, candidate.start())
            if not match:
                continue
            mention = self._phrase_at(text, match, index, base) or self._word_at(
                text, match, index, base
            )
            if mention:
                found.append(mention)
                resume = mention.end - base
        return found

    def _phrase_at(
        self, text: str, match: re.Match, index: _Index, base: int
    ) -> PartyMention | None:
        options = self._phrase_options(index, match.group(0))
        best = None
        for phrase, _stem, party in options:
            words, position = [match], match.end()
            while len(words) < len(phrase):
                following = _NEXT_WORD_RE.match(text, position)
                if not following:
                    break
                words.append(following)
                position = following.end()
            if len(words) < len(phrase):
                continue
            candidate = [
                _strip(w.group("w") if "w" in w.re.groupindex else w.group(0)).lower().rstrip(".")
                for w in words
            ]
            same = all(
                word.startswith(part.rstrip("*")) if part.endswith("*") else word == part
                for word, part in zip(candidate, phrase, strict=True)
            )
            if same and (best is None or len(phrase) > best[0]):
                end = words[-1].end("w") if "w" in words[-1].re.groupindex else words[-1].end()
                best = (
                    len(phrase),
                    PartyMention(
                        party, base + match.start(), base + end, text[match.start() : end]
                    ),
                )
        return best[1] if best else None

    def _phrase_options(self, index: _Index, raw: str) -> list[tuple[tuple[str, ...], bool, str]]:
        """The phrases that may start with the word `raw`: most words start none, and the same
        words come back in every sentence."""
        cache = self._options.setdefault(id(index), {})
        options = cache.get(raw)
        if options is None:
            if len(cache) > 100_000:
                cache.clear()
            low = _strip(raw).lower().rstrip(".")
            options = list(index.phrases.get(low, ()))
            for first in index.phrase_stems.get(low[:3], ()):
                if first.endswith("*") and low.startswith(first.rstrip("*")):
                    options.extend(index.phrases.get(first.rstrip("*"), ()))
            cache[raw] = options
        return options

    def _word_at(self, text: str, match: re.Match, index: _Index, base: int) -> PartyMention | None:
        word = match.group(0)
        party = self._word_party(index, word)
        if not party:
            return None
        end = match.end() - (1 if word.endswith(".") and not word.endswith("S.") else 0)
        return PartyMention(party, base + match.start(), base + end, text[match.start() : end])

    def find(self, text: str, base: int = 0) -> list[PartyMention]:
        """Party mentions in `text`, their offsets `base` on (a sentence's in its document)."""
        return self._find(text, self._party, base)

    def find_affiliates(self, text: str, base: int = 0) -> list[PartyMention]:
        return self._find(text, self._affiliate, base)

    def holder(self, word: str) -> str | None:
        """The party that holds people called `word` ("hostages": Hamas), if the table says."""
        return self._word_party(self._holder, word)


@lru_cache(maxsize=1)
def default_table() -> PartyTable:
    return PartyTable()
