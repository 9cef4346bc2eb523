"""Tranches and releases: filters, and every figure linked to its claims and sources."""

import datetime

import pytest

from exchanges.models import Exchange, Release, Tranche
from tests import factories

pytestmark = pytest.mark.django_db


def _dates(api, query=""):
    return [row["date"] for row in api.get(f"/api/v1/tranches/{query}").json()["results"]]


def test_it_embeds_each_release_with_the_claims_and_sources_behind_it(api, may_2025):
    tranche = api.get("/api/v1/tranches/?date_after=2025-05-23&date_before=2025-05-23").json()
    release = tranche["results"][0]["releases"][0]
    assert release["count"] == 390
    assert release["categories"] == {"military": 270, "civilian": 120}
    [claim] = release["claims"]
    assert claim["count"] == 390
    assert claim["quote"].endswith("freed 390 on 2025-05-23.")
    assert claim["url"].endswith(f"/api/v1/claims/{claim['id']}/")
    assert claim["source_url"].endswith(f"/api/v1/sources/{claim['source']}/")
    assert claim["article_url"].startswith("https://news.example/2025-05-23/")


def test_it_lists_tranches_newest_first(api, may_2025):
    assert _dates(api) == ["2025-05-25", "2025-05-24", "2025-05-23"]
    assert _dates(api, "?ordering=date") == ["2025-05-23", "2025-05-24", "2025-05-25"]


def test_it_filters_tranches_by_exchange_party_and_date_range(api, may_2025):
    other = factories.exchange("Gaza truce", targets={"Israel": 90, "Hamas": 3})
    factories.tranche(other, "2025-01-19", [("Israel", "Hamas", 90)])
    assert _dates(api, "?exchange=gaza-truce") == ["2025-01-19"]
    assert _dates(api, "?party=hamas") == ["2025-01-19"]
    assert _dates(api, "?party=ukraine&date_after=2025-05-24") == ["2025-05-25", "2025-05-24"]
    assert _dates(api, "?date_before=2025-05-23") == ["2025-05-23", "2025-01-19"]


def test_it_filters_unassigned_and_disputed_tranches(api, may_2025):
    factories.tranche(None, "2025-06-01", [("Russia", "Ukraine", 10)])
    disputed = Tranche.objects.get(date=datetime.date(2025, 5, 24))
    Release.objects.filter(tranche=disputed).update(status=Release.Status.DISPUTED)
    assert _dates(api, "?status=unassigned") == ["2025-06-01"]
    assert _dates(api, "?status=disputed") == ["2025-05-24"]
    assert _dates(api, "?status=assigned") == ["2025-05-25", "2025-05-24", "2025-05-23"]


def test_it_names_the_parameter_of_an_invalid_filter(api, may_2025):
    response = api.get("/api/v1/tranches/?date_after=2025-13-45&status=lost")
    assert response.status_code == 400
    assert set(response.json()["error"]["details"]) == {"date_after", "status"}


def test_it_hides_tranches_of_draft_exchanges(api, may_2025):
    draft = factories.exchange("Draft", targets={"Russia": 1}, status=Exchange.Status.DRAFT)
    hidden = factories.tranche(draft, "2025-07-01", [("Russia", "Ukraine", 1)])
    assert "2025-07-01" not in _dates(api)
    assert api.get(f"/api/v1/tranches/{hidden.pk}/").status_code == 404
    assert api.get(f"/api/v1/releases/{hidden.releases.get().pk}/").status_code == 404


def test_it_shows_one_tranche_and_one_release(api, may_2025):
    tranche = Tranche.objects.get(date=datetime.date(2025, 5, 25))
    body = api.get(f"/api/v1/tranches/{tranche.pk}/").json()
    assert body["exchange"] == "1000-for-1000"
    release = tranche.releases.first()
    detail = api.get(f"/api/v1/releases/{release.pk}/").json()
    assert detail["count"] == 303
    assert detail["tranche_url"].endswith(f"/api/v1/tranches/{tranche.pk}/")
