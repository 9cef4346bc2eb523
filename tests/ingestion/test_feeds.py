"""RSS/Atom feeds: every item's page is fetched, stored and parsed; polling again adds nothing."""

from http.server import SimpleHTTPRequestHandler

import pytest

from articles import services
from articles.models import Feed, Source
from tests.ingestion.conftest import CORPUS, serving

PAGES = {
    "/2025/05/24/second-day-of-swap-307-more-freed": "html-001.html",
    "/2025/05/25/final-stage-completes-1000-for-1000-exchange": "html-002.html",
    "/2025/01/25/four-soldiers-freed-israel-releases-200-prisoners": "html-003.html",
    "/2025/08/24/independence-day-swap-journalists-freed": "html-004.html",
}


class NewsSite(SimpleHTTPRequestHandler):
    base = ""

    def do_GET(self):
        if self.path == "/feed.xml":
            body = (CORPUS / "feed.xml").read_text(encoding="utf-8")
            body = body.replace("https://news.example.org", self.base).encode()
            media = "application/rss+xml"
        elif self.path in PAGES:
            body, media = (CORPUS / PAGES[self.path]).read_bytes(), "text/html; charset=utf-8"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def news_site(settings):
    with serving(NewsSite, settings) as base:
        NewsSite.base = base
        yield base


@pytest.mark.django_db
def test_polling_a_feed_ingests_each_item_once(
    news_site, django_capture_on_commit_callbacks, celery_eager
):
    feed = Feed.objects.create(url=news_site + "/feed.xml", outlet="The Meridian Ledger")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.feed_poll(feed) == 4
    assert Source.objects.filter(status=Source.Status.PARSED, feed=feed).count() == 4
    assert all(source.extracted_text for source in Source.objects.all())
    with django_capture_on_commit_callbacks(execute=True):
        assert services.feed_poll(feed) == 0
    feed.refresh_from_db()
    assert feed.last_polled_at and not feed.last_error
    assert feed.title == "The Meridian Ledger - World"


@pytest.mark.django_db
def test_an_unreachable_feed_records_its_error(settings):
    feed = Feed.objects.create(url="http://127.0.0.1:9/feed.xml")
    assert services.feed_poll(feed) == 0
    feed.refresh_from_db()
    assert "non-public" in feed.last_error
