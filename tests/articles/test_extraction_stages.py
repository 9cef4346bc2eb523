"""Each extraction stage on its own: numbers, dates, parties, sentences, text loading."""

import datetime

import pytest

from articles.extraction import detect_language, tables
from articles.extraction.analysis import analyse
from articles.extraction.dates import find_dates
from articles.extraction.numbers import parse_word_run
from articles.extraction.parties import PartyTable, default_table
from articles.extraction.sentences import split
from articles.extraction.text import InputError, load
from articles.extraction.tokens import may_have_number, noun_category, tokenize

SATURDAY = datetime.date(2025, 5, 24)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three hundred and seven", 307),
        ("one hundred and eighty - five", 185),
        ("a thousand people", 1000),
        ("twenty - seven", 27),
        ("триста дев'яносто", 390),
        ("тисячу осіб", 1000),
        ("трое", 3),
    ],
)
def test_it_reads_numbers_written_in_words(words, value):
    assert parse_word_run(words.split())[0] == value


def test_it_does_not_read_a_bare_thousand_as_a_number():
    assert parse_word_run(["thousand", "returned"]) is None


@pytest.mark.parametrize("text", ["1,000 prisoners", "1 000 prisoners", "1000 prisoners"])
def test_it_reads_digits_with_separators(text):
    numbers = [t for t in tokenize(text) if t.kind == "num"]
    assert [t.value for t in numbers] == [1000]


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed in Istanbul.",
        "Україна повернула п’ять захисників",
        "ПʼЯТЬ осіб",
        "_one more",
        "x'one",
        "a thousand-for-thousand swap",
        "it rose to 5³",
    ],
)
def test_it_tokenizes_to_tell_a_number_only_where_there_may_be_one(text):
    has_number = any(token.kind == "num" for token in tokenize(text))
    assert may_have_number(text) or not has_number
    assert may_have_number(text) == (text != "Talks resumed in Istanbul.")


def test_it_keeps_each_word_number_as_one_token():
    tokens = [
        t
        for t in tokenize("three hundred and ninety on Friday, three hundred and seven yesterday")
        if t.kind == "num"
    ]
    assert [t.value for t in tokens] == [390, 307]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", datetime.date(2025, 5, 23)),
        ("Saturday's round", datetime.date(2025, 5, 24)),
        ("yesterday", datetime.date(2025, 5, 23)),
        ("on 16 May", datetime.date(2025, 5, 16)),
        ("on May 16", datetime.date(2025, 5, 16)),
        ("23 травня", datetime.date(2025, 5, 23)),
        ("23 мая", datetime.date(2025, 5, 23)),
        ("у п'ятницю", datetime.date(2025, 5, 23)),
        ("в пятницу", datetime.date(2025, 5, 23)),
        ("Aug. 24, 2024", datetime.date(2024, 8, 24)),
        ("last Sunday", datetime.date(2025, 5, 18)),
    ],
)
def test_it_resolves_dates_against_the_publication_date(text, expected):
    mentions = [m for m in find_dates(text, SATURDAY) if m.value]
    assert mentions[0].value == expected


def test_it_leaves_relative_dates_unresolved_without_a_publication_date():
    assert [m.value for m in find_dates("on Friday, yesterday", None)] == [None, None]


def test_it_marks_anaphoric_days_for_later_resolution():
    mention = find_dates("was handed over the previous day", SATURDAY)[0]
    assert (mention.kind, mention.offset) == ("anaphoric", -1)


def test_it_reads_a_date_range():
    mention = find_dates("May 23-25 - the deal was carried out", SATURDAY)[0]
    assert (mention.value, mention.range_end) == (
        datetime.date(2025, 5, 23),
        datetime.date(2025, 5, 25),
    )


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("the Kyiv regime", "Ukraine"),
        ("Russia's Defence Ministry", "Russia"),
        ("російських військовослужбовців", "Russia"),
        ("украинской стороне", "Ukraine"),
        ("Palestinian prisoners", "Hamas"),
        ("the U.S. envoy", "United States"),
        ("the United Arab Emirates", "UAE"),
        ("Khalifa Haftar's Libyan National Army", "Libyan National Army"),
        ("a GNA soldier", "Libya"),
        ("the Free Syrian Army", "Free Syrian Army"),
        ("Tigrayan forces", "Tigray"),
        ("the Rapid Support Forces", "Rapid Support Forces"),
        ("десять жителей Курской области", "Russia"),
        ("курян", "Russia"),
    ],
)
def test_it_maps_aliases_to_canonical_parties(text, party):
    assert default_table().find(text)[0].party == party


