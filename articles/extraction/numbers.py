"""Numbers in running text: digits ("1,000", "1 000", "5757") and words in English, Ukrainian
and Russian ("three hundred and seven", "a thousand", "тисячу", "триста")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A token stream is enough here: the sentence tokenizer hands us words, digits and punctuation.
# Words, most tokens, are tried first: no digit starts one, so the order of the rest is the same.
TOKEN_RE = re.compile(
    r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*"
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # 1,000 / 12,408
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,])"  # 1 000 (thin/nbsp/space groups)
    r"|\d+"
    r"|\S",
)

_UNITS = {
    # English
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_HUNDREDS_EN = {"hundred": 100}
_THOUSANDS = {"thousand": 1000}

# Ukrainian and Russian: the case forms a count takes in news prose.
_SLAVIC_UNITS = {
    1: "один одна одне одного одну одним одному один одной",
    2: "два дві две двох двом двоє двое двух двоих",
    3: "три трьох трьом троє трое трёх трех троих",
    4: "чотири чотирьох четверо четыре четырёх четырех четверых",
    5: "п'ять п’ять пʼять п'ятьох п'ятеро пять пяти пятеро пятерых",
    6: "шість шести шістьох шестеро шесть шестерых",
    7: "сім семи сімох семеро семь семерых",
    8: "вісім восьми вісьмох восьмеро восемь восьмерых",
    9: "дев'ять дев’ять девʼять дев'яти дев'ятьох дев'ятеро девять девяти девятеро девятерых",
    10: "десять десяти десятеро десятьох десятерых",
    11: "одинадцять одиннадцать",
    12: "дванадцять двенадцать",
    13: "тринадцять тринадцать",
    14: "чотирнадцять четырнадцать",
    15: "п'ятнадцять п’ятнадцять пятнадцать",
    16: "шістнадцять шестнадцать",
    17: "сімнадцять семнадцать",
    18: "вісімнадцять восемнадцать",
    19: "дев'ятнадцять дев’ятнадцять девятнадцать",
    20: "двадцять двадцать двадцяти двадцати",
    30: "тридцять тридцать тридцяти тридцати",
    40: "сорок сорока",
    50: "п'ятдесят п’ятдесят пятьдесят",
    60: "шістдесят шестьдесят",
    70: "сімдесят семьдесят",
    80: "вісімдесят восемьдесят",
    90: "дев'яносто дев’яносто девяносто",
    100: "сто ста сотню сотня",  # "сотню військових": a hundred (not "сотні", hundreds)
    200: "двісті двохсот двести двухсот",
    300: "триста трьохсот трехсот трёхсот",
    400: "чотириста чотирьохсот четыреста",
    500: "п'ятсот п’ятсот пятьсот",
    600: "шістсот шестьсот",
    700: "сімсот семьсот",
    800: "вісімсот восемьсот",
    900: "дев'ятсот дев’ятсот девятьсот",
}
# the genitive plural follows a number ("п'ять тисяч"); alone it is "thousands" ("несколько
# тысяч"). ("тисячі", "тысячи" are also "of a thousand": "тела тысячи погибших".)
_SLAVIC_THOUSANDS_PLURAL = frozenset({"тисяч", "тысяч"})
_SLAVIC_THOUSAND = {
    "тисяча",
    "тисячу",
    "тисячі",
    "тисяч",
    "тысяча",
    "тысячу",
    "тысячи",
    "тысяч",
    "тысяче",
    "тисячею",
    "тысячей",
}

WORD_VALUES: dict[str, int] = dict(_UNITS)
for _value, _forms in _SLAVIC_UNITS.items():
    for _form in _forms.split():
        WORD_VALUES[_form.replace("’", "'").replace("ʼ", "'")] = _value

# Slavic words that are also ordinary words elsewhere; "сто" alone is fine, "три" too.
_CONNECTORS = {"and", "-", "і", "й", "и"}


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int
    is_word: bool


def norm_apostrophe(word: str) -> str:
    return word.replace("’", "'").replace("ʼ", "'")


_DIGIT_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")


def digit_value(text: str) -> int | None:
    digits = text.translate(_DIGIT_SEPARATORS)
    return int(digits) if digits.isdecimal() and len(digits) <= 9 else None


def _is_number_word(low: str) -> bool:
    return low in WORD_VALUES or low in _HUNDREDS_EN or low in _THOUSANDS or low in _SLAVIC_THOUSAND


def _place(value: int) -> int:
    if value >= 100:
        return 100
    if value >= 20 or value == 10:
        return 10
    return 1


def parse_word_run(words: list[str]) -> tuple[int, int] | None:
    """Parse the longest number at the start of `words` (lowercase tokens).

    Returns (value, tokens consumed) or None. "a thousand" and "one hundred and eighty-five"
    are numbers; a bare "thousand" or "hundred" is not (it is usually "the thousand returned").
    """
    total, current, last_place, used, i = 0, 0, 10_000, 0, 0
    seen = False
    if len(words) > 1 and words[0] == "a" and words[1] in ("hundred", "thousand"):
        current, last_place, i, seen = 1, 1, 1, True
    while i < len(words):
        low = norm_apostrophe(words[i])
        if low in WORD_VALUES:
            value = WORD_VALUES[low]
            if seen and value >= last_place:
                break
            current += value
            last_place = _place(value) if value not in range(11, 20) else 1
            if value < 10 and value != 0:
                last_place = 1
            seen = True
        elif low in _HUNDREDS_EN and seen and 0 < current < 10:
            current *= 100
            last_place = 100
        elif (low in _THOUSANDS and seen) or (
            low in _SLAVIC_THOUSAND and (seen or low not in _SLAVIC_THOUSANDS_PLURAL)
        ):  # not "несколько тысяч", "тисячі людей": thousands, no figure
            total += (current or 1) * 1000
            current, last_place, seen = 0, 1000, True
        elif (
            low in _CONNECTORS
            and seen
            and i + 1 < len(words)
            and _is_number_word(norm_apostrophe(words[i + 1]))
        ):
            i += 1
            continue
        else:
            break
        i += 1
        used = i
    if not seen:
        return None
    return total + current, used
