"""Writes for articles: submit (persist first), process (fetch, extract, match, reconcile in one
transaction), re-parse. Celery tasks in tasks.py are thin wrappers around these."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db import OperationalError as DatabaseOperationalError
from django.utils import timezone

from exchanges import services as exchange_services
from exchanges.models import CATEGORY_FIELDS, Exchange

from .models import Claim, Feed, Source, content_hash
from .pipeline import extract as extract_step
from .pipeline.fetch import FetchError, TransientFetchError, check_url, fetch

logger = logging.getLogger(__name__)


class SubmissionError(Exception):
    """Input that cannot become a Source (empty, too large, unsafe URL, ...). Message is for users."""


@dataclass
class IngestReport:
    source_id: int
    status: str
    created: bool = False
    releases: int = 0
    bodies: int = 0
    error: str = ""
    changes: list[str] = field(default_factory=list)


def article_text(stream) -> str:
    """The text of an uploaded or read article file: bounded, not binary, UTF-8 or else
    Windows-1252 (the usual suspects for news pages)."""
    limit = settings.INGEST_MAX_BYTES
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise SubmissionError(f"The file is larger than {limit} bytes.")
    if b"\x00" in raw[:4096]:
        raise SubmissionError("The file is binary, not an article.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _normalise_url(url: str) -> str:
    url = url.strip()
    try:
        check_url(url, resolve=False)
    except FetchError as exc:
        raise SubmissionError(str(exc)) from None
    return url.split("#", 1)[0]


def source_submit(
    *,
    content: str | None = None,
    url: str | None = None,
    title: str = "",
    outlet: str = "",
    published_on: datetime.date | None = None,
    content_type: str | None = None,
    feed: Feed | None = None,
    enqueue: bool = True,
) -> tuple[Source, bool]:
    """Store the article as a pending Source (raw content verbatim), then nudge the queue.

    Idempotent: the same content (by hash) or the same URL gives back the existing Source.
    """
    given = bool(content and content.replace("\x00", "").strip())
    content = _content_checked(content) if given or not url else None
    url = _normalise_url(url) if url else None
    digest = content_hash(content) if content else None
    existing = _existing_source(url, digest)
    if existing:
        return existing, False
    kind = content_type or (extract_step.guess_content_type(content) if content else "text")
    with transaction.atomic():
        source, created = Source.objects.get_or_create(
            **({"content_hash": digest} if digest else {"url": url}),
            defaults={
                "url": url,
                "content_hash": digest,
                "raw_content": content or "",
                "title": title[:500],
                "outlet": outlet[:200],
                "published_on": published_on,
                "content_type": kind,
                "feed": feed,
            },
        )
        if created and enqueue:
            transaction.on_commit(lambda: source_enqueue(source.pk))
    return source, created


def _content_checked(content: str | None) -> str:
    """The article text to store (NUL bytes dropped), or a SubmissionError saying why not."""
    content = (content or "").replace("\x00", "")
    if not content.strip():
        raise SubmissionError("The article is empty: paste its text or give its URL.")
    if len(content.encode("utf-8", "surrogatepass")) > settings.INGEST_MAX_BYTES:
        raise SubmissionError(f"The article is larger than {settings.INGEST_MAX_BYTES} bytes.")
    return content


def sources_submit_texts(contents: list[str]) -> list[tuple[int | None, bool, str]]:
    """`source_submit(content=...)` for many articles at once, without enqueueing: one query
    finds those already stored, one insert stores the rest. For each article, in order:
    (source id, created, error); an article refused has no id and says why."""
    checked: list[tuple[str, str] | str] = []
    for content in contents:
        try:
            text = _content_checked(content)
            checked.append((text, content_hash(text)))
        except SubmissionError as exc:
            checked.append(str(exc))
    digests = [item[1] for item in checked if isinstance(item, tuple)]
    known = dict(Source.objects.filter(content_hash__in=digests).values_list("content_hash", "pk"))
    new: dict[str, Source] = {}
    for item in checked:
        if isinstance(item, tuple) and item[1] not in known and item[1] not in new:
            text, digest = item
            kind = extract_step.guess_content_type(text)
            new[digest] = Source(content_hash=digest, raw_content=text, content_type=kind)
    try:
        with transaction.atomic():
            Source.objects.bulk_create(list(new.values()))
    except IntegrityError:  # a concurrent submission stored one of them first
        return [_submitted_one(content) for content in contents]
    results, seen = [], set()
    for item in checked:
        if isinstance(item, str):
            results.append((None, False, item))
            continue
        digest = item[1]
        created = digest in new and digest not in seen
        seen.add(digest)
        results.append((new[digest].pk if digest in new else known[digest], created, ""))
    return results


def _submitted_one(content: str) -> tuple[int | None, bool, str]:
    try:
        source, created = source_submit(content=content, enqueue=False)
    except SubmissionError as exc:
        return None, False, str(exc)
    return source.pk, created, ""


def _existing_source(url: str | None, digest: str | None) -> Source | None:
    if digest:
        found = Source.objects.filter(content_hash=digest).first()
        if found:
            return found
    if url:
        return Source.objects.filter(url=url).first()
    return None


def source_enqueue(source_id: int) -> bool:
    """Hand the source to a worker. A broker outage is not an error: the sweep retries."""
    from kombu.exceptions import OperationalError

    from .tasks import process_source

    try:
        process_source.apply_async(
            (source_id,),
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.5},
        )
    except OperationalError as exc:
        logger.warning(
            "Broker unavailable; source %s stays pending for the sweep: %s", source_id, exc
        )
        return False
    return True


def sources_enqueue(source_ids: list[int]) -> bool:
    """Hand many sources to workers, `INGEST_BATCH_SIZE` per task (a batch is parsed in one
    transaction with a few queries). A broker outage leaves them pending for the sweep."""
    from kombu.exceptions import OperationalError

    from .tasks import process_sources

    size = settings.INGEST_BATCH_SIZE
    try:
        for start in range(0, len(source_ids), size):
            process_sources.apply_async(
                (list(source_ids[start : start + size]),),
                retry=True,
                retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.5},
            )
    except OperationalError as exc:
        logger.warning("Broker unavailable; sources stay pending for the sweep: %s", exc)
        return False
    return True


def source_fetch(source_id: int) -> Source:
    """Fetch a URL-only source and store the raw document (own transaction, before parsing)."""
    source = Source.objects.get(pk=source_id)
    if not source.needs_fetch:
        return source
    document = fetch(source.url)
    digest = content_hash(document.content)
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source_id)
        twin = Source.objects.filter(content_hash=digest).exclude(pk=source_id).first()
        source.raw_content = document.content
        source.content_type = "html" if document.content_type == "html" else "text"
        if twin:
            source.status = Source.Status.DUPLICATE
            source.error = f"Same content as source #{twin.pk}."
        else:
            source.content_hash = digest
        source.save()
    return source


def source_process(source_id: int, *, force: bool = False) -> IngestReport:
    """Fetch if needed, then parse. A parse failure is recorded on the source, never lost."""
    source = Source.objects.get(pk=source_id)
    if source.needs_fetch:
        try:
            source = source_fetch(source_id)
        except TransientFetchError:
            Source.objects.filter(pk=source_id).update(attempts=source.attempts + 1)
            raise
        except FetchError as exc:
            return _source_fail(source_id, f"Fetch refused or failed: {exc}")
    if source.status == Source.Status.DUPLICATE:
        return IngestReport(source_id, source.status, error=source.error)
    try:
        return source_ingest(source_id, force=force)
    except DatabaseOperationalError:
        raise  # transient: the task retries with backoff
    except Exception as exc:
        # A defect in extraction or matching: the transaction rolled back, the raw article is
        # kept, and the error is recorded on the source for an editor to see and retry.
        logger.exception("Parsing source %s failed", source_id)
        return _source_fail(source_id, f"Unexpected error: {exc.__class__.__name__}: {exc}")


def sources_process(source_ids: list[int], *, force: bool = False) -> list[IngestReport]:
    """`source_process` for a batch: stored articles are parsed together in one transaction,
    then URL sources are fetched and parsed one by one. Should the batch fail on one article's
    defect, each is parsed alone, so the error lands on the source that caused it."""
    try:
        reports = sources_ingest(source_ids, force=force)
    except DatabaseOperationalError:
        raise
    except Exception:
        logger.exception("Batch of %s sources failed; parsing them one by one", len(source_ids))
        return [source_process(pk, force=force) for pk in source_ids]
    # What is still pending is a URL to fetch first, outside the batch's transaction.
    return [
        source_process(report.source_id, force=force)
        if report.status == Source.Status.PENDING
        else report
        for report in reports
    ]


def _source_fail(source_id: int, error: str) -> IngestReport:
    Source.objects.filter(pk=source_id).update(
        status=Source.Status.FAILED, error=error[:5000], parsed_at=timezone.now()
    )
    return IngestReport(source_id, Source.Status.FAILED, error=error)


def source_ingest(source_id: int, *, force: bool = False) -> IngestReport:
    """Extract one stored article and merge its figures into the records, in one transaction."""
    return sources_ingest([source_id], force=force)[0]


@transaction.atomic
def sources_ingest(source_ids: list[int], *, force: bool = False) -> list[IngestReport]:
    """Extract stored articles and merge their figures into the records, in one transaction,
    article after article in the given order (each sees what the ones before it changed).

    Running it again with the same parser version changes nothing; with a new version (or
    `force`), each source's claims are replaced and every touched record is reconciled. The
    records are matched in memory and written in bulk (`Ledger`): a batch costs a few queries.
    """
    _commit_without_waiting_for_disk()
    order = {pk: index for index, pk in enumerate(source_ids)}
    sources = sorted(
        Source.objects.select_for_update().filter(pk__in=source_ids), key=lambda s: order[s.pk]
    )
    version = extract_step.parser_version()
    reports: dict[int, IngestReport] = {}
    parsed: list[tuple[Source, extract_step.Result]] = []
    for source in sources:
        current = source.status == Source.Status.PARSED and source.parser_version == version
        if (
            (current and not force)
            or source.status == Source.Status.DUPLICATE
            or source.needs_fetch
        ):
            reports[source.pk] = IngestReport(source.pk, source.status, error=source.error)
            continue
        try:
            parsed.append((source, extract_step.run(source)))
        except extract_step.ExtractionFailed as exc:
            source.status, source.error = Source.Status.FAILED, str(exc)[:5000]
            source.attempts += 1
            source.parsed_at = timezone.now()
            source.save()
            reports[source.pk] = IngestReport(source.pk, source.status, error=source.error)
    if parsed:
        reports.update(_sources_record(parsed, version))
    return [reports[pk] for pk in source_ids if pk in reports]


def _commit_without_waiting_for_disk() -> None:
    """Parsing is redone at will from the stored article, so its transaction need not wait for
    the disk: should the database crash within that instant, the sources are still pending and
    the sweep parses them again (their raw text was stored by a transaction that did wait)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _sources_record(parsed: list, version: str) -> dict[int, IngestReport]:
    """Match and reconcile the figures of extracted articles, then mark the sources parsed."""
    old_claims: dict[int, list[Claim]] = {source.pk: [] for source, _ in parsed}
    # A source pending its first parse has no claims yet; others may (a re-parse replaces them).
    parsed_before = [
        source.pk
        for source, _ in parsed
        if source.parser_version or source.status != Source.Status.PENDING
    ]
    for claim in Claim.objects.filter(source__in=parsed_before).order_by("pk"):
        old_claims[claim.source_id].append(claim)
    parties = _parties_of([result for _, result in parsed])
    exchange_services.parties_lock(parties.values())
    ledger = exchange_services.Ledger()
    every_old = [claim for claims in old_claims.values() for claim in claims]
    ledger.load(
        keys={
            (item.date, parties[item.released_by].pk, parties[item.received_by].pk)
            for _, result in parsed
            for item in _items(result)
            if item.date and item.released_by in parties and item.received_by in parties
        },
        parties={party.pk for party in parties.values()},
        release_ids={claim.release_id for claim in every_old},
        repatriation_ids={claim.repatriation_id for claim in every_old},
    )
    reports, now = {}, timezone.now()
    for source, result in parsed:
        ledger.source_forget(source.pk, old_claims[source.pk])
        new_claims = _claims_record(ledger, source, result, parties)
        ledger.reconcile()
        source.extracted_text = result.text
        source.language = result.language or ""
        source.published_on = source.published_on or result.published
        source.title = source.title or (result.title or "")[:500]
        source.status, source.error = Source.Status.PARSED, ""
        source.parser_version, source.parsed_at = version, now
        reports[source.pk] = IngestReport(
            source.pk,
            source.status,
            releases=len(result.releases),
            bodies=len(result.bodies),
            changes=_diff(_claim_keys(old_claims[source.pk]), _claim_keys(new_claims)),
        )
    ledger.flush()
    exchange_services.rows_update([source for source, _ in parsed], PARSED_FIELDS)
    return reports


