"""HTTP behaviour: conditional requests, caching headers, CORS, throttling, error bodies."""

import pytest
from django.db import OperationalError
from django.utils.http import http_date
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from exchanges.models import Release

pytestmark = pytest.mark.django_db

TOTALS = "/api/v1/exchanges/1000-for-1000/totals/"
PUBLIC_READS = [
    "/api/v1/",
    "/api/v1/health/",
    "/api/v1/exchanges/",
    "/api/v1/exchanges/1000-for-1000/",
    TOTALS,
    "/api/v1/totals/",
    "/api/v1/tranches/",
    "/api/v1/parties/",
    "/api/v1/parties/russia/",
    "/api/v1/sources/",
    "/api/v1/claims/",
]


def _error(response, status, code):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert (body["error"]["status"], body["error"]["code"]) == (status, code)
    assert body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize("url", PUBLIC_READS)
def test_it_answers_every_public_read_with_cors_and_a_validator(api, may_2025, url):
    response = api.get(url)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"].startswith('"')
    assert "Cache-Control" in response


def test_it_answers_304_when_the_etag_still_matches(api, may_2025):
    first = api.get(TOTALS)
    assert first["Cache-Control"] == "public, max-age=60"
    again = api.get(TOTALS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert api.get(TOTALS, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_it_answers_304_to_if_modified_since_until_the_data_changes(api, may_2025):
    first = api.get(TOTALS)
    since = first["Last-Modified"]
    assert api.get(TOTALS, HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    assert api.get(TOTALS, HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


def test_it_changes_the_etag_when_a_figure_changes(api, may_2025):
    first = api.get(TOTALS)
    release = Release.objects.filter(released_by__name="Russia").first()
    release.count += 1
    release.save()
    changed = api.get(TOTALS, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["sides"][0]["released"] == 1001
    assert changed["ETag"] != first["ETag"]


def test_it_serves_a_repeated_read_from_the_cache_in_one_query(
    api, may_2025, django_assert_num_queries
):
    api.get("/api/v1/tranches/")
    with django_assert_num_queries(1):  # the data version only
        cached = api.get("/api/v1/tranches/")
    assert cached.status_code == 200
    assert cached.json()["count"] == 3


def test_it_keeps_csv_and_json_apart_in_the_cache(api, may_2025):
    assert api.get(TOTALS).json()["exchange"] == "1000-for-1000"
    assert api.get(TOTALS, HTTP_ACCEPT="text/csv")["Content-Type"].startswith("text/csv")
    assert api.get(TOTALS)["Content-Type"] == "application/json"


def test_it_answers_a_read_only_cors_preflight(api, may_2025):
    response = api.options(
        "/api/v1/tranches/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_it_gives_no_cors_to_writes(api, editor_api, may_2025):
    preflight = api.options(
        "/api/v1/sources/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in preflight
    write = editor_api.post("/api/v1/sources/", {"content": "Some text."}, format="json")
    assert "Access-Control-Allow-Origin" not in write
    assert write["Cache-Control"] == "no-store"
    release = Release.objects.first()
    refused = api.post(f"/api/v1/releases/{release.pk}/editor-value/", {}, format="json")
    assert "Access-Control-Allow-Origin" not in refused


def test_it_throttles_anonymous_clients_with_429_and_retry_after(api, may_2025, settings):
    settings.REST_FRAMEWORK = settings.REST_FRAMEWORK | {
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"}
    }
    statuses = [api.get("/api/v1/health/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get(TOTALS)
    error = _error(response, 429, "throttled")
    assert 0 < int(response["Retry-After"]) <= 60
    assert error["details"]["retry_after"] == int(response["Retry-After"])


def test_it_does_not_throttle_an_editor(editor_api, may_2025, settings):
    settings.REST_FRAMEWORK = settings.REST_FRAMEWORK | {
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute"}
    }
    assert {editor_api.get("/api/v1/health/").status_code for _ in range(3)} == {200}


def test_it_answers_unknown_api_paths_with_a_json_404(api, db):
    for method in ("get", "post", "delete"):
        error = _error(getattr(api, method)("/api/v1/no-such-thing/"), 404, "not_found")
        assert "/api/v1/no-such-thing/" in error["message"]
    _error(api.get("/api/v1/exchanges/no-such-exchange/"), 404, "not_found")
    _error(api.get("/api/v1/tranches/-1/"), 404, "not_found")


def test_it_answers_405_for_a_method_an_endpoint_lacks(editor_api, may_2025):
    _error(editor_api.delete("/api/v1/exchanges/1000-for-1000/"), 405, "method_not_allowed")


def test_it_answers_400_for_a_body_that_is_not_json(editor_api, db):
    response = editor_api.post("/api/v1/sources/", "{not json", content_type="application/json")
    _error(response, 400, "parse_error")
    response = editor_api.post("/api/v1/sources/", "a=b", content_type="text/plain")
    _error(response, 415, "unsupported_media_type")


def test_it_answers_503_when_the_database_is_down(api, may_2025, monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("exchanges.api.views.exchange_totals", down)
    response = api.get(TOTALS + "?fresh=1")
    _error(response, 503, "service_unavailable")
    assert response["Retry-After"] == "30"


def test_it_answers_404_for_a_page_beyond_the_last(api, may_2025):
    _error(api.get("/api/v1/tranches/?page=99999999999999999999"), 404, "not_found")
    _error(api.get("/api/v1/tranches/?page=zero"), 404, "not_found")
    assert len(api.get("/api/v1/tranches/?page_size=1").json()["results"]) == 1


def test_it_pages_with_a_stable_order(api, may_2025):
    seen = []
    for page in (1, 2, 3):
        body = api.get(f"/api/v1/claims/?page_size=2&page={page}&ordering=count").json()
        seen += [row["id"] for row in body["results"]]
    assert len(seen) == len(set(seen)) == 6


@pytest.mark.parametrize(
    "query",
    ["ordering=,", "ordering=-", "ordering=date,,-date", "page=-1", "page_size=-5", "page=0",
     "party=%00", "exchange=%F0%9F%92%A3", "date_after=99999-01-01", "source=1e3", "format=xml"],
)  # fmt: skip
def test_it_never_answers_500_to_known_odd_inputs(api, may_2025, query):
    for url in ("/api/v1/tranches/", "/api/v1/claims/", "/api/v1/totals/"):
        response = api.get(f"{url}?{query}")
        assert response.status_code in (200, 400, 404), (url, query, response.status_code)
        if response.status_code != 200:
            assert response.json()["error"]["status"] == response.status_code


WEIRD = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=WEIRD, param=st.sampled_from(
    ["exchange", "party", "date_after", "status", "ordering", "page", "page_size", "as_of",
     "format", "source", "kind"]
))  # fmt: skip
def test_it_never_answers_500_to_odd_query_parameters(api, may_2025, value, param):
    for url in ("/api/v1/tranches/", "/api/v1/claims/", "/api/v1/totals/", TOTALS):
        response = api.get(url, {param: value})
        assert response.status_code < 500, (url, param, value, response.content)


def test_it_reuses_the_data_version_for_api_version_ttl_seconds(
    api, may_2025, settings, django_assert_num_queries
):
    settings.API_VERSION_TTL = 60
    api.get(TOTALS)
    with django_assert_num_queries(0):
        assert api.get(TOTALS).status_code == 200


def test_it_answers_a_path_with_a_newline_with_a_json_404(api, db):
    response = api.get("/api/v1/claims/%0A/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_the_throttle_window_resets_and_counts_each_client_apart(api, may_2025, settings):
    from config.api.throttling import AnonThrottle

    settings.REST_FRAMEWORK = settings.REST_FRAMEWORK | {
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"}
    }
    assert [api.get("/api/v1/health/").status_code for _ in range(3)] == [200, 200, 429]
    other = api.get("/api/v1/health/", REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200
    throttle = AnonThrottle()
    assert throttle.duration == 60
