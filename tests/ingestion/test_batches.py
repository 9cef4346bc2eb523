"""Ingestion in batches: many sources parsed in one transaction through the in-memory ledger
must leave exactly the records that parsing them one at a time leaves."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import services
from articles.models import Claim, Source
from articles.pipeline import extract as extract_step
from benchmarks.generate_articles import generate
from exchanges.models import BodyRepatriation, Exchange, Release, Tranche

pytestmark = pytest.mark.django_db


def _submit(texts: list[str]) -> list[int]:
    stored = services.sources_submit_texts(texts)
    assert all(created for _, created, _ in stored)
    return [source_id for source_id, _, _ in stored]


def _records() -> dict:
    """Everything ingestion decides, keyed by natural values (ids differ between runs)."""
    releases = sorted(
        [
            (
                str(r.tranche.date),
                r.tranche.exchange.title if r.tranche.exchange_id else None,
                r.released_by.name,
                r.received_by.name,
                r.count,
                r.status,
                tuple(sorted(r.categories.items())),
                r.claims.count(),
            )
            for r in Release.objects.select_related(
                "tranche__exchange", "released_by", "received_by"
            )
        ],
        key=str,
    )
    return {
        "releases": releases,
        "tranches": Tranche.objects.count(),
        "exchanges": sorted(Exchange.objects.values_list("title", "status", "agreed_on"), key=str),
        "bodies": sorted(
            BodyRepatriation.objects.values_list(
                "date", "released_by__name", "received_by__name", "count"
            ),
            key=str,
        ),
        "claims": sorted(
            Claim.objects.values_list(
                "source__content_hash", "kind", "event_date", "count", "confidence"
            ),
            key=str,
        ),
    }


def _forget_records() -> None:
    Claim.objects.all().delete()
    Release.objects.all().delete()
    Tranche.objects.all().delete()
    BodyRepatriation.objects.all().delete()
    Exchange.objects.all().delete()
    Source.objects.update(status=Source.Status.PENDING, parser_version="", extracted_text="")


def test_a_batch_leaves_the_same_records_as_one_article_at_a_time(corpus):
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    texts += list(generate(60, seed=3))
    ids = _submit(texts)
    for source_id in ids:
        services.source_process(source_id)
    one_by_one = _records()
    assert one_by_one["releases"] and one_by_one["exchanges"]

    _forget_records()
    reports = services.sources_process(ids)

    assert [report.status for report in reports] == ["parsed"] * len(ids)
    assert _records() == one_by_one


def test_batches_of_any_size_agree(corpus, settings):
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    ids = _submit(texts)
    services.sources_process(ids)
    whole = _records()
    for size in (1, 7):
        _forget_records()
        for start in range(0, len(ids), size):
            services.sources_process(ids[start : start + size])
        assert _records() == whole, size


def test_one_broken_article_fails_alone_and_the_rest_of_its_batch_is_parsed(monkeypatch):
    ids = _submit(list(generate(12, seed=5)))
    broken = ids[4]
    real_run = extract_step.run

    def run(source):
        if source.pk == broken:
            raise RuntimeError("a defect in the extractor")
        return real_run(source)

    monkeypatch.setattr(extract_step, "run", run)
    reports = {report.source_id: report for report in services.sources_process(ids)}

    assert reports[broken].status == Source.Status.FAILED
    assert "a defect in the extractor" in Source.objects.get(pk=broken).error
    assert all(reports[pk].status == Source.Status.PARSED for pk in ids if pk != broken)
    assert not Claim.objects.filter(source_id=broken).exists()


def test_a_batch_costs_a_fixed_number_of_queries_whatever_its_size():
    def queries_for(count: int, seed: int) -> int:
        ids = _submit(list(generate(count, seed=seed)))
        with CaptureQueriesContext(connection) as captured:
            services.sources_process(ids)
        assert Source.objects.filter(pk__in=ids, status=Source.Status.PARSED).count() == count
        return len(captured.captured_queries)

    small, large = queries_for(10, seed=21), queries_for(80, seed=22)
    # Bulk statements, not per-article ones (SQLite may split a large insert in two).
    assert large <= small + 10, (small, large)


def test_reparsing_a_batch_changes_nothing_and_a_forced_one_rebuilds_the_same_records(corpus):
    ids = _submit([path.read_text(encoding="utf-8") for path in corpus])
    services.sources_process(ids)
    first = _records()

    again = services.sources_process(ids)
    forced = services.sources_process(ids, force=True)

    assert all(report.changes == [] for report in again + forced)
    assert _records() == first


def test_an_undated_handover_of_remains_waits_for_an_editor_instead_of_making_a_record():
    text = (
        "Published: 2025-06-20\n"
        "Ukraine and Russia swap prisoners\n\n"
        "Ukraine and Russia each released 84 prisoners on Thursday, officials said.\n\n"
        "Separately, the bodies of 212 soldiers were repatriated to Ukraine by Russia last month."
    )
    ids = _submit([text])
    services.sources_process(ids)

    bodies = Claim.objects.get(source_id=ids[0], kind=Claim.Kind.BODIES)
    assert bodies.count == 212 and bodies.event_date is None
    assert bodies.repatriation is None and bodies.confidence < 1
    assert not BodyRepatriation.objects.exists()
    assert Release.objects.filter(count=84).count() == 2


def test_the_batch_task_parses_what_the_sweep_hands_over(celery_eager):
    from articles.tasks import sweep_pending

    ids = _submit(list(generate(5, seed=8)))
    assert sweep_pending.apply(kwargs={"older_than_seconds": -1}).get() == 5
    assert Source.objects.filter(pk__in=ids, status=Source.Status.PARSED).count() == 5
