"""The ingestion pipeline through its services: corpus in, deduplicated tranches out."""

import datetime

import pytest
from django.core.management import call_command

from articles import services
from articles.models import Claim, Source
from exchanges.models import BodyRepatriation, Exchange, Release, Tranche
from exchanges.selectors import exchange_totals_one
from exchanges.services import release_set_editor_value

pytestmark = pytest.mark.django_db

MAY = [datetime.date(2025, 5, day) for day in (23, 24, 25)]


def _ingest(path) -> Source:
    source, _ = services.source_submit(content=path.read_text(encoding="utf-8"), enqueue=False)
    services.source_process(source.pk)
    source.refresh_from_db()
    return source


def _may_exchange() -> Exchange:
    return Exchange.objects.get(agreed_on=datetime.date(2025, 5, 16))


def _totals_by_party(exchange):
    return {
        side.party: (side.target, side.released) for side in exchange_totals_one(exchange).sides
    }


def test_it_turns_the_whole_corpus_into_three_may_tranches_of_1000_per_side(corpus):
    call_command("ingest", *map(str, corpus), "--no-progress")
    assert Source.objects.filter(status=Source.Status.PARSED).count() == len(corpus)
    exchange = _may_exchange()
    tranches = Tranche.objects.filter(exchange=exchange).order_by("date")
    assert [t.date for t in tranches] == MAY
    assert _totals_by_party(exchange) == {"Russia": (1000, 1000), "Ukraine": (1000, 1000)}
    for tranche in tranches:
        sources = {c.source_id for c in Claim.objects.filter(release__tranche=tranche)}
        assert len(sources) >= 3, tranche
    assert exchange.venue == "Istanbul"


def test_bodies_repatriated_never_count_as_releases(corpus):
    call_command("ingest", *map(str, corpus), "--no-progress")
    assert BodyRepatriation.objects.exists()
    body_counts = set(BodyRepatriation.objects.values_list("count", flat=True))
    assert not Release.objects.filter(count__in=body_counts - {None}, count__gte=1000).exists()


def test_the_same_article_twice_leaves_one_source_and_unchanged_totals(corpus):
    for path in corpus[:8]:
        _ingest(path)
    before = (Release.objects.count(), list(Release.objects.values_list("count", flat=True)))
    again, created = services.source_submit(content=corpus[0].read_text(encoding="utf-8"))
    services.source_process(again.pk)
    assert created is False
    assert Source.objects.count() == 8
    assert (
        Release.objects.count(),
        list(Release.objects.values_list("count", flat=True)),
    ) == before


def test_five_articles_about_one_tranche_make_one_tranche_with_five_sources(corpus):
    for path in corpus:
        _ingest(path)
    first_day = Release.objects.get(
        tranche__date=MAY[0], released_by__name="Russia", tranche__exchange=_may_exchange()
    )
    assert first_day.count == 390
    assert first_day.claims.values("source").distinct().count() >= 5
    assert Tranche.objects.filter(date=MAY[0], exchange=_may_exchange()).count() == 1


def test_an_editors_value_survives_reingestion_and_reparse(corpus, django_user_model):
    editor = django_user_model.objects.create_user("ed")
    for path in corpus[:6]:
        _ingest(path)
    release = Release.objects.filter(tranche__date=MAY[0], count__isnull=False).first()
    release_set_editor_value(
        release=release, count=391, categories={}, editor=editor, reason="check"
    )
    for path in corpus:
        _ingest(path)
    call_command("reparse", "--all", stdout=open("/dev/null", "w"))
    release.refresh_from_db()
    assert (release.count, release.locked) == (391, True)
    assert release.history.first().history_change_reason in {"check", None}
    assert release.history.filter(history_change_reason="check").exists()


