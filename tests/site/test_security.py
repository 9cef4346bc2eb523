"""Article-derived text is hostile until escaped; every response carries a strict CSP."""

import pytest

from articles.highlight import claim_spans, highlight
from articles.models import Claim
from tests import factories
from tests.site import builders
from tests.site.builders import HOSTILE

pytestmark = pytest.mark.django_db


@pytest.fixture
def hostile_article(db):
    exchange = factories.exchange(
        "Hostile swap", targets={"Russia": 10, "Ukraine": 10}, description=HOSTILE
    )
    tranche = factories.tranche(exchange, "2025-02-01", [("Russia", "Ukraine", 10)])
    release = tranche.releases.get()
    sentence = f"Russia released 10 people {HOSTILE} today."
    source = builders.source(
        f"Title {HOSTILE}",
        f"{HOSTILE}\n{sentence}\n<iframe src=//evil></iframe>",
        outlet=f"Outlet {HOSTILE}",
        url="javascript:alert(document.cookie)",
    )
    builders.claim(
        source,
        sentence,
        release=release,
        count=10,
        alternatives=[{"count": 12, "stated_by": HOSTILE}],
    )
    return exchange, tranche, source


def _assert_escaped(page: str):
    assert "<script>" not in page
    assert "<img src=x" not in page
    assert "<iframe src=//evil>" not in page
    assert "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_the_pages_escape_everything_an_article_says(client, hostile_article):
    exchange, tranche, source = hostile_article
    for url in (
        source.get_absolute_url(),
        exchange.get_absolute_url(),
        tranche.get_absolute_url(),
        "/search/?q=Russia+released",
        "/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        if url != "/":
            _assert_escaped(response.content.decode())


def test_the_source_page_marks_claims_without_trusting_their_text(client, hostile_article):
    *_, source = hostile_article
    page = client.get(source.get_absolute_url()).content.decode()
    claim = source.claims.get()
    assert f'<mark id="claim-{claim.pk}">Russia released 10 people &lt;script&gt;' in page
    assert 'href="javascript:' not in page  # a stored javascript: URL is not made a link


def test_the_feed_escapes_titles_and_descriptions(client, hostile_article):
    feed = client.get("/feeds/tranches.atom").content.decode()
    assert "<script>" not in feed


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/tranches/",
        "/methodology/",
        "/search/?q=ab",
        "/exchanges/nope/",
        "/feeds/tranches.atom",
    ],
)
def test_every_page_has_a_strict_content_security_policy(client, db, url):
    policy = client.get(url)["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "style-src 'self'" in policy
    assert "img-src 'self' data:" in policy
    assert "frame-ancestors 'none'" in policy


def test_pages_other_than_the_widget_refuse_framing(client, hostile_article):
    exchange, *_ = hostile_article
    assert client.get(exchange.get_absolute_url())["X-Frame-Options"] == "DENY"


def test_the_pages_use_no_inline_script_or_style(client, hostile_article):
    exchange, tranche, source = hostile_article
    for url in (
        "/",
        exchange.get_absolute_url(),
        tranche.get_absolute_url(),
        source.get_absolute_url(),
        f"/embed/exchanges/{exchange.slug}/",
    ):
        page = client.get(url).content.decode()
        assert "<script" not in page.replace("&lt;script", "")
        assert " style=" not in page and "<style" not in page


class _Claim:
    def __init__(self, pk, start, end, quote=""):
        self.pk, self.quote_start, self.quote_end, self.quote = pk, start, end, quote


def test_highlight_survives_overlapping_and_out_of_range_offsets():
    text = "<b>Alpha</b> beta gamma"
    claims = [
        _Claim(1, 0, 12),  # the tag itself: escaped inside the mark
        _Claim(2, 5, 17),  # overlaps the first: trimmed to start after it
        _Claim(3, 2, 4),  # inside the first: no mark of its own
        _Claim(4, 500, 900),  # beyond the text
        _Claim(5, 18, 99),  # runs past the end: clipped
    ]
    spans, unmarked = claim_spans(text, claims)
    html = str(highlight(text, spans))
    assert html == (
        '<mark id="claim-1">&lt;b&gt;Alpha&lt;/b&gt;</mark><mark id="claim-2"> beta</mark> '
        '<mark id="claim-5">gamma</mark>'
    )
    assert unmarked == {3, 4}


def test_highlight_finds_a_quote_whose_offsets_drifted():
    text = "Intro. Russia released 5. End."
    spans, unmarked = claim_spans(text, [_Claim(7, 0, 5, quote="Russia released 5.")])
    assert str(highlight(text, spans)) == 'Intro. <mark id="claim-7">Russia released 5.</mark> End.'
    assert not unmarked


def test_claims_without_a_mark_keep_their_anchor_in_the_list(client, hostile_article):
    *_, source = hostile_article
    stray = Claim.objects.create(
        source=source,
        kind=Claim.Kind.RELEASE,
        count=3,
        quote="nowhere",
        quote_start=9000,
        quote_end=9100,
    )
    page = client.get(source.get_absolute_url()).content.decode()
    assert f'<li id="claim-{stray.pk}">' in page