PARSED_FIELDS = [
    "extracted_text",
    "language",
    "published_on",
    "title",
    "status",
    "error",
    "parser_version",
    "parsed_at",
]


def _items(result) -> list:
    return [*result.releases, *result.bodies]


def _claim_keys(claims: list[Claim]) -> dict[tuple, int | None]:
    return {
        (claim.kind, str(claim.event_date), claim.released_by_id, claim.received_by_id): claim.count
        for claim in claims
    }


def _diff(before: dict, after: dict) -> list[str]:
    changes = [f"added {key}: {after[key]}" for key in after.keys() - before.keys()]
    changes += [f"removed {key}: {before[key]}" for key in before.keys() - after.keys()]
    changes += [
        f"changed {key}: {before[key]} -> {after[key]}"
        for key in before.keys() & after.keys()
        if before[key] != after[key]
    ]
    return sorted(changes)


def _claims_record(ledger, source: Source, result, parties: dict) -> list[Claim]:
    """Match one article's figures to records and hand its claims to the ledger."""
    exchange, claims = _agreement_claim(ledger, source, result, parties)
    claims += [_release_claim(ledger, source, item, parties, exchange) for item in result.releases]
    claims += [_bodies_claim(ledger, source, item, parties) for item in result.bodies]
    for claim in claims:
        ledger.claim_add(claim)
    return claims