def test_it_does_not_take_the_pronoun_us_for_the_united_states():
    assert default_table().find("let us know") == []


def test_the_alias_table_can_be_injected():
    table = PartyTable(aliases={"Freedonia": ("Freedonia", "Freedonian*")})
    assert [m.party for m in table.find("Freedonian soldiers came home")] == ["Freedonia"]


def test_it_splits_sentences_with_offsets_into_the_text():
    text = "Title\n\nU.S. President Trump spoke on Aug. 24. Then 390 came home.\nWhat next"
    sentences = split(text, (0, 5))
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.text for s in sentences][1:3] == [
        "U.S. President Trump spoke on Aug. 24.",
        "Then 390 came home.",
    ]
    assert sentences[0].is_title and sentences[-1].is_heading


def test_it_keeps_a_bulleted_list_with_its_lead_in():
    text = "Title\n\nReturning home:\n- 270 defenders;\n- 120 civilians.\n"
    sentences = split(text, (0, 5))
    assert sentences[1].text.startswith("Returning home:") and sentences[1].text.endswith(
        "120 civilians."
    )


def test_it_reads_the_published_line_of_a_text_file():
    document = load(b"Published: 2025-05-24\nHeadline\n\nBody text.")
    assert (document.published, document.title, document.content_type) == (
        SATURDAY,
        "Headline",
        "text",
    )


def test_an_explicit_publication_date_overrides_the_file():
    document = load("Published: 2025-05-24\nHeadline\n\nBody.", published=datetime.date(2025, 1, 1))
    assert document.published == datetime.date(2025, 1, 1)


def test_it_takes_published_not_modified_time_from_html():
    page = (
        '<html><head><meta property="article:modified_time" content="2025-05-25T08:00:00+03:00">'
        '<meta property="article:published_time" content="2025-05-24T19:30:00+03:00"></head>'
        "<body><article><h1>Head</h1><p>Russia and Ukraine freed 307 prisoners each on Saturday.</p></article></body></html>"
    )
    assert load(page).published == SATURDAY


_STORY = (
    "<article><h1>Head</h1><p>Russia and Ukraine freed 84 prisoners each on Friday.</p></article>"
)


@pytest.mark.parametrize(
    "page",
    [
        f"<html><body><time datetime='2025-08-15T10:00'>15 Aug</time>{_STORY}</body></html>",
        "<html><head><link rel='canonical' href='https://example.org/news/2025/08/15/swap'>"
        f"</head><body>{_STORY}</body></html>",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-08-15T08:00:00Z", "dateModified": "2025-08-20"}</script></head>'
        f"<body>{_STORY}</body></html>",
    ],
    ids=["time-element", "url", "json-ld"],
)
def test_it_finds_the_publication_date_of_pages_without_meta_tags(page):
    assert load(page).published == datetime.date(2025, 8, 15)


def test_the_bylines_time_beats_an_older_time_elsewhere_on_a_page_without_metadata():
    page = (
        "<html><body><article><h1>Head</h1><p class='byline'>By A. Writer, "
        "<time datetime='2025-08-15T10:00'>15 August</time></p>"
        "<p>Russia and Ukraine freed 84 prisoners each on Friday.</p></article>"
        "<aside>Archive: <time datetime='2025-03-01T09:00'>1 March</time></aside></body></html>"
    )
    assert load(page).published == datetime.date(2025, 8, 15)


def test_it_does_not_guess_a_publication_date_from_the_visible_text():
    # A page with no date markup: the "Read more" line's date is not the page's.
    page = f"<html><body>{_STORY}<p>Read more: the swap of 12 March 2023</p></body></html>"
    assert load(page).published is None


