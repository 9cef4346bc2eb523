"""Load the demo articles through the real ingestion pipeline (idempotent)."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

# The gold-labelled corpus copy and the project's own articles in other outlets' styles.
DEMO_DIRS = [
    Path(settings.BASE_DIR) / "tests" / "fixtures" / "corpus",
    Path(settings.BASE_DIR) / "tests" / "fixtures" / "articles",
]


class Command(BaseCommand):
    help = "Ingest the project's demo articles and, in DEBUG, create a demo editor."

    def add_arguments(self, parser):
        parser.add_argument("--no-user", action="store_true", help="Do not create the demo editor.")

    def handle(self, *args, **options):
        call_command("ingest", *map(str, DEMO_DIRS), "--no-progress", stdout=self.stdout)
        if settings.DEBUG and not options["no_user"]:
            self._demo_editor()

    def _demo_editor(self):
        user_model = get_user_model()
        if user_model.objects.filter(username="editor").exists():
            return
        user_model.objects.create_superuser("editor", "editor@example.org", "editor")
        self.stdout.write(
            "Demo editor created for the admin at /admin/: user 'editor', password 'editor' "
            "(DEBUG only; never in production)."
        )
