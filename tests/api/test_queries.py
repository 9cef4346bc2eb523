"""Every endpoint runs a constant number of queries, whatever the number of rows."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.api import conditional as api_conditional
from exchanges.models import Exchange, Release, Tranche
from tests import factories

from .conftest import source_with_claim

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/exchanges/",
    "/api/v1/exchanges/swap/",
    "/api/v1/exchanges/swap/totals/",
    "/api/v1/exchanges/swap/totals/?as_of={today}",
    "/api/v1/totals/",
    "/api/v1/totals/?as_of={today}",
    "/api/v1/tranches/",
    "/api/v1/tranches/?party=ukraine&status=assigned&date_after=2020-01-01",
    "/api/v1/tranches/{tranche}/",
    "/api/v1/releases/{release}/",
    "/api/v1/parties/",
    "/api/v1/parties/russia/",
    "/api/v1/sources/",
    "/api/v1/sources/{source}/",
    "/api/v1/sources/{source}/status/",
    "/api/v1/claims/",
    "/api/v1/claims/?exchange=swap",
    "/api/v1/totals/?format=csv",
]


def _exchange(number: int) -> Exchange:
    slug = "swap" if number == 0 else f"swap-{number}"
    existing = Exchange.objects.filter(slug=slug).first()
    if existing:
        return existing
    exchange = factories.exchange(
        slug,
        targets={"Russia": 1000, "Ukraine": 1000, f"Mediator {number}": None},
        agreed_on=datetime.date(2025, 1, 1),
    )
    exchange.mediators.add(factories.party(f"Mediator {number}"))
    return exchange


def _build(exchanges: int, tranches: int):
    for number in range(exchanges):
        exchange = _exchange(number)
        for day in range(tranches):
            tranche = factories.tranche(
                exchange,
                (datetime.date(2025, 1, 2) + datetime.timedelta(days=day)).isoformat(),
                [("Russia", "Ukraine", 10, {"military": 10}), ("Ukraine", "Russia", None)],
            )
            for release in tranche.releases.all():
                source_with_claim(release, quote=f"{release} {number}/{day}", count=10)
                source_with_claim(release, quote=f"{release} again {number}/{day}", count=10)


def _url(url: str) -> str:
    return url.format(
        today=datetime.date.today().isoformat(),
        tranche=Tranche.objects.filter(exchange__slug="swap").order_by("pk").first().pk,
        release=Release.objects.filter(tranche__exchange__slug="swap").order_by("pk").first().pk,
        source=Release.objects.order_by("pk").first().claims.first().source_id,
    )


def _get(api, url: str) -> int:
    """Queries run by one uncached request."""
    cache.clear()
    api_conditional.clear_local_entries()
    with CaptureQueriesContext(connection) as captured:
        response = api.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return len(captured)


@pytest.fixture
def few(db):
    _build(exchanges=1, tranches=1)


@pytest.fixture
def many(db):
    _build(exchanges=4, tranches=6)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_it_runs_the_same_number_of_queries_for_one_row_and_many(
    api, url, request, django_assert_max_num_queries
):
    request.getfixturevalue("few")
    with_one = _get(api, _url(url))
    request.getfixturevalue("many")  # adds rows to the same database
    url = _url(url)
    with django_assert_max_num_queries(with_one):
        _get(api, url)
    assert with_one <= 7, url
