"""`manage.py reparse`: re-run the extractor over stored sources and report what changed."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles import services
from articles.models import Source


class _DryRun(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Re-parse sources whose parser version is outdated (or all with --all), reporting the "
        "figures added, changed and removed. --dry-run reports without applying."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Every parsed or failed source.")
        parser.add_argument("--dry-run", action="store_true", help="Report only; change nothing.")
        parser.add_argument("ids", nargs="*", type=int, help="Only these source ids.")

    def handle(self, *args, **options):
        ids = options["ids"]
        if ids:
            sources = Source.objects.filter(pk__in=ids)
        elif options["all"]:
            sources = Source.objects.filter(status__in=[Source.Status.PARSED, Source.Status.FAILED])
        else:
            sources = services.sources_outdated()
        changed = 0
        for source_id in sources.order_by("pk").values_list("pk", flat=True).iterator():
            report = self._reparse(source_id, dry_run=options["dry_run"])
            if report.changes or report.error:
                changed += 1
                self.stdout.write(f"Source #{source_id}: {report.status} {report.error}".rstrip())
                for line in report.changes:
                    self.stdout.write(f"  {line}")
        verb = "would change" if options["dry_run"] else "changed"
        self.stdout.write(f"{changed} source(s) {verb}.")

    def _reparse(self, source_id: int, *, dry_run: bool):
        if not dry_run:
            return services.source_ingest(source_id, force=True)
        report = None
        try:
            with transaction.atomic():
                report = services.source_ingest(source_id, force=True)
                raise _DryRun
        except _DryRun:
            pass
        return report