def _parties_of(results: list) -> dict:
    names = set()
    for result in results:
        for item in _items(result):
            names.update(n for n in (item.released_by, item.received_by) if n)
        if result.agreement:
            names.update(result.agreement.parties or [])
    return exchange_services.parties_resolve(names)


def _quote_fields(evidence: list) -> dict:
    first = evidence[0] if evidence else {"quote": "", "start": 0, "end": 0}
    return {
        "quote": first["quote"],
        "quote_start": first["start"],
        "quote_end": first["end"],
        "evidence": list(evidence),
    }


def _agreement_claim(ledger, source, result, parties) -> tuple[Exchange | None, list[Claim]]:
    agreement = result.agreement
    if not agreement or len(agreement.parties or []) < 2:
        return None, []
    # Agreements are rare: they are matched through the ORM on the records as written so far.
    ledger.flush()
    exchange = exchange_services.exchange_match_or_create(
        parties=[parties[name] for name in agreement.parties],
        target_per_side=agreement.target_per_side,
        agreed_on=agreement.agreed_on,
        venue=agreement.venue or "",
        published_on=result.published,
    )
    ledger.reload()
    if exchange is None:
        return None, []
    claim = Claim(
        source=source,
        kind=Claim.Kind.TARGET,
        count=agreement.target_per_side,
        event_date=agreement.agreed_on,
        exchange=exchange,
        **_quote_fields(agreement.evidence),
    )
    return exchange, [claim]


