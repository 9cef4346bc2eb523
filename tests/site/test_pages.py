"""The public pages: what a journalist reads on each, and the same query count at any size."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Source
from exchanges.models import BodyRepatriation, Exchange
from exchanges.selectors import exchange_totals_one
from tests import factories
from tests.site import builders

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return response.content.decode()


def test_home_shows_exchanges_in_progress_with_progress_and_latest_tranches(
    client, sourced_exchange
):
    page = _text(client.get("/"))
    assert "In progress" in page and sourced_exchange.title in page
    assert 'data-released="1000"' in page and "100%" in page
    assert "Latest tranches" in page and "/tranches/" in page
    assert "Last updated" in page


def test_exchange_page_shows_the_selectors_totals_per_side(client, sourced_exchange):
    totals = exchange_totals_one(sourced_exchange)
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    for side in totals.sides:
        assert f'data-side="{side.party_slug}"' in page
        assert f'data-released="{side.released}"' in page
    assert "1,000" in page


def test_exchange_page_quotes_every_source_of_every_figure(client, sourced_exchange):
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    assert "Russia released 390 prisoners on 23 May." in page
    assert "The sides agreed to exchange 1,000 prisoners each." in page  # the target's source
    assert re.search(r"/sources/\d+/#claim-\d+", page)


def test_exchange_page_flags_a_disputed_figure_with_both_versions(client, sourced_exchange):
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    assert "Disputed figure." in page
    assert "392 prisoners were released by Ukraine" in page
    assert "Ukraine released 390 prisoners on 23 May." in page


def test_exchange_page_chart_is_an_accessible_inline_svg(client, sourced_exchange):
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert '<title id="chart-title">' in svg and '<desc id="chart-desc">' in svg
    assert "Russia released 1,000 of an agreed 1,000" in svg
    assert "<polyline" in svg and "<script" not in page


def test_exchange_page_offers_citation_downloads_embed_and_open_graph(client, sourced_exchange):
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    slug = sourced_exchange.slug
    assert f"/api/v1/exchanges/{slug}/totals/?format=csv" in page
    assert f"/api/v1/exchanges/{slug}/totals/?format=json" in page
    assert f"/api/v1/tranches/?exchange={slug}&amp;format=csv" in page
    assert f"/embed/exchanges/{slug}/" in page
    assert "Cite this" in page and f"http://testserver/exchanges/{slug}/" in page
    assert "accessed <time" in page
    assert '<meta property="og:title" content="1,000 for 1,000">' in page
    assert 'media="print"' in page


def test_exchange_page_keeps_bodies_apart(client, sourced_exchange):
    BodyRepatriation.objects.create(
        exchange=sourced_exchange,
        date=datetime.date(2025, 6, 11),
        released_by=factories.party("Russia"),
        received_by=factories.party("Ukraine"),
        count=1212,
    )
    page = _text(client.get(sourced_exchange.get_absolute_url()))
    assert "1,212 bodies" in page
    assert 'data-released="1000"' in page


def test_draft_exchanges_and_their_tranches_are_not_public(client):
    draft = factories.exchange(
        "Secret talks", targets={"A": 5, "B": 5}, status=Exchange.Status.DRAFT
    )
    tranche = factories.tranche(draft, "2025-01-01", [("A", "B", 5)])
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(tranche.get_absolute_url()).status_code == 404
    assert client.get(f"/embed/exchanges/{draft.slug}/").status_code == 404
    assert "Secret talks" not in _text(client.get("/"))
    assert "Secret talks" not in _text(client.get("/tranches/"))
    assert "Secret talks" not in _text(client.get("/feeds/tranches.atom"))


def test_tranche_page_shows_each_direction_with_all_its_quotes(client, sourced_exchange):
    tranche = sourced_exchange.tranches.order_by("date").first()
    page = _text(client.get(tranche.get_absolute_url()))
    assert "Tranche of 23 May 2025" in page
    assert "Russia → Ukraine" in page and "Ukraine → Russia" in page
    assert "392 prisoners were released by Ukraine" in page
    assert "Cite this" in page


def test_party_page_lists_its_exchanges_and_tranches(client, sourced_exchange):
    page = _text(client.get("/parties/ukraine/"))
    assert sourced_exchange.title in page and "Recent tranches" in page
    assert "/tranches/?party=ukraine" in page


def test_methodology_reads_accuracy_from_the_data_file(client, settings, tmp_path):
    settings.SITE_ACCURACY_FILE = tmp_path / "missing.json"
    page = _text(client.get("/methodology/"))
    assert "Deduplication" in page and "see README" in page
    data = tmp_path / "accuracy.json"
    data.write_text('{"corpus": "34 articles", "figures": [{"label": "Recall", "value": "97%"}]}')
    settings.SITE_ACCURACY_FILE = data
    page = _text(client.get("/methodology/"))
    assert "Recall" in page and "97%" in page


def test_search_finds_exchanges_parties_and_articles(client, sourced_exchange):
    page = _text(client.get("/search/", {"q": "Ukraine"}))
    assert "/parties/ukraine/" in page and "/sources/" in page
    assert "<mark>Ukraine</mark>" in page
    assert sourced_exchange.title in _text(client.get("/search/", {"q": "1,000 for"}))


def test_search_refuses_too_short_or_too_long_terms_clearly(client, db):
    short = client.get("/search/", {"q": "x"})
    assert short.status_code == 400 and "at least two characters" in _text(short)
    long = client.get("/search/", {"q": "y" * 500})
    assert long.status_code == 400 and "under 100 characters" in _text(long)


def test_embed_widget_can_be_framed_and_carries_its_citation(client, sourced_exchange):
    response = client.get(f"/embed/exchanges/{sourced_exchange.slug}/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    page = _text(response)
    assert "Source: Prisoner Exchange Tracker" in page and "accessed" in page
    assert 'data-released="1000"' in page


def test_feed_lists_new_and_corrected_tranches(client, sourced_exchange, django_user_model):
    from exchanges.services import release_set_editor_value

    release = sourced_exchange.tranches.order_by("date").first().releases.first()
    editor = django_user_model.objects.create(username="ed")
    release_set_editor_value(release=release, count=391, editor=editor, reason="Official list")
    response = client.get("/feeds/tranches.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = _text(response)
    assert feed.count("<entry>") == 3
    assert "Corrected: 23 May 2025" in feed
    assert "<updated>" in feed


PAGES = [
    lambda exchange: "/",
    lambda exchange: exchange.get_absolute_url(),
    lambda exchange: exchange.tranches.order_by("date").first().get_absolute_url(),
    lambda exchange: "/parties/russia/",
    lambda exchange: "/tranches/",
    lambda exchange: f"/tranches/?exchange={exchange.slug}&party=russia&year=2025",
    lambda exchange: Source.objects.order_by("pk").first().get_absolute_url(),
    lambda exchange: "/search/?q=released",
    lambda exchange: f"/embed/exchanges/{exchange.slug}/",
    lambda exchange: "/feeds/tranches.atom",
    lambda exchange: "/methodology/",
]
MAX_QUERIES = 14


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200, url
    return len(context)


@pytest.mark.parametrize("page", range(len(PAGES)))
def test_every_page_runs_the_same_queries_for_one_or_many_tranches(
    client, page, django_assert_max_num_queries
):
    one = builders.sourced_exchange(1, title="Small")
    small = _queries(client, PAGES[page](one))
    many = builders.sourced_exchange(9, title="Large")
    factories.exchange("Another", targets={"Russia": 5, "Ukraine": 5})
    with django_assert_max_num_queries(MAX_QUERIES):
        large = _queries(client, PAGES[page](many))
    assert large == small
