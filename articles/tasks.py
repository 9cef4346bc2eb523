"""Celery tasks: thin wrappers that take ids, call a service and return."""

from __future__ import annotations

import datetime

from celery import shared_task
from django.db import OperationalError
from django.utils import timezone

from . import services
from .pipeline.fetch import TransientFetchError

TRANSIENT = (OperationalError, TransientFetchError)


# Parsing: acknowledged only when done (a killed worker loses nothing), transient errors
# retried with a capped, jittered backoff.
PARSING = {
    "acks_late": True,
    "autoretry_for": TRANSIENT,
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 6,
}


@shared_task(**PARSING, soft_time_limit=120, time_limit=180)
def process_source(source_id: int) -> dict:
    report = services.source_process(source_id)
    return {"source": report.source_id, "status": report.status, "error": report.error}


@shared_task(**PARSING, soft_time_limit=240, time_limit=300)
def process_sources(source_ids: list[int]) -> dict:
    reports = services.sources_process(source_ids)
    return {"sources": len(reports), "parsed": sum(r.status == "parsed" for r in reports)}


@shared_task(acks_late=True)
def sweep_pending(older_than_seconds: int = 60) -> int:
    """Re-enqueue sources left pending (broker down at submit time, worker lost)."""
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than_seconds)
    ids = list(services.sources_pending(before=cutoff).values_list("pk", flat=True)[:1000])
    services.sources_enqueue(ids)
    return len(ids)


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=3)
def poll_feeds() -> int:
    return services.feeds_poll()


@shared_task(acks_late=True)
def reparse_outdated(limit: int = 500) -> int:
    ids = list(services.sources_outdated().values_list("pk", flat=True)[:limit])
    return len(services.sources_process(ids, force=True))
