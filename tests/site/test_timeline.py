"""The timeline: every public tranche in date order, filtered by a validated GET form."""

import pytest

from tests import factories
from tests.site import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_exchanges(db):
    may = builders.sourced_exchange(3)
    older = factories.exchange("January swap", targets={"Israel": None, "Hamas": None})
    factories.tranche(older, "2024-01-19", [("Hamas", "Israel", 3), ("Israel", "Hamas", 90)])
    factories.tranche(None, "2023-06-01", [("Russia", "Ukraine", None)])  # not yet assigned
    return may, older


def _dates(response) -> list[str]:
    return [tranche.date.isoformat() for tranche in response.context["page"].object_list]


def test_it_lists_every_public_tranche_newest_first_with_permalinks(client, two_exchanges):
    response = client.get("/tranches/")
    assert _dates(response) == [
        "2025-05-25",
        "2025-05-24",
        "2025-05-23",
        "2024-01-19",
        "2023-06-01",
    ]
    page = response.content.decode()
    for tranche in response.context["page"].object_list:
        assert f'href="{tranche.get_absolute_url()}"' in page
    assert "Not yet assigned to an exchange" in page


def test_it_orders_oldest_first_on_request(client, two_exchanges):
    assert _dates(client.get("/tranches/", {"order": "oldest"}))[0] == "2023-06-01"


def test_it_filters_by_exchange_party_and_year(client, two_exchanges):
    may, _ = two_exchanges
    assert len(_dates(client.get("/tranches/", {"exchange": may.slug}))) == 3
    assert _dates(client.get("/tranches/", {"party": "hamas"})) == ["2024-01-19"]
    assert _dates(client.get("/tranches/", {"year": "2024"})) == ["2024-01-19"]
    assert _dates(client.get("/tranches/", {"party": "russia", "year": "2023"})) == ["2023-06-01"]
    assert _dates(client.get("/tranches/", {"exchange": may.slug, "year": "2024"})) == []


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "1999"},
        {"party": "<script>alert(1)</script>"},
        {"exchange": "no-such-exchange"},
        {"order": "sideways"},
        {"year": "9" * 400},
    ],
)
def test_bad_filter_values_get_a_clear_message_not_a_500(client, two_exchanges, query):
    response = client.get("/tranches/", query)
    assert response.status_code == 400
    page = response.content.decode()
    assert "These filters could not be applied" in page
    assert "is not one of the choices" in page
    assert "<script>alert(1)</script>" not in page


def test_it_paginates_and_survives_bad_page_numbers(client, db):
    exchange = factories.exchange("Long", targets={"A": None, "B": None})
    for day in range(1, 31):
        factories.tranche(exchange, f"2024-03-{day:02d}", [("A", "B", day)])
    first = client.get("/tranches/", {"exchange": "long"})
    assert len(_dates(first)) == 25 and "page=2" in first.content.decode()
    assert "exchange=long&amp;page=2" in first.content.decode()
    second = client.get("/tranches/", {"exchange": "long", "page": "2"})
    assert _dates(second) == ["2024-03-05", "2024-03-04", "2024-03-03", "2024-03-02", "2024-03-01"]
    for page in ("0", "abc", "999"):
        assert client.get("/tranches/", {"page": page}).status_code == 200
