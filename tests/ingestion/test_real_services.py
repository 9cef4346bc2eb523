"""Against real PostgreSQL and a real Celery worker on Redis (CI sets REQUIRE_SERVICES=1)."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections

from articles import services
from articles.models import Claim, Source
from exchanges.models import Release
from tests.conftest import require_services
from tests.ingestion.conftest import corpus_files

ROOT = Path(__file__).resolve().parents[2]


def _snapshot():
    return sorted(Release.objects.values_list("tranche__date", "released_by__name", "count"))


@pytest.mark.django_db(transaction=True)
def test_eight_concurrent_ingestions_of_one_article_leave_one_source():
    require_services(postgres=True)
    text = corpus_files()[0].read_text(encoding="utf-8")
    errors = []

    def ingest():
        try:
            source, _ = services.source_submit(content=text, enqueue=False)
            services.source_process(source.pk)
        except Exception as exc:  # collected and asserted on below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ingest) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert Source.objects.count() == 1
    assert Source.objects.get().status == Source.Status.PARSED
    first = _snapshot()
    claims = Claim.objects.count()
    services.source_process(Source.objects.get().pk)
    assert (_snapshot(), Claim.objects.count()) == (first, claims)
    assert first, "the article's releases were recorded"


def _worker(log_path: Path) -> subprocess.Popen:
    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
    }
    log = open(log_path, "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "--loglevel=info",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_for(predicate, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def _purge_queue():
    from config.celery import app

    app.control.purge()


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_processes_a_submitted_article(tmp_path):
    require_services(postgres=True, redis=True)
    _purge_queue()
    worker = _worker(tmp_path / "worker.log")
    try:
        source, _ = services.source_submit(content=corpus_files()[1].read_text(encoding="utf-8"))
        assert Source.objects.get(pk=source.pk).status == Source.Status.PENDING
        parsed = _wait_for(lambda: Source.objects.get(pk=source.pk).status == Source.Status.PARSED)
        assert parsed, (tmp_path / "worker.log").read_text()[-3000:]
        assert Source.objects.get(pk=source.pk).claims.exists()
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(30)


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_batch_loses_nothing(tmp_path):
    require_services(postgres=True, redis=True)
    from articles.tasks import sweep_pending

    _purge_queue()
    paths = corpus_files()[:16]
    worker = _worker(tmp_path / "first.log")
    try:
        ids = [services.source_submit(content=p.read_text(encoding="utf-8"))[0].pk for p in paths]
        _wait_for(lambda: Source.objects.filter(status=Source.Status.PARSED).exists(), 60)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)  # no warm shutdown: in-flight work is cut
        worker.wait(30)
    assert Source.objects.filter(pk__in=ids).count() == len(paths)
    second = _worker(tmp_path / "second.log")
    try:
        sweep_pending.delay(older_than_seconds=0)
        done = _wait_for(
            lambda: not Source.objects.filter(pk__in=ids, status=Source.Status.PENDING).exists(),
            120,
        )
        assert done, (tmp_path / "second.log").read_text()[-3000:]
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(30)
    assert Source.objects.filter(pk__in=ids, status=Source.Status.PARSED).count() == len(paths)
    # each source's claims were written once, however often it was delivered
    for source in Source.objects.filter(pk__in=ids):
        keys = list(source.claims.values_list("kind", "event_date", "released_by", "received_by"))
        assert len(keys) == len(set(keys)), source


@pytest.mark.django_db
def test_with_the_broker_down_a_submission_stays_pending_and_the_sweep_recovers_it(
    django_capture_on_commit_callbacks,
):
    from articles.tasks import sweep_pending
    from config.celery import app

    text = corpus_files()[2].read_text(encoding="utf-8")
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager, app.conf.broker_url = False, "redis://127.0.0.1:1/0"
    app._pool = None  # drop pooled connections to the real broker
    try:
        with django_capture_on_commit_callbacks(execute=True):
            source, created = services.source_submit(content=text)
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous
        app._pool = None
    assert created
    assert Source.objects.get(pk=source.pk).status == Source.Status.PENDING
    # Once the broker is back, the periodic sweep hands it over (run in-process here).
    app.conf.task_always_eager = True
    try:
        assert sweep_pending.apply(kwargs={"older_than_seconds": -1}).get() == 1
    finally:
        app.conf.task_always_eager = previous[0]
    assert Source.objects.get(pk=source.pk).status == Source.Status.PARSED
