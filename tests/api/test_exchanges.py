"""Exchanges and parties: public lists and details, drafts hidden, filters, CSV."""

import csv
import io

import pytest

from exchanges.models import Exchange
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_lists_public_exchanges_with_their_sides(api, may_2025):
    body = api.get("/api/v1/exchanges/").json()
    assert body["count"] == 1
    exchange = body["results"][0]
    assert exchange["slug"] == "1000-for-1000"
    assert [(side["party"]["name"], side["target"]) for side in exchange["sides"]] == [
        ("Russia", 1000),
        ("Ukraine", 1000),
    ]
    assert exchange["totals_url"].endswith("/api/v1/exchanges/1000-for-1000/totals/")
    assert exchange["tranches_url"].endswith("/api/v1/tranches/?exchange=1000-for-1000")


def test_it_hides_draft_exchanges_from_lists_and_details(api, may_2025):
    factories.exchange("Secret talks", targets={"Russia": 5}, status=Exchange.Status.DRAFT)
    assert [row["slug"] for row in api.get("/api/v1/exchanges/").json()["results"]] == [
        "1000-for-1000"
    ]
    assert api.get("/api/v1/exchanges/secret-talks/").status_code == 404
    assert api.get("/api/v1/exchanges/secret-talks/totals/").status_code == 404
    assert api.get("/api/v1/exchanges/?status=draft").status_code == 400


def test_it_shows_one_exchange_by_slug(api, may_2025):
    response = api.get("/api/v1/exchanges/1000-for-1000/")
    assert response.status_code == 200
    assert response.json()["venue"] == "Istanbul"


def test_it_filters_exchanges_by_party_and_agreement_date(api, may_2025):
    factories.exchange("Gaza truce", targets={"Israel": 90, "Hamas": 3})
    assert [e["slug"] for e in api.get("/api/v1/exchanges/?party=hamas").json()["results"]] == [
        "gaza-truce"
    ]
    after = api.get("/api/v1/exchanges/?agreed_after=2025-05-01").json()["results"]
    assert [e["slug"] for e in after] == ["1000-for-1000"]


def test_it_orders_exchanges_on_request_and_refuses_unknown_orderings(api, may_2025):
    factories.exchange("Another", targets={"Russia": 1})
    titles = [e["title"] for e in api.get("/api/v1/exchanges/?ordering=title").json()["results"]]
    assert titles == ["1,000 for 1,000", "Another"]
    response = api.get("/api/v1/exchanges/?ordering=secret_field")
    assert response.status_code == 400
    assert "ordering" in response.json()["error"]["details"]


def test_it_exports_exchanges_as_csv_one_row_per_side(api, may_2025):
    response = api.get("/api/v1/exchanges/", HTTP_ACCEPT="text/csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(row["slug"], row["sides.party.name"], row["sides.target"]) for row in rows] == [
        ("1000-for-1000", "Russia", "1000"),
        ("1000-for-1000", "Ukraine", "1000"),
    ]


def test_it_lists_parties_and_shows_one_with_its_aliases(api, may_2025):
    names = [p["name"] for p in api.get("/api/v1/parties/?page_size=100").json()["results"]]
    assert {"Russia", "Ukraine"} <= set(names)
    assert names == sorted(names)
    russia = api.get("/api/v1/parties/russia/").json()
    assert russia["slug"] == "russia"
    assert russia["tranches_url"].endswith("/api/v1/tranches/?party=russia")
    assert api.get("/api/v1/parties/?kind=nonsense").status_code == 400
