"""Safe fetching: a local test server, reachable only through the explicit test allowance."""

from http.server import BaseHTTPRequestHandler

import pytest

from articles.pipeline.fetch import FetchError, fetch
from tests.ingestion.conftest import serving

ARTICLE = (
    b"Published: 2025-05-24\nSwap\n\nRussia and Ukraine each released 390 prisoners on Friday."
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        routes = {
            "/article.txt": (200, "text/plain; charset=utf-8", ARTICLE),
            "/big.txt": (200, "text/plain", b"x" * 5000),
            "/image.png": (200, "image/png", b"\x89PNG"),
            "/missing": (404, "text/plain", b"no"),
        }
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/article.txt")
            self.end_headers()
            return
        status, media, body = routes.get(self.path, (404, "text/plain", b""))
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server(settings):
    with serving(Handler, settings) as base:
        yield base


def test_it_fetches_a_page_through_the_test_allowance(local_server):
    document = fetch(local_server + "/article.txt")
    assert document.content.startswith("Published: 2025-05-24")
    assert document.content_type == "text"


def test_it_follows_a_safe_redirect(local_server):
    assert fetch(local_server + "/redirect").final_url.endswith("/article.txt")


def test_it_refuses_a_redirect_to_the_metadata_address(local_server):
    with pytest.raises(FetchError, match="non-public"):
        fetch(local_server + "/to-metadata")


def test_it_refuses_a_document_over_the_size_limit(local_server):
    with pytest.raises(FetchError, match="larger than"):
        fetch(local_server + "/big.txt", max_bytes=1000)


def test_it_refuses_other_content_types(local_server):
    with pytest.raises(FetchError, match="content type"):
        fetch(local_server + "/image.png")


def test_it_reports_http_errors(local_server):
    with pytest.raises(FetchError, match="404"):
        fetch(local_server + "/missing")


def test_without_the_allowance_loopback_is_refused(local_server, settings):
    settings.FETCH_ALLOW_PRIVATE_HOSTS = []
    with pytest.raises(FetchError, match="non-public"):
        fetch(local_server + "/article.txt")


@pytest.mark.django_db
def test_a_url_submission_is_fetched_stored_and_parsed(
    local_server, django_capture_on_commit_callbacks, celery_eager
):
    from articles import services
    from articles.models import Source

    with django_capture_on_commit_callbacks(execute=True):
        source, created = services.source_submit(url=local_server + "/article.txt")
    source.refresh_from_db()
    assert created
    assert source.raw_content.startswith("Published: 2025-05-24")
    assert source.status == Source.Status.PARSED
