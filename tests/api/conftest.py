"""API fixtures: a clean cache per test (responses are cached by data version), a client, an
editor with a token, and a small sourced exchange."""

import datetime

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from articles.models import Claim, Source
from config.api import conditional as api_conditional
from tests import factories


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    api_conditional.clear_local_entries()
    api_conditional._remembered.update(at=-1e9, value=None)
    yield
    cache.clear()
    api_conditional.clear_local_entries()


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password="x")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_source", "change_release"])
    )
    return user


@pytest.fixture
def editor_api(editor):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    return client


def source_with_claim(release, *, count=None, quote="Ukraine freed 390 prisoners.", url=None):
    source = Source.objects.create(
        url=url,
        title="Exchange day one",
        outlet="Example News",
        published_on=datetime.date(2025, 5, 23),
        raw_content=quote,
        content_hash=f"hash-{release.pk}-{quote}",
        status=Source.Status.PARSED,
    )
    Claim.objects.create(
        source=source,
        kind=Claim.Kind.RELEASE,
        released_by=release.released_by,
        received_by=release.received_by,
        count=release.count if count is None else count,
        event_date=release.tranche.date,
        quote=quote,
        quote_start=0,
        quote_end=len(quote),
        release=release,
        exchange=release.tranche.exchange,
    )
    return source


@pytest.fixture
def may_2025(db):
    """Three tranches of 1,000 for 1,000, each release backed by one claim."""
    exchange = factories.exchange(
        "1,000 for 1,000",
        targets={"Russia": 1000, "Ukraine": 1000},
        venue="Istanbul",
        agreed_on=datetime.date(2025, 5, 16),
    )
    for date, count, military, civilian in [
        ("2025-05-23", 390, 270, 120),
        ("2025-05-24", 307, 307, None),
        ("2025-05-25", 303, 303, None),
    ]:
        cats = {"military": military} | ({"civilian": civilian} if civilian else {})
        tranche = factories.tranche(
            exchange, date, [("Russia", "Ukraine", count, cats), ("Ukraine", "Russia", count, cats)]
        )
        for release in tranche.releases.all():
            source_with_claim(
                release,
                quote=f"{release.released_by} freed {count} on {date}.",
                url=f"https://news.example/{date}/{release.released_by.slug}",
            )
    return exchange
