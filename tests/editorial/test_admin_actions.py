"""Each editorial action does what it says, is recorded, and survives ingestion."""

import datetime

import pytest
from django.urls import reverse

from articles import services as article_services
from articles.models import Claim, Source
from exchanges import services
from exchanges.models import Correction, Release, Tranche
from exchanges.selectors import exchange_corrections
from tests import factories
from tests.editorial.conftest import claim_release, make_source

pytestmark = pytest.mark.django_db


def _release(exchange) -> Release:
    return Release.objects.get(tranche__exchange=exchange, released_by__name="Russia")


def test_sources_disagreeing_mark_the_release_disputed_with_the_majority_figure(may_exchange):
    release = _release(may_exchange)
    assert (release.count, release.status) == (390, Release.Status.DISPUTED)


def test_an_editor_sets_a_value_in_the_admin_with_a_reason(editor_client, editor, may_exchange):
    release = _release(may_exchange)
    url = reverse("admin:exchanges_release_change", args=[release.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    data.update(
        count=391,
        reason="Kyiv's final figure",
        **{
            "claims-TOTAL_FORMS": 3,
            "claims-INITIAL_FORMS": 3,
            "claims-MIN_NUM_FORMS": 0,
            "claims-MAX_NUM_FORMS": 1000,
        },
    )
    for i, claim in enumerate(release.claims.order_by("pk")):
        data[f"claims-{i}-id"] = claim.pk
        data[f"claims-{i}-release"] = release.pk
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    release.refresh_from_db()
    assert (release.count, release.locked, release.status) == (391, True, Release.Status.CONFIRMED)
    correction = Correction.objects.get(release=release)
    assert (correction.before["count"], correction.after["count"]) == (390, 391)
    assert (correction.editor, correction.reason) == (editor, "Kyiv's final figure")
    record = release.history.first()
    assert (record.history_user, record.history_change_reason) == (editor, "Kyiv's final figure")


def test_changing_a_figure_without_a_reason_is_refused(editor_client, may_exchange):
    release = _release(may_exchange)
    url = reverse("admin:exchanges_release_change", args=[release.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    data.update(count=5, **{"claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0})
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "reason" in response.context["adminform"].form.errors
    release.refresh_from_db()
    assert release.count == 390


def test_a_locked_value_survives_new_claims_and_reconciliation(editor, may_exchange):
    release = _release(may_exchange)
    services.release_set_editor_value(release=release, count=391, editor=editor, reason="final")
    claim_release(make_source("Late. They were released."), release, 999)
    services.release_reconcile(release)
    release.refresh_from_db()
    assert release.count == 391


def _action(client, model, action, ids, **extra):
    url = reverse(f"admin:{model}_changelist")
    return client.post(url, {"action": action, "_selected_action": ids, **extra})


def test_confirm_action_locks_the_figure(editor_client, may_exchange):
    release = _release(may_exchange)
    _action(editor_client, "exchanges_release", "confirm_figures", [release.pk])
    release.refresh_from_db()
    assert (release.locked, release.status) == (True, Release.Status.CONFIRMED)
    assert release.history.first().history_change_reason == "Confirmed by editor"


def test_assign_action_moves_an_unassigned_tranche_and_logs_it(editor_client, may_exchange):
    loose = factories.tranche(None, "2025-05-24", [("Russia", "Ukraine", 307)])
    response = _action(
        editor_client,
        "exchanges_tranche",
        "assign_to_exchange",
        [loose.pk],
        apply="1",
        exchange=may_exchange.pk,
        reason="Same deal",
    )
    assert response.status_code == 302
    loose.refresh_from_db()
    assert loose.exchange == may_exchange
    assert Correction.objects.filter(action="assign", tranche=loose, reason="Same deal").exists()


def test_merge_action_moves_claims_and_sources_into_one_tranche(editor_client, may_exchange):
    kept = Tranche.objects.get(exchange=may_exchange)
    twin = factories.tranche(None, "2025-05-23", [("Russia", "Ukraine", None)])
    claim_release(make_source("Twin. They were released."), twin.releases.get(), 390)
    response = _action(
        editor_client,
        "exchanges_tranche",
        "merge_tranches",
        [kept.pk, twin.pk],
        apply="1",
        reason="Duplicate",
    )
    assert response.status_code == 302
    assert not Tranche.objects.filter(pk=twin.pk).exists()
    release = kept.releases.get()
    assert release.claims.count() == 4
    assert release.count == 390
    assert Correction.objects.filter(action="merge").exists()
    public_log = exchange_corrections(may_exchange)
    assert [entry.reason for entry in public_log if entry.changes[0].field == "merge"] == [
        "Duplicate"
    ]


def test_split_view_moves_chosen_releases_to_a_new_tranche(editor_client, may_exchange):
    tranche = Tranche.objects.get(exchange=may_exchange)
    other = Release.objects.create(
        tranche=tranche,
        released_by=factories.party("Ukraine"),
        received_by=factories.party("Russia"),
        count=303,
    )
    url = reverse("admin:exchanges_tranche_split", args=[tranche.pk])
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url, {"releases": [other.pk], "date": "2025-05-25", "reason": "Wrong day"}
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.tranche != tranche
    assert other.tranche.date == datetime.date(2025, 5, 25)
    assert other.tranche.exchange == may_exchange


def test_mark_irrelevant_withdraws_the_sources_figures(editor_client, may_exchange):
    release = _release(may_exchange)
    outlier = Claim.objects.get(release=release, count=370).source
    _action(editor_client, "articles_source", "mark_irrelevant", [outlier.pk])
    outlier.refresh_from_db()
    release.refresh_from_db()
    assert outlier.status == Source.Status.IRRELEVANT
    assert outlier.raw_content  # kept
    assert (release.count, release.status) == (390, Release.Status.CORROBORATED)


def test_submit_view_stores_a_pasted_article(
    editor_client, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(article_services, "source_enqueue", lambda source_id: True)
    url = reverse("admin:articles_source_submit")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"content": "Published: 2025-05-24\nT\n\nBody text."})
    assert response.status_code == 302
    assert Source.objects.get().status == Source.Status.PENDING


def test_review_queue_lists_what_needs_a_human(editor_client, may_exchange):
    factories.tranche(None, "2025-06-01", [("Russia", "Ukraine", 10)])
    Source.objects.create(
        raw_content="x", content_hash="f" * 64, status=Source.Status.FAILED, error="boom"
    )
    response = editor_client.get(reverse("admin-review-queue"))
    assert response.status_code == 200
    queue = response.context["queue"]
    assert len(queue.disputed_releases) == 1
    assert len(queue.unassigned_tranches) == 1
    assert len(queue.failed_sources) == 1
    assert b"boom" in response.content


def _exchange_form_data(client, exchange):
    url = reverse("admin:exchanges_exchange_change", args=[exchange.pk])
    response = client.get(url)
    data = {}
    for form in [response.context["adminform"].form]:
        for name, value in form.initial.items():
            if name in form.fields:
                data[name] = "" if value is None else value
    data["mediators"] = []
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management.initial.get(name, 0)
        for side_form in formset.formset.forms:
            for name in side_form.fields:
                value = side_form.initial.get(name)
                if name == "id":
                    value = side_form.instance.pk
                elif name == formset.formset.fk.name:
                    value = exchange.pk
                data[f"{side_form.prefix}-{name}"] = (
                    "" if value is None else getattr(value, "pk", value)
                )
    return url, data


def test_changing_a_target_needs_a_reason_locks_it_and_is_logged(
    editor_client, editor, may_exchange
):
    url, data = _exchange_form_data(editor_client, may_exchange)
    side_prefix = next(
        k[: -len("-target")] for k, v in data.items() if k.endswith("-target") and v == 1000
    )
    data[f"{side_prefix}-target"] = 1200
    refused = editor_client.post(url, data)
    assert refused.status_code == 200
    errors = [
        str(e)
        for fs in refused.context["inline_admin_formsets"]
        for e in fs.formset.non_form_errors()
    ]
    errors += [str(refused.context["adminform"].form.errors)]
    errors += [
        str(f.errors) for fs in refused.context["inline_admin_formsets"] for f in fs.formset.forms
    ]
    assert any("say why" in e for e in errors), errors
    data["change_reason"] = "Deal extended to 1,200"
    accepted = editor_client.post(url, data)
    assert accepted.status_code == 302
    side = may_exchange.sides.get(pk=data[f"{side_prefix}-id"])
    assert (side.target, side.target_locked) == (1200, True)
    correction = Correction.objects.get(action="set_target")
    assert (correction.before, correction.after, correction.editor) == (
        {"target": 1000},
        {"target": 1200},
        editor,
    )
    assert side.history.filter(history_change_reason="Deal extended to 1,200").exists()


def test_unlocking_a_figure_no_source_supports_removes_it_and_logs_why(editor, may_exchange):
    orphan = Release.objects.create(
        tranche=Tranche.objects.get(exchange=may_exchange),
        released_by=factories.party("Ukraine"),
        received_by=factories.party("Russia"),
        count=5,
        locked=True,
    )
    services.release_unlock(release=orphan, editor=editor, reason="No source states this")
    assert not Release.objects.filter(pk=orphan.pk).exists()
    entry = Correction.objects.get(action="unlock")
    assert (entry.exchange, entry.before["count"], entry.after) == (may_exchange, 5, {})


def test_reconciling_an_unchanged_figure_writes_no_new_history(may_exchange):
    release = _release(may_exchange)
    rows = release.history.count()
    services.release_reconcile(release)
    assert release.history.count() == rows


def test_the_tranche_page_shows_each_release_with_its_quotes_and_sources(
    editor_client, may_exchange
):
    tranche = Tranche.objects.get(exchange=may_exchange)
    page = editor_client.get(reverse("admin:exchanges_tranche_change", args=[tranche.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "They were released." in text
    assert reverse("admin:articles_source_change", args=[Claim.objects.first().source_id]) in text
