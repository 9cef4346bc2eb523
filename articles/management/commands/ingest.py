"""`manage.py ingest PATH_OR_URL ...`: files, folders (recursively) and URLs, streamed one by one."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from articles import services

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}


def _inputs(targets: list[str]) -> Iterator[str]:
    """Yield URLs and article files lazily, so memory stays flat whatever the batch size."""
    for target in targets:
        if target.startswith(("http://", "https://")):
            yield target
        elif os.path.isdir(target):
            for folder, dirs, files in os.walk(target):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                        yield os.path.join(folder, name)
        else:
            yield target


def _count(targets: list[str]) -> int | None:
    total = 0
    for _ in _inputs(targets):
        total += 1
        if total > 1_000_000:
            return None
    return total


class Command(BaseCommand):
    help = "Ingest articles from files, folders and URLs through the real pipeline."

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Only store the sources and enqueue them for workers (default: process here).",
        )
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, **options):
        targets = options["targets"]
        summary: Counter[str] = Counter()
        failures: list[str] = []
        show = not options["no_progress"]
        bar = tqdm(
            _inputs(list(targets)),
            total=_count(list(targets)) if show else None,
            unit="article",
            disable=not show,
            file=self.stderr._out,
        )
        queue, texts, batch = options["queue"], [], []
        for item in bar:
            if item.startswith(("http://", "https://")):
                batch += self._submit_url(item, summary, failures)
            else:
                try:
                    texts.append((item, _read(item)))
                except (services.SubmissionError, OSError) as exc:
                    summary["refused"] += 1
                    failures.append(f"{item}: {exc}")
            if len(texts) + len(batch) >= settings.INGEST_BATCH_SIZE:
                batch += self._submit_texts(texts, summary, failures)
                summary.update(self._process(batch, failures, queue=queue))
                texts, batch = [], []
        batch += self._submit_texts(texts, summary, failures)
        summary.update(self._process(batch, failures, queue=queue))
        self._summarise(summary, failures)

    def _submit_url(self, url: str, summary: Counter, failures: list[str]) -> list[int]:
        try:
            source, created = services.source_submit(url=url, enqueue=False)
        except services.SubmissionError as exc:
            summary["refused"] += 1
            failures.append(f"{url}: {exc}")
            return []
        if not created:
            summary["already ingested"] += 1
        return [source.pk] if created else []

    def _submit_texts(self, texts: list, summary: Counter, failures: list[str]) -> list[int]:
        """Store read articles as Sources in one go; the ids of the new ones."""
        created_ids = []
        stored = services.sources_submit_texts([text for _, text in texts])
        for (item, _), (source_id, created, error) in zip(texts, stored, strict=True):
            if error:
                summary["refused"] += 1
                failures.append(f"{item}: {error}")
            elif created:
                created_ids.append(source_id)
            else:
                summary["already ingested"] += 1
        return created_ids

    def _process(self, batch: list[int], failures: list[str], *, queue: bool) -> Counter[str]:
        """Parse a batch here (one transaction), or hand it to the workers."""
        if not batch:
            return Counter()
        if queue:
            services.sources_enqueue(batch)
            return Counter(queued=len(batch))
        outcomes: Counter[str] = Counter()
        for report in services.sources_process(batch):
            outcomes[report.status] += 1
            if report.error:
                failures.append(f"source #{report.source_id}: {report.error}")
        return outcomes

    def _summarise(self, summary: Counter, failures: list[str]) -> None:
        parts = ", ".join(f"{count} {outcome}" for outcome, count in sorted(summary.items()))
        self.stdout.write(f"Ingested {sum(summary.values())} input(s): {parts or 'nothing'}.")
        for line in failures[:50]:
            self.stdout.write(self.style.WARNING(f"  {line}"))
        if len(failures) > 50:
            self.stdout.write(f"  ... and {len(failures) - 50} more")


def _read(path: str) -> str:
    with open(path, "rb") as handle:
        return services.article_text(handle)