def test_a_failed_parse_is_recorded_keeps_the_raw_text_and_can_be_retried(
    corpus, monkeypatch, django_capture_on_commit_callbacks, celery_eager
):
    from articles.pipeline import extract as extract_step

    def broken(*args, **kwargs):
        raise ValueError("parser exploded")

    text = corpus[0].read_text(encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(extract_step._engine(), "extract", broken)
        with django_capture_on_commit_callbacks(execute=True):
            source, _ = services.source_submit(content=text)
    source.refresh_from_db()
    assert source.status == Source.Status.FAILED
    assert "parser exploded" in source.error
    assert source.raw_content == text
    report = services.source_retry(source)
    assert report.status == Source.Status.PARSED
    assert Source.objects.get(pk=source.pk).claims.exists()


def test_reparse_reports_what_a_new_parser_version_changes(corpus, monkeypatch):
    from articles.pipeline import extract as extract_step

    source = _ingest(corpus[0])
    monkeypatch.setattr(extract_step, "parser_version", lambda: "next")
    assert list(services.sources_outdated()) == [source]
    report = services.source_ingest(source.pk)
    assert report.status == Source.Status.PARSED
    assert report.changes == []  # same extractor logic: nothing added, changed or removed
    assert not services.sources_outdated().exists()


@pytest.mark.parametrize(
    "content, message",
    [("", "empty"), ("   \n ", "empty"), (None, "empty")],
)
def test_it_refuses_empty_articles_with_a_clear_error(content, message):
    with pytest.raises(services.SubmissionError, match=message):
        services.source_submit(content=content)
    assert not Source.objects.exists()


def test_it_refuses_oversized_articles(settings):
    settings.INGEST_MAX_BYTES = 1000
    with pytest.raises(services.SubmissionError, match="larger than"):
        services.source_submit(content="x" * 1001)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/a",
        "http://127.0.0.1:8000/admin/",
        "http://localhost/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://user:pw@example.org/",
    ],
)
def test_it_refuses_unsafe_urls(url):
    with pytest.raises(services.SubmissionError):
        services.source_submit(url=url)
    assert not Source.objects.exists()


def test_hostile_html_is_stored_verbatim_and_parsed_without_error(
    django_capture_on_commit_callbacks,
    celery_eager,
):
    html = (
        "<html><head><script>alert(1)</script></head><body><article><h1>Swap</h1>"
        "<p>Russia and Ukraine each released 50 prisoners on 3 March 2025.</p>"
        "<img src=x onerror=alert(1)>"
        + "<div>" * 2000
        + "</div>" * 2000
        + "</article></body></html>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        source, _ = services.source_submit(content=html, published_on=datetime.date(2025, 3, 4))
    source.refresh_from_db()
    assert source.raw_content == html
    assert source.status in {Source.Status.PARSED, Source.Status.FAILED}
    assert "<script" not in source.extracted_text


def test_a_release_read_before_its_agreement_joins_the_exchange_once_it_is_known():
    release_first = (
        "Published: 2025-10-03\nSwap\n\n"
        "Russia and Ukraine each released 185 prisoners of war on Thursday, officials said."
    )
    agreement_later = (
        "Published: 2025-10-04\nTalks\n\n"
        "Russia and Ukraine carried out the swap under agreements the two sides reached in "
        "Istanbul on July 23, the Russian Defence Ministry said."
    )
    for text in (release_first, agreement_later):
        source, _ = services.source_submit(content=text, enqueue=False)
        services.source_process(source.pk)
    tranche = Tranche.objects.get(date=datetime.date(2025, 10, 2))
    assert tranche.exchange is not None
    assert tranche.exchange.agreed_on == datetime.date(2025, 7, 23)


def test_a_deal_reported_on_the_day_it_was_struck_keeps_that_day():
    text = (
        "Published: 2025-03-09\nDeal\n\n"
        "Russia and Ukraine agreed on Sunday to exchange 500 prisoners each, officials said."
    )
    source, _ = services.source_submit(content=text, enqueue=False)
    services.source_process(source.pk)

    exchange = Exchange.objects.get()
    assert exchange.agreed_on == datetime.date(2025, 3, 9)
    assert {side.target for side in exchange.sides.all()} == {500}
