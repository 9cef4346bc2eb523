"""Date expressions in a sentence, resolved against the publication date.

Explicit dates ("23 May", "May 23", "Aug. 24, 2024", "23 травня", "23 мая", "May 23-25"),
deictic words ("today", "yesterday", "вчора", "вчера"), weekdays ("on Friday", "Saturday's",
"у п'ятницю", "в пятницу", "суботній") and anaphoric phrases ("the previous day", "early the
next day", "на следующий день") that are resolved later against the narrative's current date.
Nothing here calls dateparser: these rules run once per sentence and must stay cheap.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass

from .fastre import Cue, factored, lowered, word_starts

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Ukrainian and Russian genitive forms ("23 травня", "23 мая")
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_SLAVIC_MONTH = "|".join(k for k in MONTHS if not k.isascii())
# a month's name as written after a day ("5 Jan.", "5 січня") or, in English, before one
MONTH_NAME = rf"(?:{EN_MONTH}|{_SLAVIC_MONTH})"

# Days written as ordinal words before a month, as Ukrainian and Russian copy often has them
# ("сімнадцятого липня", "семнадцатого июля"): stems (the genitive ending follows) to numbers.
_SLAVIC_DAY_UNITS = {
    "перш": 1,
    "перв": 1,
    "друг": 2,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "четвёрт": 4,
    "п'ят": 5,
    "пят": 5,
    "шост": 6,
    "шест": 6,
    "сьом": 7,
    "седьм": 7,
    "восьм": 8,
    "дев'ят": 9,
    "девят": 9,
}
_SLAVIC_DAY_WHOLE = {
    "десят": 10,
    "одинадцят": 11,
    "одиннадцат": 11,
    "дванадцят": 12,
    "двенадцат": 12,
    "тринадцят": 13,
    "тринадцат": 13,
    "чотирнадцят": 14,
    "четырнадцат": 14,
    "п'ятнадцят": 15,
    "пятнадцат": 15,
    "шістнадцят": 16,
    "шестнадцат": 16,
    "сімнадцят": 17,
    "семнадцат": 17,
    "вісімнадцят": 18,
    "восемнадцат": 18,
    "дев'ятнадцят": 19,
    "девятнадцат": 19,
    "двадцят": 20,
    "двадцат": 20,
    "тридцят": 30,
    "тридцат": 30,
}
_SLAVIC_DAY_WORD = "|".join(
    sorted(
        (re.escape(k) for k in {**_SLAVIC_DAY_UNITS, **_SLAVIC_DAY_WHOLE}), key=len, reverse=True
    )
).replace("'", "['’ʼ]")

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "понеділ": 0,
    "вівтор": 1,
    "серед": 2,
    "четвер": 3,
    "п'ятни": 4,
    "субот": 5,
    "неділ": 6,
    "недільн": 6,
    "понедельн": 0,
    "вторн": 1,
    "сред": 2,
    "четверг": 3,
    "пятни": 4,
    "суббот": 5,
    "воскрес": 6,
}

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
EXPLICIT_RE = Cue(
    rf"\b(?P<month1>{EN_MONTH})\s+(?:the\s+)?{_DAY}(?:\s*[-–]\s*(?P<day_end1>[0-3]?\d)\b)?{_YEAR}\b"
    rf"|\b(?:(?P<day_start2>[0-3]?\d)\s*[-–]\s*)?(?P<day2>[0-3]?\d)(?:(?:st|nd|rd|th)\s+of)?"
    r"(?:st|nd|rd|th)?\s+"
    rf"(?P<month2>{MONTH_NAME})(?:,?\s+(?P<year2>(?:19|20)\d\d)(?:-(?:го|му|м|й))?)?(?![\w-])"
    r"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    r"|\b(?P<dmy_day>[0-3]?\d)\.(?P<dmy_month>[01]?\d)\.(?P<dmy_year>(?:19|20)\d\d)\b(?!\.\d)"
)
ORDINAL_WORD_DATE_RE = Cue(
    rf"\b(?:(?P<tens>двадцять|двадцать|тридцять|тридцать)\s+)?(?P<word>{_SLAVIC_DAY_WORD})"
    # (the soft stems: "третього", "третьего")
    rf"(?:ого|его|ому|ее|ього|ьому|ьего)\s+(?P<month>{_SLAVIC_MONTH})"
)
# "on the twenty-fifth of June", "June the first": a day written as an English ordinal word
_EN_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_EN_ORDINAL_DAYS = (
    {word: index for index, word in enumerate(_EN_ORDINAL_UNITS, 1)}
    | {
        word: index
        for index, word in enumerate(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
            "eighteenth nineteenth twentieth".split(),
            10,
        )
    }
    | {"thirtieth": 30}
)
_EN_ORDINAL = (
    rf"(?:(?:twenty|thirty)[-\s](?:{'|'.join(_EN_ORDINAL_UNITS)})|{'|'.join(_EN_ORDINAL_DAYS)})"
)
# an ordinal word ("third", "третью", "п'ятий"), for "the third since ...": which one
_SLAVIC_ORDINAL_STEMS = "|".join(
    stem.replace("'", "['’]") for stem in [*_SLAVIC_DAY_UNITS, "десят"]
)
ORDINAL_WORD = (
    rf"(?:{'|'.join(_EN_ORDINAL_DAYS)}|(?:{_SLAVIC_ORDINAL_STEMS})"
    r"(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ье|ья|ью|ьего|ьей|а|е|у|ої|і|ій|я|є|ю))"
)
_EN_FULL_MONTH = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
EN_ORDINAL_DATE_RE = re.compile(
    rf"\b(?:(?i:the)\s+)?(?P<day>(?i:{_EN_ORDINAL}))\s+of\s+(?P<month>{_EN_FULL_MONTH})\b"
    rf"|\b(?P<month2>{_EN_FULL_MONTH})\s+(?:the\s+)?(?P<day2>(?i:{_EN_ORDINAL}))\b"
)


# "24-го — 307": a day of the month the sentence named before, set off by a dash or comma
_DAY_OF_MONTH_BEFORE_RE = re.compile(
    r"(?<![\w.-])(?P<day>[0-3]?\d)-(?:го|е)(?=\s*[—–,:;]|\s+-\s|\s+числа)"
)
_EN_ORDINAL_HINT_RE = re.compile(r"(?:st|nd|rd|th)\b")
# Every English ordinal date spells its day ("the first of June", "June the twenty-first").
_EN_ORDINAL_WORD_RE = re.compile(factored("|".join(_EN_ORDINAL_DAYS)))
_NUMBER_WORD_AFTER_RE = re.compile(r"\s+числа\b")
_SLAVIC_MONTH_RE = re.compile(rf"\b({_SLAVIC_MONTH})\b")


def _month_word_before(low: str, end: int) -> int | None:
    """The month of the last Ukrainian or Russian month name before `end` ("в начале января")."""
    words = _SLAVIC_MONTH_RE.findall(low, 0, end)
    return MONTHS[words[-1]] if words else None


def _month_before(low: str, match: re.Match) -> int | None:
    """The month of "8-го числа" after "в начале января", or of "14-го" in a sentence set in
    a month ("Перший етап у серпні відбувся 14-го:")."""
    if low[match.end() :].lstrip().startswith("числа") and (
        month := _month_word_before(low, match.start())
    ):
        return month
    months_in = _MONTH_IN_WORD_RE.findall(low, 0, match.start())
    return _MONTHS_IN[months_in[-1]] if months_in else None


def _en_ordinal_date(
    match: re.Match, published: datetime.date | None, text: str = ""
) -> DateMention | None:
    """ "the twenty-fifth of June": the 25th of June ("the first of October last year", "the
    first of October, 2022": of that year)."""
    words = re.split(r"[-\s]+", (match.group("day") or match.group("day2")).lower())
    day = sum(_EN_ORDINAL_DAYS.get(word, 0) for word in words[-1:])
    day += {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) > 1 else 0
    month = MONTHS[(match.group("month") or match.group("month2")).lower()]
    end, year = match.end(), None
    if said := _ORDINAL_YEAR_AFTER_RE.match(text, end):
        year, end = int(said.group(1)), said.end()
    elif (last_year := _LAST_YEAR_AFTER_RE.match(text, end)) and published:
        year, end = published.year - 1, last_year.end()
    value = _make(year or _year_for(month, day, published), month, day)
    return (
        DateMention(match.start(), end, "explicit", value, guessed_year=year is None)
        if value
        else None
    )


_ORDINAL_YEAR_AFTER_RE = re.compile(r",?\s+((?:19|20)\d\d)\b")


_DAY_BEFORE_RE = re.compile(r"\bthe\s+(?:day|eve|night)\s+(?:before|after)\s+$", re.IGNORECASE)
# Fixed-date holidays that stories date events by ("the New Year's Eve exchange").
HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year’s eve": (12, 31),
    "new year's day": (1, 1),
    "new year’s day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}
HOLIDAY_RE = re.compile(
    r"(?i)\b(?P<name>new\s+year['’]s\s+(?:eve|day)|christmas\s+(?:eve|day))\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"  # "On New Year's Eve 2022": that year's
)
# Easter as a day: "on Easter Sunday", "on the eve of Orthodox Easter", "напередодні
# Великодня", "на Пасху" (not the adjective of "the Easter swap", "великодній обмін")
EASTER_RE = re.compile(
    r"(?i)(?:\b(?P<eve>(?:the\s+)?eve\s+of|напередодні|накануне)\s+(?:the\s+)?"
    r"|\b(?:on|at|over|на|в|у)\s+)"
    r"(?P<orthodox>orthodox\s+)?(?P<word>easter(?:\s+sunday)?|великодня|великдень|пасхи|пасху)\b"
)


# "8 января, на следующий день ...", "на Пасху, 19 апреля": two dates of one day side by side
APPOSITION_RE = re.compile(r"\s*[,(—–-]\s*")


def _gregorian_easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _orthodox_easter(year: int) -> datetime.date:
    """Orthodox Easter Sunday (Meeus's Julian computus), as a Gregorian date."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_offset = year // 100 - year // 400 - 2  # 13 days in 1900-2099
    return datetime.date(year, month, day + 1) + datetime.timedelta(days=julian_offset)


def _easter_day(match: re.Match, published: datetime.date | None) -> datetime.date | None:
    """Orthodox when the text says so or is Ukrainian or Russian; the eve is the day before."""
    if published is None:
        return None
    orthodox = bool(match.group("orthodox")) or not match.group("word").isascii()
    computus = _orthodox_easter if orthodox else _gregorian_easter
    day = computus(published.year)
    if day - published > datetime.timedelta(days=60):  # last spring's, in a later story
        day = computus(published.year - 1)
    return day - datetime.timedelta(days=1) if match.group("eve") else day


WEEKDAY_RE = Cue(
    r"(?P<prefix>\b(?:last|this|on|early|late|next|у|в|во|від|до)\s+)?"
    r"\b(?P<word>(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?"
    r"|понеділ\w*|вівтор\w*|середу|середи(?!\w)|четвер(?:г(?:а|у|ом|е)?)?(?!\w)"  # not "четверо"
    r"|п['’ʼ]ятни\w*|субот\w*|неділ\w*|недільн\w*"
    r"|понедельн\w*|вторник\w*|среду|пятни\w*|суббот\w*|воскресень\w*|воскресн\w*"
    r"|(?:(?<=прошлой\s)|(?<=этой\s))среды(?!\w))"  # not "окружающей среды"
)
DEICTIC = {
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "earlier today": 0,
    "сьогодні": 0,
    "сегодня": 0,
    "нині": 0,
    "yesterday": -1,
    "вчора": -1,
    "учора": -1,
    "вчера": -1,
    "the day before yesterday": -2,
    "позавчора": -2,
    "позавчера": -2,
    "tomorrow": 1,
    "завтра": 1,
    "last night": -1,
}
DEICTIC_RE = Cue(
    r"\b(?:the day before yesterday|earlier today|this (?:morning|afternoon|evening)|today|tonight"
    r"|last night"
    r"|yesterday|tomorrow|сьогодні|сегодня|нині|вчора|учора|вчера|позавчора|позавчера|завтра)\b"
)
ANAPHORIC_RE = Cue(
    r"\b(?P<prev>the previous day|the day before(?!\s+(?:yesterday|the|a|an|his|her|their|U\.S\.|\w+ed\b))"
    r"|a day earlier|the preceding day"
    # "On the eve, 49 Ukrainians came home": agency English for "накануне", the eve of the
    # story's day
    r"|(?P<eve>(?<=\b[Oo]n\s)the\s+eve(?=\s*[,.;]))"
    r"|(?:напередодні|накануне)(?!\s+(?:дн|свят|велик|різдв|нов|рожд|пасх|праздн"
    r"|річниц|годовщ|рокови|візит|визит|переговор|зустріч|встреч|обмін|обмен|виб|выбор|православн|католи)\w*)"
    r"|днем раньше|днём раньше|днем ранее|днём ранее|днем раніше|днем пізніше"
    r"|(?<=\bcame\s)a day after|(?<=\bcomes\s)a day after)"  # "The swap came a day after Kyiv ..."
    r"|\b(?P<same>(?:on\s+)?(?:the|that)\s+same\s+day|(?:later|earlier)\s+(?:that|in\s+the)\s+day"
    r"|(?:on\s+)?that\s+day\b|в\s+тот\s+день|у\s+той\s+день|(?<!\w)того\s+дня"
    r"|того\s+ж\s+дня"
    r"|цього\s+ж\s+дня|того\s+же\s+дня|в\s+тот\s+же\s+день"
    # "в тот момент на границе завершался обмен": the moment the story is telling
    r"|в\s+(?:тот|этот)\s+(?:же\s+)?момент|у\s+(?:той|цей)\s+(?:же\s+)?момент|at\s+that\s+(?:very\s+)?moment)"
    r"|\b(?P<next>(?:the (?:next|following) day|a day later|the day after(?!\s+\w)|наступного дня"
    r"|на наступний день|на следующий день|на другой день)"
    r"(?!\s+(?:after|following|після|после)\b))"  # not "the day after the call": its day
)
# "A week earlier", "two days later", "тижнем раніше", "неделей позже": a day counted from the
# day the story is telling (not "two days before the talks": that is the talks' eve)
SHIFTED_RE = Cue(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later|before(?!\s+\w)|after(?!\s+\w))"
    r"|\b(?P<week>тижнем|неделей)\s+(?P<wdir>раніше|раньше|ранее|пізніше|позже|позднее)\b"
    # "За три дні до того, у вівторок", "за два дня до этого", "через три дні після того"
    r"|\b(?P<sdir>за|через)\s+(?P<sn>два|дві|две|три|чотири|четыре|п['’]?ять|\d{1,2})\s+"
    r"(?:дн[іяей]|днів|дней)\s+(?:до|після|после)\s+(?:того|этого|цього)\b"
)


def _shift_days(match: re.Match) -> int:
    if match.group("sdir"):
        word = match.group("sn").lower()
        days = int(word) if word.isdigit() else _AGO_COUNTS[word]
        return -days if match.group("sdir").lower() == "за" else days
    if match.group("week"):
        return -7 if match.group("wdir").lower() in ("раніше", "раньше", "ранее") else 7
    word = match.group("n").lower()
    days = int(word) if word.isdigit() else _AGO_COUNTS[word]
    days *= 7 if match.group("unit").lower().startswith("week") else 1
    return -days if match.group("dir").lower() in ("earlier", "before") else days


ORDINAL_DAY_RE = Cue(
    r"\b(?:on\s+)?the\s+(?P<ord>first|second|third|fourth|fifth|final|last)\s+day\b"
    r"|\bon\s+the\s+(?P<ord3>second|third|fourth|fifth|final|last)(?=\s*(?:[,.;)]|and\b|$))"
    r"|\b(?:в|у|на)\s+(?P<ord2>перший|другий|третій|первый|второй|третий)\s+(?:день)\b"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "final": -1,
    "last": -1,
    "перший": 1,
    "другий": 2,
    "третій": 3,
    "первый": 1,
    "второй": 2,
    "третий": 3,
}
VAGUE_RE = Cue(
    r"\b(?:over the weekend|at the weekend|on the weekend|this weekend|last week|earlier this "
    r"(?:week|month|year)|last month|this month|у вихідні|в выходные|минулого тижня|на минулому тижні"
    r"|на прошлой неделе|на этой неделе|этого месяца|цього місяця)\b"
)

# "two days ago", "a month ago", "тиждень тому", "месяц назад"
AGO_RE = Cue(
    r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|кілька|несколько"
    r"|два|дві|две|три|чотири|четыре|п['’]ять|пять|шість|шесть|сім|семь|вісім|восемь"
    r"|дев['’]ять|девять|десять)\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?|дн\w*|ден\w*|доб\w*|сут\w*|тижн\w*|тиждень"
    r"|недел\w*|неделю|місяц\w*|месяц\w*|рок\w*|рік|год\w*|лет)\s+(?:ago|тому|назад)\b"
)
_WAS_BEFORE_RE = Cue(
    r"\b(?:was|were|took\s+place|happened|occurred|came|відбувся|відбулася|був|була"
    r"|состоялся|состоялась|прошел|прошёл|был|была)\s+(?:just\s+|only\s+|лише\s+|лишь\s+"
    r"|всего\s+|всього\s+)?$"
)
_AGO_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "два": 2, "дві": 2, "две": 2, "три": 3,
    "чотири": 4, "четыре": 4, "п'ять": 5, "п’ять": 5, "пять": 5, "шість": 6, "шесть": 6,
    "сім": 7, "семь": 7, "вісім": 8, "восемь": 8, "дев'ять": 9, "дев’ять": 9, "девять": 9,
    "десять": 10, "кілька": 0, "несколько": 0,
}  # fmt: skip
# A sentence that opens on a month without a day: "In September, ...", "У вересні ...",
# "В сентябре 2022 года ..."
_MONTHS_IN = {
    **{name: number for name, number in MONTHS.items() if name.isascii() and len(name) > 4},
    "may": 5,
    "june": 6,
    "july": 7,
    **dict(
        zip(
            "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді "
            "грудні".split(),
            range(1, 13),
            strict=True,
        )
    ),
    **dict(
        zip(
            "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре "
            "декабре".split(),
            range(1, 13),
            strict=True,
        )
    ),
}
# "у серпні", "в августе": a month the sentence is set in
_MONTH_IN_WORD_RE = re.compile(
    r"\b(?:у|в|во)\s+(" + "|".join(k for k in _MONTHS_IN if not k.isascii()) + r")\b"
)
# "А 21 вересня ...", "And in May ...": a sentence may open on a conjunction before its date
OPENING_CONJUNCTION = r"(?:(?:and|but|а|и|і|й|та|але|но)\s+)?"
_PART_OF_MONTH = (  # "в конце декабря", "на початку березня", "at the end of December"
    r"(?:(?:в|у|на)\s+(?:конце|начале|середине|кінці|початку|середині)|наприкінці|напочатку"
    r"|at\s+the\s+(?:end|start|beginning)\s+of|in\s+the\s+(?:middle|first\s+half|second\s+half)"
    r"\s+of)\s+"
)
MONTH_OPENING_RE = Cue(
    r"^\W*" + OPENING_CONJUNCTION + r"(?:back\s+)?"
    # "Ще раніше, у червні, ...", "Earlier, in June": a month before the day just told
    r"(?:(?:(?:ще|ещё|еще|even)\s+)?(?:раніше|раньше|earlier|previously)\s*,?\s*)?"
    r"(?:(?:in|у|в|во)\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>"
    + "|".join(_MONTHS_IN)
    + r")|"
    + _PART_OF_MONTH
    + r"(?P<genitive>"
    + "|".join(MONTHS)
    + r"))(?:,?\s+(?P<year>(?:19|20)\d\d)(?:\s+(?:року|года|г\.))?)?(?![\w-])"
)


# "set in September 2022, when 215 Ukrainians were freed": the when-clause has the month, no day
MONTH_WHEN_BEFORE_RE = Cue(
    r"\b(?:in|у|в|во)\s+(?:(?:early|late|mid)[\s-]+)?(?:"
    + "|".join(_MONTHS_IN)
    + r")(?:,?\s+(?:19|20)\d\d(?:\s+(?:року|года))?)?,?\s+(?:when|коли|когда)\b[^.;:]*$"
)


def month_opening(match: re.Match | None) -> tuple[int, int | None] | None:
    """(month, year or None) of the month without a day that a sentence opens on, from its
    `MONTH_OPENING_RE` match (searched once per sentence)."""
    if match is None:
        return None
    year = match.group("year")
    if match.group("month"):
        month = _MONTHS_IN[match.group("month").lower()]
    else:
        month = MONTHS[match.group("genitive").lower()]
    return month, int(year) if year else None


# Cheap substring checks that let most sentences skip most of the regexes below.
_DIGIT_RE = re.compile(r"\d")
_WEEKDAY_HINTS = (
    "day",
    "понеділ",
    "вівтор",
    "серед",
    "четвер",
    "ятни",
    "субот",
    "неділ",
    "недільн",
    "понедельн",
    "вторник",
    "среду",
    "среды",
    "пятни",
    "суббот",
    "воскрес",
)
_DEICTIC_HINTS = (
    "night",
    "today",
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "yesterday",
    "tomorrow",
    "сьогодні",
    "сегодня",
    "нині",
    "вчора",
    "учора",
    "вчера",
    "позавч",
    "завтра",
)
_ANAPHORIC_HINTS = (
    "day",
    "eve",
    "moment",
    "момент",
    "напередодні",
    "накануне",
    "днем",
    "днём",
    "дня",
    "день",
)
_VAGUE_HINTS = ("week", "month", "year", "вихідн", "выходн", "тижн", "недел", "місяц", "месяц")


def _any_of(stems: tuple[str, ...]) -> re.Pattern:
    """One pass for "does the lowercased text contain any of these stems"."""
    return re.compile(factored("|".join(re.escape(stem) for stem in stems)))


_WEEKDAY_HINT_RE = _any_of(_WEEKDAY_HINTS)
_DEICTIC_HINT_RE = _any_of(_DEICTIC_HINTS)
_ANAPHORIC_HINT_RE = _any_of(_ANAPHORIC_HINTS)
_VAGUE_HINT_RE = _any_of(_VAGUE_HINTS)
_SHIFTED_HINT_RE = _any_of(
    (
        "earlier",
        "later",
        "before",
        "after",
        "раніше",
        "раньше",
        "ранее",
        "пізніше",
        "позже",
        "позднее",
        "до того",
        "до этого",
        "до цього",
        "після того",
        "после этого",
    )
)
# Most sentences hold none of the stems above: one pass says so for all four.
_RELATIVE_HINT_RE = _any_of(_WEEKDAY_HINTS + _DEICTIC_HINTS + _ANAPHORIC_HINTS + _VAGUE_HINTS)
# An explicit date names a month (a word starting like one) or is numeric ("2025-08-14",
# "14.08.2025"); an ordinal day names its ordinal.
_MONTH_STARTS = frozenset(month[:3] for month in MONTHS)
_NUMERIC_DATE_HINT_RE = re.compile(r"\d[-.]\d")
_ORDINAL_STARTS = frozenset(word[:3] for word in _ORDINALS)


def _word_hints(text: str) -> tuple[bool, bool]:
    """(may hold an explicit date, may hold an ordinal day), from the text's word beginnings."""
    low = lowered(text)
    if low is None:  # outside the alphabet where lower() is exact: no shortcut
        return True, True
    starts = word_starts(low)
    return (
        not _MONTH_STARTS.isdisjoint(starts) or _NUMERIC_DATE_HINT_RE.search(text) is not None,
        not _ORDINAL_STARTS.isdisjoint(starts),
    )


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str  # explicit | deictic | weekday | anaphoric | ordinal | vague
    value: datetime.date | None
    offset: int = 0  # anaphoric: days from the narrative date; ordinal: day index
    range_end: datetime.date | None = None
    guessed_year: bool = False  # explicit without a year: the year is the publication's
    previous_year: bool = False  # "17 October the same year": the year of the day named before
    bare_day: bool = False  # "on the 13th": a day of the month the story is in (value: a guess)
    weekday: int | None = None  # "Friday the 13th": the day's weekday, when told
    from_story: bool = False  # anaphoric: counts from the story's day, not the day just named


def _year_for(month: int, day: int, published: datetime.date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    try:
        candidate = datetime.date(year, month, day)
    except ValueError:
        return None
    # A day-month well after publication belongs to the previous year (a January story about
    # "December"), a little after it is a plan, which keeps the publication year.
    if candidate - published > datetime.timedelta(days=60):
        year -= 1
    return year


# "on the 13th", "on Friday the 13th," (not "the 67th exchange", "the 13th of May")
_BARE_DAY_HINT_RE = re.compile(r"the\s+\d\d?(?:st|nd|rd|th)\b")
_BARE_DAY_RE = re.compile(
    r"(?:\b(?P<on>[Oo]n)\s+)?(?:\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday),?\s+)?\b(?P<the>the)\s+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
    rf"(?=\s*[,.;:)—–]|\s*$|\s+(?!(?:{_EN_FULL_MONTH}|of)\b)[A-Z])"
)


EN_MONTH_WORD_RE = re.compile(rf"\b({_EN_FULL_MONTH})\b(?:\s+(?:[0-3]?\d,?\s+)?((?:19|20)\d\d)\b)?")


def month_word(text: str) -> tuple[int, int | None] | None:
    """(month, year or None) of the last English month named in `text` ("September",
    "September 2024")."""
    words = list(EN_MONTH_WORD_RE.finditer(text)) if text.isascii() else []
    if not words:
        return None
    year = words[-1].group(2)
    return MONTHS[words[-1].group(1).lower()], int(year) if year else None


def month_day(
    day: int,
    weekday: int | None,
    published: datetime.date | None,
    month: int,
    year: int | None = None,
) -> datetime.date | None:
    """ "the 13th" of `month` (of `year`, else the last one by publication), on `weekday` when
    one is told."""
    if year is None:
        return last_month_day(day, weekday, published, month)
    value = _make(year, month, day)
    return value if value and (weekday is None or value.weekday() == weekday) else None


def last_month_day(
    day: int, weekday: int | None, before: datetime.date | None, month: int | None = None
) -> datetime.date | None:
    """The last date on or before `before` that is the `day` of a month (of `month`, when
    given), on `weekday` when given: "Friday the 13th" in a story of January 2025 is 13
    September 2024."""
    if before is None:
        return None
    year, at = before.year, before.month
    for _ in range(60):
        if month is None or at == month:
            candidate = _make(year, at, day)
            if (
                candidate
                and candidate <= before
                and (weekday is None or candidate.weekday() == weekday)
            ):
                return candidate
        year, at = (year, at - 1) if at > 1 else (year - 1, 12)
    return None


def _make(year: int | None, month: int, day: int) -> datetime.date | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# "on 7 December last year", "14 березня минулого року": the year before publication's
_LAST_YEAR_AFTER_RE = re.compile(
    r"(?i),?\s+(?:of\s+)?last\s+year\b|\s+минулого\s+року\b|\s+прошлого\s+года\b"
)


_THAT_YEAR_AFTER_RE = re.compile(
    r"(?i),?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b|\s+того\s+(?:ж\s+|же\s+)?(?:року|года)\b"
)
_YEAR_WORD_RE = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_WHEN_BEFORE_RE = re.compile(
    r"\b((?:19|20)\d\d),?\s+(?:when|коли|когда)\b[^.;\d]{0,80}$", re.I
)


def _explicit(
    match: re.Match, published: datetime.date | None, text: str = ""
) -> DateMention | None:
    if match.group("iso"):
        try:
            value = datetime.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
        return DateMention(match.start(), match.end(), "explicit", value)
    if match.group("dmy_day"):  # "14.08.2025", the European numeric form
        value = _make(
            int(match.group("dmy_year")), int(match.group("dmy_month")), int(match.group("dmy_day"))
        )
        return DateMention(match.start(), match.end(), "explicit", value) if value else None
    if match.group("month1"):
        month = MONTHS[match.group("month1").rstrip(".").lower()]
        day, year_text, end_day = match.group("day"), match.group("year"), match.group("day_end1")
        start_day = None
    else:
        month = MONTHS[match.group("month2").rstrip(".").lower()]
        day, year_text = match.group("day2"), match.group("year2")
        start_day, end_day = match.group("day_start2"), None
        if start_day:  # "23-25 May": the range starts at the first day
            day, end_day = start_day, match.group("day2")
    day = int(day)
    if not 1 <= day <= 31:
        return None
    end = match.end()
    last_year = None if year_text else _LAST_YEAR_AFTER_RE.match(text, end)
    that_year = None if year_text else _THAT_YEAR_AFTER_RE.match(text, end)
    if not year_text and not that_year:  # "In June of that year, on June 12, ..."
        that_year = _THAT_YEAR_BEFORE_RE.search(text[max(0, match.start() - 40) : match.start()])
    earlier_years = _YEAR_WORD_RE.findall(text, 0, match.start()) if that_year else []
    before = text[max(0, match.start() - 120) : match.start()]
    when = None if year_text else _YEAR_WHEN_BEFORE_RE.search(before)
    year_said = True  # the text says which year, in the date or around it
    if last_year and published:
        year, end = published.year - 1, last_year.end()
    elif earlier_years:  # "after the 2020 war ... on December 14 of that year"
        year = int(earlier_years[-1])
        if that_year.re is _THAT_YEAR_AFTER_RE:
            end = that_year.end()
    elif when:  # "resumed in January 2024, when a swap on January 3 returned 230"
        year = int(when.group(1))
    else:
        year = int(year_text) if year_text else _year_for(month, day, published)
        year_said = bool(year_text)
    value = _make(year, month, day)
    range_end = _make(year, month, int(end_day)) if end_day else None
    return DateMention(
        match.start(),
        end,
        "explicit",
        value,
        range_end=range_end,
        guessed_year=not year_said,
        # "the same year" with no year before it in the sentence: the one a sentence before names
        previous_year=bool(that_year) and not earlier_years,
    )


_THAT_YEAR_BEFORE_RE = re.compile(r"(?i)\b(?:of|in)\s+(?:that|the\s+same)\s+year,?\s+(?:on\s+)?$")


def _weekday_index(word: str) -> int | None:
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if low in WEEKDAYS:
        return WEEKDAYS[low]
    for stem, index in WEEKDAYS.items():
        if not stem.isascii() and low.startswith(stem):
            return index
    return None


def resolve_weekday(
    index: int, published: datetime.date, *, strictly_before: bool = False
) -> datetime.date:
    back = (published.weekday() - index) % 7
    if strictly_before and back <= 1:
        back += 7  # "last Saturday" in a Sunday paper: the week before (yesterday is "on Saturday")
    return published - datetime.timedelta(days=back)


_WEEKDAY_OF_DATE_GAP_RE = re.compile(r"[,\s]{1,3}(?:the\s+)?$")


def _ordinal_word_date(match: re.Match, published: datetime.date | None) -> DateMention | None:
    """ "сімнадцятого липня": the 17th of July."""
    word = re.sub("[’ʼ]", "'", match.group("word").lower())
    units = _SLAVIC_DAY_UNITS.get(word)
    day = _SLAVIC_DAY_WHOLE.get(word) if units is None else units
    if match.group("tens"):
        if units is None:
            return None  # "двадцять десятого" is no day
        day += 20 if match.group("tens").lower().startswith("двадц") else 30
    month = MONTHS[match.group("month").rstrip(".").lower()]
    value = _make(_year_for(month, day, published), month, day)
    return (
        DateMention(match.start(), match.end(), "explicit", value, guessed_year=True)
        if value
        else None
    )


_YEAR_END_RE = re.compile(
    r"(?i)\b(?:the\s+last\s+day\s+of|останн\w+\s+день|последн\w+\s+день)\s+(?P<year>(?:19|20)\d\d)"
)
_LAST_WEEK_AFTER_RE = re.compile(
    r"(?i)\s+(?:of\s+)?last\s+week\b|\s+минулого\s+тижня|\s+на\s+минулому\s+тижні"
    r"|\s+на\s+прошлой\s+неделе|\s+прошлой\s+недели"
)


def find_dates(text: str, published: datetime.date | None) -> list[DateMention]:
    """Every date expression in `text` (one sentence), in order, with no overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    exact_low = lowered(text)  # None where lowercasing is not exact for case-insensitive matching
    low = text.lower() if exact_low is None else exact_low
    month_hint, ordinal_hint = _word_hints(text)
    has_digit = month_hint and _DIGIT_RE.search(text) is not None
    for match in EXPLICIT_RE.finditer(text) if has_digit else ():
        mention = _explicit(match, published, text)
        if mention:
            found.append(mention)
            taken.append((mention.start, mention.end))
    for match in ORDINAL_WORD_DATE_RE.finditer(text) if month_hint and not text.isascii() else ():
        if free(match.start(), match.end()) and (mention := _ordinal_word_date(match, published)):
            found.append(mention)
            taken.append((match.start(), match.end()))
    day_hint = "-" in text and (found or "числа" in low or _MONTH_IN_WORD_RE.search(low))
    for match in _DAY_OF_MONTH_BEFORE_RE.finditer(text) if day_hint else ():
        # "23 травня кожна сторона передала 390 людей, 24-го — 307": the month named before;
        # "в начале января: 8-го числа": the month a vaguer phrase named
        before = [m for m in found if m.end <= match.start() and m.value]
        if not free(match.start(), match.end()):
            continue
        try:
            if before:
                value = before[-1].value.replace(day=int(match.group("day")))
            elif month := _month_before(low, match):
                day = int(match.group("day"))
                value = _make(_year_for(month, day, published), month, day)
            else:
                continue
        except ValueError:
            continue
        if value:
            end = match.end()
            if number := _NUMBER_WORD_AFTER_RE.match(text, end):
                end = number.end()  # "8-го числа" is one date
            found.append(DateMention(match.start(), end, "explicit", value))
            taken.append((match.start(), end))
    en_ordinal_hint = (
        month_hint
        and _EN_ORDINAL_HINT_RE.search(low) is not None
        and (exact_low is None or _EN_ORDINAL_WORD_RE.search(exact_low) is not None)
    )
    for match in EN_ORDINAL_DATE_RE.finditer(text) if en_ordinal_hint else ():
        if free(match.start(), match.end()) and (
            mention := _en_ordinal_date(match, published, text)
        ):
            found.append(mention)
            taken.append((match.start(), match.end()))
    for match in _BARE_DAY_RE.finditer(text) if _BARE_DAY_HINT_RE.search(low) else ():
        if (match.group("on") or match.group("weekday")) and free(match.start(), match.end()):
            # "On Friday the 13th, 49 Ukrainians came home": the month the story is in (the
            # walker knows it; the value is the last such day before publication)
            day = int(match.group("day"))
            weekday = _weekday_index(match.group("weekday")) if match.group("weekday") else None
            start = match.start("weekday") if match.group("weekday") else match.start("the")
            found.append(
                DateMention(
                    start,
                    match.end(),
                    "explicit",
                    last_month_day(day, weekday, published),
                    guessed_year=True,
                    bare_day=True,
                    weekday=weekday,
                )
            )
            taken.append((start, match.end()))
    for match in HOLIDAY_RE.finditer(text) if ("year" in low or "christmas" in low) else ():
        if _DAY_BEFORE_RE.search(text, 0, match.start()) and taken:
            continue  # "on Monday, Dec. 30, the day before New Year's Eve": the date told says it
        if free(match.start(), match.end()):
            month, day = HOLIDAYS[re.sub(r"\s+", " ", match.group("name").lower())]
            year = int(match.group("year")) if match.group("year") else None
            value = _make(year or _year_for(month, day, published), month, day)
            if value:
                found.append(
                    DateMention(
                        match.start(), match.end(), "explicit", value, guessed_year=year is None
                    )
                )
                taken.append((match.start(), match.end()))
    easter_hint = "easter" in low or "великод" in low or "великдень" in low or "пасх" in low
    for match in EASTER_RE.finditer(text) if easter_hint else ():
        if any(APPOSITION_RE.fullmatch(text, match.end(), start) for start, _ in taken):
            continue  # "на Пасху, 19 апреля": the calendar date says which day
        if free(match.start(), match.end()) and (value := _easter_day(match, published)):
            found.append(DateMention(match.start(), match.end(), "explicit", value))
            taken.append((match.start(), match.end()))
    for match in _YEAR_END_RE.finditer(text) if ("day" in low or "ден" in low) else ():
        # "в останній день 2022 року", "the last day of 2024": 31 December of that year
        if free(match.start(), match.end()):
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    "explicit",
                    datetime.date(int(match.group("year")), 12, 31),
                )
            )
            taken.append((match.start(), match.end()))
    relative_hint = _RELATIVE_HINT_RE.search(low) is not None
    weekday_hint = relative_hint and _WEEKDAY_HINT_RE.search(low) is not None
    for match in WEEKDAY_RE.finditer(text) if weekday_hint else ():
        if not free(match.start("word"), match.end("word")):
            continue
        index = _weekday_index(match.group("word"))
        if index is None:
            continue
        if any(_WEEKDAY_OF_DATE_GAP_RE.match(text, match.end("word"), start) for start, _ in taken):
            continue  # "Monday, January 20": the date says which Monday
        prefix = (match.group("prefix") or "").strip().lower()
        if prefix == "next":
            continue
        end = match.end("word")
        value = (
            resolve_weekday(index, published, strictly_before=prefix == "last")
            if published
            else None
        )
        if last_week := _LAST_WEEK_AFTER_RE.match(text, end):
            # "on Saturday last week": that weekday of the calendar week before publication
            end = last_week.end()
            value = (
                published - datetime.timedelta(days=published.weekday() + 7 - index)
                if published
                else None
            )
        found.append(DateMention(match.start("word"), end, "weekday", value))
        taken.append((match.start("word"), end))
    deictic_hint = relative_hint and _DEICTIC_HINT_RE.search(low) is not None
    for match in DEICTIC_RE.finditer(text) if deictic_hint else ():
        if not free(match.start(), match.end()):
            continue
        shift = DEICTIC[match.group(0).lower()]
        value = published + datetime.timedelta(days=shift) if published else None
        found.append(DateMention(match.start(), match.end(), "deictic", value, offset=shift))
        taken.append((match.start(), match.end()))
    anaphoric_hint = relative_hint and _ANAPHORIC_HINT_RE.search(low) is not None
    for match in ANAPHORIC_RE.finditer(text) if anaphoric_hint else ():
        if free(match.start(), match.end()):
            shift = -1 if match.group("prev") else 0 if match.group("same") else 1
            found.append(
                DateMention(
                    match.start(),
                    match.end(),
                    "anaphoric",
                    None,
                    offset=shift,
                    from_story=bool(match.group("eve")),
                )
            )
            taken.append((match.start(), match.end()))
    shifted_hint = relative_hint and _SHIFTED_HINT_RE.search(low) is not None
    for match in SHIFTED_RE.finditer(text) if shifted_hint else ():
        if free(match.start(), match.end()):
            found.append(
                DateMention(
                    match.start(), match.end(), "anaphoric", None, offset=_shift_days(match)
                )
            )
            taken.append((match.start(), match.end()))
    ordinal_hint = ordinal_hint and ("the " in low or "день" in low)
    for match in ORDINAL_DAY_RE.finditer(text) if ordinal_hint else ():
        if free(match.start(), match.end()):
            word = (match.group("ord") or match.group("ord2") or match.group("ord3")).lower()
            if word in _ORDINALS:
                found.append(
                    DateMention(match.start(), match.end(), "ordinal", None, offset=_ORDINALS[word])
                )
                taken.append((match.start(), match.end()))
    for match in AGO_RE.finditer(text) if ("ago" in low or "тому" in low or "назад" in low) else ():
        if not free(match.start(), match.end()):
            continue
        days = match.group("unit").lower().startswith(("day", "дн", "ден", "доб", "сут"))
        if days and match.group("n") is None:
            continue  # "десять днів тому" with a count this pattern does not read: no day
        said = (match.group("n") or "1").lower()
        count = int(said) if said.isdigit() else _AGO_COUNTS[said]
        if count and days:
            # "three days ago": that day; "a month ago", "weeks ago": no day
            value = published - datetime.timedelta(days=count) if published else None
            found.append(DateMention(match.start(), match.end(), "deictic", value, -count))
        elif _WAS_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
            # "the previous exchange was just a month ago": a day the story does not give
            # (not "since the war began seven weeks ago": another event's time)
            found.append(DateMention(match.start(), match.end(), "vague", None))
        else:
            continue
        taken.append((match.start(), match.end()))
    vague_hint = relative_hint and _VAGUE_HINT_RE.search(low) is not None
    for match in VAGUE_RE.finditer(text) if vague_hint else ():
        if free(match.start(), match.end()):
            found.append(DateMention(match.start(), match.end(), "vague", None))
    found.sort(key=lambda m: m.start)
    if (
        any(m.guessed_year for m in found)
        and _YEAR_DIGITS_RE.search(text)
        and (years := _month_years(text))
    ):
        # "in March 2019, when Pakistan handed back ... on March 1": the year said with the month
        found = [
            dataclasses.replace(m, value=day, guessed_year=False)
            if m.guessed_year
            and m.value
            and m.value.month in years
            and (day := _make(years[m.value.month], m.value.month, m.value.day))
            else m
            for m in found
        ]
    return found


_YEAR_DIGITS_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTH_YEAR_RE = re.compile(
    r"(?i)(?<![\w-])(?P<month>"
    + "|".join(sorted({*MONTHS, *_MONTHS_IN}, key=len, reverse=True))
    + r")\.?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"
)


def _month_years(text: str) -> dict[int, int]:
    """The years a sentence gives its months ("in March 2019"), one year a month."""
    seen: dict[int, set[int]] = {}
    for match in _MONTH_YEAR_RE.finditer(text):
        name = match.group("month").lower()
        month = MONTHS.get(name) or _MONTHS_IN.get(name)
        if month:
            seen.setdefault(month, set()).add(int(match.group("year")))
    return {month: years.pop() for month, years in seen.items() if len(years) == 1}