def _release_claim(ledger, source, item, parties, agreement_exchange) -> Claim:
    released_by, received_by = parties.get(item.released_by), parties.get(item.received_by)
    release = None
    if released_by and received_by and released_by != received_by and item.date:
        exchange = ledger.release_exchange(
            agreement_exchange, released_by.pk, received_by.pk, item.date
        )
        release = ledger.release_match(
            exchange=exchange, day=item.date, released_by=released_by.pk, received_by=received_by.pk
        )
    return _figure_claim(
        source,
        Claim.Kind.RELEASE,
        item,
        released_by,
        received_by,
        release=release,
        alternatives=list(item.alternatives or []),
        **{name: (item.categories or {}).get(name) for name in CATEGORY_FIELDS},
    )


def _bodies_claim(ledger, source, item, parties) -> Claim:
    released_by, received_by = parties.get(item.released_by), parties.get(item.received_by)
    repatriation = None
    # Like a release, an undated handover of remains cannot be matched: one record per mention
    # would count the same remains again, so the claim waits for an editor.
    if released_by and received_by and released_by != received_by and item.date:
        repatriation = ledger.repatriation_match(
            day=item.date, released_by=released_by.pk, received_by=received_by.pk
        )
    return _figure_claim(
        source, Claim.Kind.BODIES, item, released_by, received_by, repatriation=repatriation
    )


