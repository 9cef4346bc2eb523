"""Totals: the fixed shape, all exchanges, CSV, and as they were published on a past day."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from exchanges.models import Exchange, ExchangeParty, Release, Tranche
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/exchanges/1000-for-1000/totals/"


def test_it_gives_the_totals_of_one_exchange_in_the_agreed_shape(api, may_2025):
    body = api.get(URL).json()
    assert body["exchange"] == "1000-for-1000"
    assert body["title"] == "1,000 for 1,000"
    assert body["as_of"] == timezone.now().date().isoformat()
    russia = body["sides"][0]
    assert {key: russia[key] for key in list(russia)[:8]} | {} == {
        "party": "Russia",
        "party_slug": "russia",
        "target": 1000,
        "released": 1000,
        "remaining": 0,
        "percent": 100.0,
        "by_category": {"military": 880, "civilian": 120},
        "undisclosed_tranches": 0,
    }
    assert russia["releases_url"].endswith("/api/v1/tranches/?exchange=1000-for-1000&party=russia")
    assert (body["tranches"], body["first_release"], body["last_release"]) == (
        3,
        "2025-05-23",
        "2025-05-25",
    )
    assert (body["sources"], body["disputed"]) == (6, False)


def test_it_lists_the_totals_of_every_public_exchange(api, may_2025):
    factories.exchange("Gaza truce", targets={"Israel": 90, "Hamas": 3})
    factories.exchange("Draft", targets={"Russia": 5}, status=Exchange.Status.DRAFT)
    body = api.get("/api/v1/totals/").json()
    assert sorted(row["exchange"] for row in body["results"]) == ["1000-for-1000", "gaza-truce"]
    gaza = next(row for row in body["results"] if row["exchange"] == "gaza-truce")
    assert [(side["party"], side["target"], side["released"]) for side in gaza["sides"]] == [
        ("Hamas", 3, 0),
        ("Israel", 90, 0),
    ]


def test_it_exports_totals_as_csv_one_row_per_side(api, may_2025):
    response = api.get(URL + "?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [
        (r["sides.party"], r["sides.released"], r["sides.by_category.military"]) for r in rows
    ] == [
        ("Russia", "1000", "880"),
        ("Ukraine", "1000", "880"),
    ]
    listed = api.get("/api/v1/totals/", HTTP_ACCEPT="text/csv").content.decode()
    assert listed.splitlines()[0].startswith("exchange,title,")


def _publish_everything_on(day: datetime.date):
    """Pretend every record so far was written on `day` (history rows carry the date)."""
    when = datetime.datetime.combine(day, datetime.time(12), datetime.UTC)
    for model in (Exchange, ExchangeParty, Tranche, Release):
        model.history.model.objects.update(history_date=when)
    from articles.models import Claim

    Claim.objects.update(created_at=when)


def test_it_gives_totals_as_published_on_a_past_day(api, may_2025):
    _publish_everything_on(datetime.date(2025, 5, 26))
    release = Release.objects.get(
        tranche__date=datetime.date(2025, 5, 25), released_by__name="Russia"
    )
    release.count, release.military = 300, 300
    release.save()
    side = ExchangeParty.objects.get(exchange=may_2025, party__name="Russia")
    side.target = 1200
    side.save()
    factories.tranche(may_2025, "2025-06-01", [("Ukraine", "Russia", 50)])

    now = api.get(URL).json()
    then = api.get(URL + "?as_of=2025-05-26").json()
    before = api.get(URL + "?as_of=2025-05-25").json()

    assert [(s["party"], s["target"], s["released"]) for s in now["sides"]] == [
        ("Russia", 1200, 997),
        ("Ukraine", 1000, 1050),
    ]
    assert then["as_of"] == "2025-05-26"
    assert [(s["party"], s["target"], s["released"]) for s in then["sides"]] == [
        ("Russia", 1000, 1000),
        ("Ukraine", 1000, 1000),
    ]
    assert then["sides"][0]["by_category"] == {"military": 880, "civilian": 120}
    assert (then["tranches"], then["last_release"], then["sources"]) == (3, "2025-05-25", 6)
    assert (now["tranches"], now["last_release"]) == (4, "2025-06-01")
    assert before["sides"] == [] and before["tranches"] == 0


def test_it_gives_all_totals_as_of_a_day_without_later_exchanges(api, may_2025):
    _publish_everything_on(datetime.date(2025, 5, 26))
    Exchange.objects.filter(pk=may_2025.pk).update(
        created_at=datetime.datetime(2025, 5, 16, tzinfo=datetime.UTC)
    )
    factories.exchange("Gaza truce", targets={"Israel": 90, "Hamas": 3})
    body = api.get("/api/v1/totals/?as_of=2025-05-26").json()
    assert [row["exchange"] for row in body["results"]] == ["1000-for-1000"]
    assert body["results"][0]["sides"][1]["released"] == 1000


def test_it_counts_a_deleted_release_until_the_day_it_was_deleted(api, may_2025):
    _publish_everything_on(datetime.date(2025, 5, 26))
    Release.objects.get(
        tranche__date=datetime.date(2025, 5, 25), released_by__name="Ukraine"
    ).delete()
    assert api.get(URL).json()["sides"][1]["released"] == 697
    assert api.get(URL + "?as_of=2025-05-26").json()["sides"][1]["released"] == 1000


@pytest.mark.parametrize("value", ["2999-01-01", "yesterday", "2025-02-30", "\x00", "-1"])
def test_it_refuses_a_future_or_malformed_as_of_naming_the_parameter(api, may_2025, value):
    for url in (URL, "/api/v1/totals/"):
        response = api.get(url, {"as_of": value})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid"
        assert "as_of" in response.json()["error"]["details"]


def test_it_accepts_today_as_as_of(api, may_2025):
    today = timezone.now().date().isoformat()
    assert api.get(URL, {"as_of": today}).json()["sides"][0]["released"] == 1000
