"""Database constraints reject bad rows at the database level, not only in forms."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from exchanges.models import BodyRepatriation, ExchangeParty, Party, PartyAlias, Release, Tranche
from tests import factories

pytestmark = pytest.mark.django_db


def _tranche():
    return Tranche.objects.create(date=datetime.date(2025, 5, 23))


def _bulk_insert(model, **fields):
    """bulk_create skips model validation, so only the database can refuse the row."""
    with transaction.atomic():
        model.objects.bulk_create([model(**fields)])


def test_it_refuses_a_release_to_oneself():
    russia = factories.party("Russia")
    with pytest.raises(IntegrityError):
        _bulk_insert(Release, tranche=_tranche(), released_by=russia, received_by=russia, count=1)


def test_it_refuses_a_negative_count():
    with pytest.raises(IntegrityError):
        _bulk_insert(
            Release,
            tranche=_tranche(),
            released_by=factories.party("Russia"),
            received_by=factories.party("Ukraine"),
            count=-5,
        )


def test_it_refuses_two_releases_in_one_direction_of_one_tranche():
    tranche = _tranche()
    russia, ukraine = factories.party("Russia"), factories.party("Ukraine")
    Release.objects.create(tranche=tranche, released_by=russia, received_by=ukraine, count=390)
    with pytest.raises(IntegrityError):
        _bulk_insert(Release, tranche=tranche, released_by=russia, received_by=ukraine, count=1)


def test_both_directions_of_one_tranche_are_allowed():
    tranche = _tranche()
    russia, ukraine = factories.party("Russia"), factories.party("Ukraine")
    Release.objects.create(tranche=tranche, released_by=russia, received_by=ukraine, count=390)
    Release.objects.create(tranche=tranche, released_by=ukraine, received_by=russia, count=390)
    assert tranche.releases.count() == 2


def test_undisclosed_count_is_null_not_zero():
    release = Release.objects.create(
        tranche=_tranche(),
        released_by=factories.party("Russia"),
        received_by=factories.party("Ukraine"),
        count=None,
    )
    release.refresh_from_db()
    assert release.count is None


def test_it_refuses_a_negative_target():
    exchange = factories.exchange()
    with pytest.raises(IntegrityError):
        _bulk_insert(ExchangeParty, exchange=exchange, party=factories.party("Russia"), target=-1)


def test_it_refuses_a_party_twice_in_one_exchange():
    exchange = factories.exchange(targets={"Russia": 1000})
    with pytest.raises(IntegrityError):
        _bulk_insert(ExchangeParty, exchange=exchange, party=Party.objects.get(name="Russia"))


def test_party_names_and_aliases_are_unique_case_insensitively():
    armenia = factories.party("Armenia")
    PartyAlias.objects.create(party=armenia, alias="Yerevan")
    with pytest.raises(IntegrityError):
        _bulk_insert(PartyAlias, party=armenia, alias="yerevan")
    with pytest.raises(IntegrityError):
        _bulk_insert(Party, name="Armenia", slug="armenia-2")


def test_the_first_parties_and_their_aliases_are_seeded():
    assert set(
        PartyAlias.objects.filter(party__name="Ukraine").values_list("alias", flat=True)
    ) >= {"Kyiv", "Ukrainian"}


def test_body_repatriations_refuse_the_same_bad_rows():
    ukraine = factories.party("Ukraine")
    with pytest.raises(IntegrityError):
        _bulk_insert(
            BodyRepatriation,
            date=datetime.date(2025, 6, 11),
            released_by=ukraine,
            received_by=ukraine,
        )


def test_party_slug_is_derived_from_the_name():
    assert Party.objects.create(name="Nagorno Karabakh").slug == "nagorno-karabakh"