def test_it_decodes_non_utf8_bytes():
    document = load(
        "Published: 2025-05-24\nЗаголовок\n\nУ суботу повернулися 307 військових.".encode("cp1251")
    )
    assert "У суботу повернулися 307 військових." in document.text
    assert document.warnings


@pytest.mark.parametrize(
    "garbled",
    [
        # UTF-8 read as cp1252 upstream, in English and in Ukrainian
        "Hamasâ€™s fighters freed 12 hostages â€” officials said.",
        "Ð£ Ð¿â€™ÑÑ‚Ð½Ð¸Ñ†ÑŽ Ð¿Ð¾Ð²ÐµÑ€Ð½ÑƒÐ»Ð¸ÑÑ 12 Ð²Ñ–Ð¹ÑÑŒÐºÐ¾Ð²Ð¸Ñ….",
    ],
)
def test_it_repairs_text_that_was_mis_decoded_upstream(garbled):
    original = garbled.encode("cp1252", errors="ignore").decode("utf-8", errors="ignore")
    document = load(f"Published: 2025-05-24\nHeadline\n\n{garbled}")
    assert original.split()[-2] in document.text
    assert any("mojibake" in warning for warning in document.warnings)


def test_it_leaves_text_with_accented_letters_as_it_is():
    text = "Published: 2025-05-24\nHeadline\n\nÂngela Müller of Zürich met Ðorđe in Bogotá."
    document = load(text)
    assert "Ângela Müller of Zürich met Ðorđe in Bogotá." in document.text
    assert not document.warnings


def test_it_refuses_binary_content():
    with pytest.raises(InputError):
        load(b"\x00\x01\x02\x03" * 100)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia and Ukraine swapped prisoners.", "en"),
        ("Україна повернула полонених.", "uk"),
        ("Россия вернула пленных.", "ru"),
    ],
)
def test_it_detects_the_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "agreed_on"),
    [
        # the day in the agreement's sentence is the handover's: the deal's day is elsewhere
        (
            "Published: 2025-03-09\nSwap\n\n"
            "The exchange agreed in Abu Dhabi took place on Saturday, when Russia and Ukraine "
            "each released 175 prisoners.\n\n"
            "The two sides had agreed on the swap on 1 March, the mediators said.",
            datetime.date(2025, 3, 1),
        ),
        (
            "Published: 2025-03-09\nSwap\n\n"
            "On Saturday, the third stage of the exchange agreed in Abu Dhabi was carried out: "
            "Russia and Ukraine each released 175 prisoners.",
            None,
        ),
        # a deal reported on the day it was struck keeps that day
        (
            "Published: 2025-03-09\nDeal\n\n"
            "Russia and Ukraine agreed on Sunday to exchange 500 prisoners each, officials said.",
            datetime.date(2025, 3, 9),
        ),
    ],
)
def test_a_handover_day_is_never_taken_for_the_day_of_the_deal(text, agreed_on):
    from articles.extraction import extract

    result = extract(text, content_type="text")
    assert result.agreement is not None
    assert result.agreement.agreed_on == agreed_on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("обмін відбувся сімнадцятого липня", datetime.date(2024, 7, 17)),
        ("обмен прошёл семнадцатого июля", datetime.date(2024, 7, 17)),
        ("двадцять четвертого серпня", datetime.date(2024, 8, 24)),
        ("п’ятого травня", datetime.date(2024, 5, 5)),
        ("у п'ятницю, двадцять третього травня", datetime.date(2024, 5, 23)),
        ("двадцать третьего мая", datetime.date(2024, 5, 23)),
    ],
)
def test_it_reads_days_written_as_ordinal_words(text, expected):
    assert [m.value for m in find_dates(text, datetime.date(2024, 8, 25))] == [expected]


def test_it_reads_fixed_date_holidays():
    mentions = find_dates("the New Year's Eve exchange", datetime.date(2023, 1, 10))
    assert [m.value for m in mentions] == [datetime.date(2022, 12, 31)]


