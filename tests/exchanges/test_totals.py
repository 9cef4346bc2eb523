"""The one totals selector: symmetric, asymmetric, undisclosed, and bodies kept out."""

import datetime

import pytest

from exchanges.models import BodyRepatriation, Exchange
from exchanges.selectors import exchange_totals, exchange_totals_one
from tests import factories

pytestmark = pytest.mark.django_db


def _side(totals, party):
    return next(side for side in totals.sides if side.party == party)


def _may_2025():
    exchange = factories.exchange(
        "1,000 for 1,000", targets={"Russia": 1000, "Ukraine": 1000}, venue="Istanbul"
    )
    for date, count, military, civilian in [
        ("2025-05-23", 390, 270, 120),
        ("2025-05-24", 307, 307, None),
        ("2025-05-25", 303, 303, None),
    ]:
        cats = {"military": military} | ({"civilian": civilian} if civilian else {})
        factories.tranche(
            exchange,
            date,
            [("Russia", "Ukraine", count, cats), ("Ukraine", "Russia", count, cats)],
        )
    return exchange


def test_symmetric_exchange_reaches_its_target_on_both_sides():
    totals = exchange_totals_one(_may_2025())
    for party in ("Russia", "Ukraine"):
        side = _side(totals, party)
        assert (side.target, side.released, side.remaining, side.percent) == (1000, 1000, 0, 100.0)
        assert side.by_category == {"military": 880, "civilian": 120}
        assert side.undisclosed_tranches == 0
    assert totals.tranches == 3
    assert totals.first_release == datetime.date(2025, 5, 23)
    assert totals.last_release == datetime.date(2025, 5, 25)
    assert totals.disputed is False


def test_asymmetric_exchange_counts_each_side_on_its_own():
    exchange = factories.exchange("January 2024 swap", targets={"Russia": None, "Ukraine": None})
    factories.tranche(
        exchange, "2024-01-03", [("Russia", "Ukraine", 230), ("Ukraine", "Russia", 248)]
    )
    totals = exchange_totals_one(exchange)
    assert _side(totals, "Russia").released == 230
    assert _side(totals, "Ukraine").released == 248
    assert _side(totals, "Russia").target is None
    assert _side(totals, "Russia").percent is None
    assert _side(totals, "Russia").remaining is None


def test_undisclosed_releases_are_counted_apart_from_the_sum():
    exchange = factories.exchange("Undisclosed", targets={"Russia": 100, "Ukraine": 100})
    factories.tranche(
        exchange, "2025-06-09", [("Russia", "Ukraine", None), ("Ukraine", "Russia", None)]
    )
    factories.tranche(
        exchange, "2025-06-10", [("Russia", "Ukraine", 40), ("Ukraine", "Russia", None)]
    )
    totals = exchange_totals_one(exchange)
    assert (_side(totals, "Russia").released, _side(totals, "Russia").undisclosed_tranches) == (
        40,
        1,
    )
    assert (_side(totals, "Ukraine").released, _side(totals, "Ukraine").undisclosed_tranches) == (
        0,
        2,
    )
    assert _side(totals, "Russia").remaining == 60


def test_bodies_are_never_prisoners_released():
    exchange = _may_2025()
    BodyRepatriation.objects.create(
        exchange=exchange,
        date=datetime.date(2025, 6, 11),
        released_by=factories.party("Russia"),
        received_by=factories.party("Ukraine"),
        count=1212,
    )
    assert _side(exchange_totals_one(exchange), "Russia").released == 1000


def test_releases_of_another_exchange_do_not_leak_into_these_totals():
    may = _may_2025()
    other = factories.exchange("Later swap", targets={"Russia": 84, "Ukraine": 84})
    factories.tranche(other, "2025-10-02", [("Russia", "Ukraine", 84)])
    assert _side(exchange_totals_one(may), "Russia").released == 1000
    assert _side(exchange_totals_one(other), "Russia").released == 84


def test_totals_for_many_exchanges_take_a_constant_number_of_queries(django_assert_max_num_queries):
    for index in range(5):
        exchange = factories.exchange(f"Swap {index}", targets={"Russia": 10, "Ukraine": 10})
        factories.tranche(exchange, f"2025-01-0{index + 1}", [("Russia", "Ukraine", 10)])
    with django_assert_max_num_queries(5):  # the exchanges themselves + four aggregates
        results = exchange_totals(Exchange.objects.all())
    assert [_side(t, "Russia").released for t in results] == [10] * 5
