import datetime

import pytest
from django.contrib.auth.models import Group

from articles.models import Claim, Source, content_hash
from exchanges import services as exchange_services
from tests import factories


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="correct horse battery")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def make_source(text: str, **fields) -> Source:
    return Source.objects.create(
        raw_content=text,
        extracted_text=text,
        content_hash=content_hash(text),
        status=Source.Status.PARSED,
        **fields,
    )


def claim_release(source, release, count, quote="They were released."):
    start = source.extracted_text.find(quote)
    return Claim.objects.create(
        source=source,
        kind=Claim.Kind.RELEASE,
        released_by=release.released_by,
        received_by=release.received_by,
        count=count,
        event_date=release.tranche.date,
        quote=quote,
        quote_start=max(start, 0),
        quote_end=max(start, 0) + len(quote),
        release=release,
    )


@pytest.fixture
def may_exchange():
    exchange = factories.exchange(
        "1,000 for 1,000",
        targets={"Russia": 1000, "Ukraine": 1000},
        agreed_on=datetime.date(2025, 5, 16),
    )
    tranche = factories.tranche(exchange, "2025-05-23", [("Russia", "Ukraine", None)])
    release = tranche.releases.get()
    for index, count in enumerate([390, 390, 370]):
        source = make_source(f"Article {index}. They were released.", title=f"Article {index}")
        claim_release(source, release, count)
    exchange_services.release_reconcile(release)
    return exchange
