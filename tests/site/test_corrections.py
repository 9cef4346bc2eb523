"""`exchange_corrections`: editors' changes and changes to locked figures, from the history."""

import pytest

from exchanges.models import ExchangeParty, Release
from exchanges.selectors import exchange_corrections
from exchanges.services import release_reconcile, release_set_editor_value
from tests.site import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create(username="editor")


def _release(exchange, day="2025-05-23", by="Russia"):
    return Release.objects.get(tranche__exchange=exchange, tranche__date=day, released_by__name=by)


def test_it_ignores_ingestions_own_saves(sourced_exchange):
    release_reconcile(_release(sourced_exchange))
    assert exchange_corrections(sourced_exchange) == []


def test_it_lists_an_editors_figure_with_before_after_and_reason(sourced_exchange, editor):
    release_set_editor_value(
        release=_release(sourced_exchange), count=395, editor=editor, reason="Ministry list"
    )
    (correction,) = exchange_corrections(sourced_exchange)
    assert correction.subject == "Russia → Ukraine, 23 May 2025"
    assert correction.reason == "Ministry list" and correction.by_editor
    changes = {change.field: (change.before, change.after) for change in correction.changes}
    assert changes["count"] == ("390", "395")
    assert changes["locked"] == ("no", "yes")


def test_it_lists_a_change_to_a_locked_release_even_without_a_reason(sourced_exchange, editor):
    release_set_editor_value(
        release=_release(sourced_exchange), count=395, editor=editor, reason="Ministry list"
    )
    release = _release(sourced_exchange)
    release.count = 396
    release.save()  # e.g. a script or a shell session, with no reason recorded
    newest, _ = exchange_corrections(sourced_exchange)
    assert not newest.by_editor
    assert [(c.field, c.before, c.after) for c in newest.changes] == [("count", "395", "396")]


def test_it_lists_an_editors_change_to_a_target(sourced_exchange):
    side = ExchangeParty.objects.get(exchange=sourced_exchange, party__name="Ukraine")
    side.target, side.target_locked = 1200, True
    side._change_reason = "Agreement text published"
    side.save()
    (correction,) = exchange_corrections(sourced_exchange)
    assert correction.subject == "Target of Ukraine"
    assert ("target", "1,000", "1,200") in [
        (c.field, c.before, c.after) for c in correction.changes
    ]


def test_the_exchange_page_shows_its_corrections(client, sourced_exchange, editor):
    release_set_editor_value(
        release=_release(sourced_exchange), count=395, editor=editor, reason="Ministry list"
    )
    page = client.get(sourced_exchange.get_absolute_url()).content.decode()
    assert "Reason: Ministry list" in page and "<del>390</del>" in page and "<ins>395</ins>" in page
    other = builders.sourced_exchange(1, title="Other")
    assert "No corrections have been made" in client.get(other.get_absolute_url()).content.decode()