def _figure_claim(source, kind, item, released_by, received_by, **fields) -> Claim:
    """A claim for one stated figure; matched to a record or not (then it waits for an editor)."""
    matched = fields.get("release") or fields.get("repatriation")
    return Claim(
        source=source,
        kind=kind,
        released_by=released_by,
        received_by=received_by,
        count=item.count,
        event_date=item.date,
        confidence=1.0 if matched else 0.5,
        **fields,
        **_quote_fields(item.evidence),
    )


def source_retry(source: Source) -> IngestReport:
    """Parse a failed source again (e.g. after a fix to the extractor)."""
    Source.objects.filter(pk=source.pk).update(status=Source.Status.PENDING, error="")
    return source_process(source.pk, force=True)


def sources_outdated():
    """Sources parsed by an older extractor version."""
    return Source.objects.filter(status=Source.Status.PARSED).exclude(
        parser_version=extract_step.parser_version()
    )


def sources_pending(*, before: datetime.datetime):
    return Source.objects.filter(status=Source.Status.PENDING, created_at__lt=before).order_by("pk")


def feed_poll(feed: Feed) -> int:
    """Submit every new entry of a feed; returns how many sources were created."""
    import feedparser

    try:
        document = fetch(feed.url)
    except FetchError as exc:
        Feed.objects.filter(pk=feed.pk).update(last_error=str(exc), last_polled_at=timezone.now())
        return 0
    parsed = feedparser.parse(document.content)
    created_count = 0
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        if not link:
            continue
        try:
            _, created = source_submit(
                url=link,
                title=entry.get("title", ""),
                outlet=feed.outlet or feed.title,
                published_on=_entry_date(entry),
                feed=feed,
            )
        except SubmissionError:
            continue
        created_count += created
    Feed.objects.filter(pk=feed.pk).update(
        last_error="",
        last_polled_at=timezone.now(),
        title=feed.title or parsed.feed.get("title", "")[:300],
    )
    return created_count


def _entry_date(entry) -> datetime.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.date(*parsed[:3]) if parsed else None


def feeds_poll() -> int:
    return sum(feed_poll(feed) for feed in Feed.objects.filter(active=True))


@transaction.atomic
def source_mark_irrelevant(*, source: Source, editor, reason: str = "") -> Source:
    """Take an article out of the records: its claims go, every figure they supported is
    reconciled again. The raw article stays stored."""
    source = Source.objects.select_for_update().get(pk=source.pk)
    claims = list(source.claims.all())
    ledger = exchange_services.Ledger()
    ledger.load(
        keys=(),
        parties=(),
        release_ids={claim.release_id for claim in claims},
        repatriation_ids={claim.repatriation_id for claim in claims},
    )
    ledger.source_forget(source.pk, claims)
    ledger.flush()
    source.status = Source.Status.IRRELEVANT
    source.error = reason or f"Marked irrelevant by {editor}"
    source.save()
    return source


def source_reparse(*, source: Source) -> IngestReport:
    """Run the extractor again on a stored source now (an editor's request)."""
    if source.status == Source.Status.FAILED:
        return source_retry(source)
    return source_process(source.pk, force=True)
