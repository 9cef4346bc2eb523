"""Bad input never raises: it gives an `error` or an empty result, in bounded time."""

import datetime
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.extraction import ExtractionResult, extract

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result):
    assert isinstance(result, ExtractionResult)
    data = result.to_dict()
    for release in data["releases"] + data["bodies"]:
        for evidence in release["evidence"]:
            assert result.text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_it_returns_an_empty_result_for_empty_input():
    result = extract(b"")
    assert result.releases == [] and result.error is None


def test_it_reports_binary_input_as_an_error():
    assert extract(bytes(range(256)) * 50).error


@SETTINGS
@given(st.binary(max_size=4000))
def test_it_survives_arbitrary_bytes(content):
    check(extract(content))


@SETTINGS
@given(st.text(max_size=3000))
def test_it_survives_arbitrary_unicode(content):
    check(extract(content, published=datetime.date(2025, 5, 24)))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "390",
                "each",
                "on Friday",
                "freed",
                "the same number",
                "1,000-for-1,000",
                "bodies",
                "Ukraine",
                "Russia",
                ".",
                ",",
                "\n",
                "yesterday",
                "three hundred and seven",
                "не",
                "will",
            ]
        ),
        max_size=200,
    )
)
def test_it_survives_word_salad_from_its_own_vocabulary(words):
    check(extract(" ".join(words), published=datetime.date(2025, 5, 24)))


@SETTINGS
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["div", "span", "section", "b"]))
def test_it_survives_deeply_nested_html(depth, tag):
    page = (
        "<html><body>"
        + f"<{tag}>" * depth
        + "Russia and Ukraine freed 307 prisoners each."
        + f"</{tag}>" * depth
        + "</body></html>"
    )
    check(extract(page, content_type="html"))


def test_it_survives_script_laden_html():
    page = (
        "<html><body>"
        + "<script>var x = '390 prisoners freed';</script>" * 3000
        + "<p>Text</p></body></html>"
    )
    result = extract(page)
    check(result)
    assert not result.releases


def test_it_survives_unclosed_tags_and_stray_bytes():
    page = (
        b"<html><body><p>Russia and Ukraine \xff\xfe freed <b>307 <i>prisoners each on Saturday.<script>"
        + b"<" * 5000
    )
    check(extract(page, published=datetime.date(2025, 5, 24)))


def test_it_truncates_oversized_input_with_a_warning():
    result = extract("Russia and Ukraine freed 307 prisoners each on Saturday. " * 200_000)
    assert any("truncated" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("head", "unit"),
    [
        ("", "Russia freed 50 Ukrainians on Friday. "),  # thousands of mentions of one handover
        (  # thousands of rows of one release table
            "Russia and Ukraine swapped prisoners.\n\nDate | To Ukraine | To Russia | Mediator\n",
            "3 Jan | 230 | 248 | UAE\n",
        ),
    ],
)
def test_it_stays_linear_on_input_that_repeats_one_handover(head, unit):
    text = f"Published: 2025-01-01\nHeadline\n\n{head}" + unit * (400_000 // len(unit))
    started = time.perf_counter()
    result = extract(text)
    assert time.perf_counter() - started < 10
    assert result.releases and "truncated" in " ".join(result.warnings)