# --- release tables written as text --------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "direction"),
    [
        ("To Ukraine", ("Russia", "Ukraine")),
        ("Returned to Russia", ("Ukraine", "Russia")),
        ("Ukraine received", ("Russia", "Ukraine")),
        ("Freed by Russia", ("Russia", "Ukraine")),
        ("До України", ("Russia", "Ukraine")),
        ("Ukrainians freed", ("Russia", "Ukraine")),  # that side's people, whatever the verb
        ("Отримала Росія", ("Ukraine", "Russia")),  # the verb before the side
        ("Handed over to the Russians", ("Ukraine", "Russia")),
        ("Ukraine", None),  # a party, but which way its column went is not said
        ("Mediator", None),
    ],
)
def test_a_table_header_cell_says_which_way_its_figures_went(cell, direction):
    head = tables.header(f"Date | {cell} | Notes", default_table(), ["Russia", "Ukraine"])
    found = [(c.released_by, c.received_by) for c in head.columns] if head else []
    assert found == ([direction] if direction else [])


def test_table_rows_without_a_day_or_a_figure_give_nothing():
    head = tables.header("Date | To Ukraine | To Russia", default_table(), ["Russia", "Ukraine"])
    published = datetime.date(2025, 1, 9)
    assert tables.row("Total | 1,348 | 1,266*", head, published) is None
    assert tables.row("3 Jan | 230 | 248 | extra cell", head, published) is None
    undisclosed = tables.row("13 Sep | 49 | n/d", head, published)
    assert [value for *_, value in undisclosed.figures] == [49, None]


@pytest.mark.parametrize(
    ("cell", "figure"),
    [("230", 230), ("1,348", 1348), ("175 + 22 wounded", 197), ("5 – named in the box", 5)],
)
def test_a_table_cell_gives_its_leading_figure_with_the_parts_added(cell, figure):
    head = tables.header("Date | To Ukraine | To Russia", default_table(), ["Russia", "Ukraine"])
    found = tables.row(f"3 Jan | {cell} | 1", head, datetime.date(2025, 1, 9))
    assert found.figures[0] == ("Russia", "Ukraine", figure)


def test_table_days_run_forward_and_never_past_publication():
    head = tables.header("Date | To Ukraine | To Russia", default_table(), ["Russia", "Ukraine"])
    published = datetime.date(2025, 1, 9)
    rows = [
        tables.row(line, head, published) for line in ("3 Jan | 230 | 248", "30 Dec | 189 | 150")
    ]
    assert tables.in_order(rows, published) == [
        datetime.date(2024, 1, 3),
        datetime.date(2024, 12, 30),
    ]


def _analysed(text: str):
    sentence = split(text)[0]
    return analyse(sentence, 0, default_table(), datetime.date(2024, 3, 9))


def test_that_before_a_noun_opens_no_clause():
    info = _analysed("Stockholm handed over to officials of that country two Iranian citizens.")
    assert len(info.clauses) == 1


def test_a_day_after_an_agreement_and_a_new_clause_is_an_event_day():
    info = _analysed(
        "Under the understanding reached with Sweden, and on the same day, Stockholm handed "
        "over two Iranian citizens."
    )
    assert info.event_dates == [True]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["тысяча"], (1000, 1)),
        (["две", "тысячи"], (2000, 2)),
        (["п'ять", "тисяч"], (5000, 2)),
        (["тысяч"], None),  # "несколько тысяч": thousands, no figure
        (["тисяч"], None),
    ],
)
def test_a_bare_genitive_plural_thousand_is_no_figure(words, expected):
    assert parse_word_run(words) == expected


def test_a_shift_then_a_date_in_apposition_gives_that_date():
    info = _analysed("One week later, on 31 January 2024, the exchange went ahead.")
    assert [(m.kind, m.value) for m in info.dates] == [("explicit", datetime.date(2024, 1, 31))]


def test_the_pages_published_time_beats_an_earlier_date_in_its_url():
    page = (
        "<html><head><meta property='article:published_time' content='2025-07-19T01:40:00+00:00'>"
        "<link rel='canonical' href='https://news.example.org/2025/07/18/swap'></head><body>"
        "<article><h1>Swap</h1><p>" + "Ten Americans were freed on Friday. " * 20 + "</p>"
        "</article></body></html>"
    )
    assert load(page).published == datetime.date(2025, 7, 19)


@pytest.mark.parametrize("word", ["строковиків", "срочников", "призовників"])
def test_conscripts_are_soldiers(word):
    assert noun_category(word) == "military"
