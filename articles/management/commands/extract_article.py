"""Run the extraction engine on article files and print what it finds; never touches the database.

    python manage.py extract_article FILE [FILE ...] [--published YYYY-MM-DD] --format json

JSON: one array, one object per FILE in order. A file that cannot be read gives an object
with an `error` key instead of stopping the run.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import extract

MAX_FILE_BYTES = 10 * 1024 * 1024


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from exc


def _content_type(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return None  # sniffed from the content


def extract_file(path: Path, published: datetime.date | None) -> dict:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return {
                "file": str(path),
                "error": f"file too big ({size} bytes, limit {MAX_FILE_BYTES})",
            }
        raw = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read file: {exc.strerror or exc}"}
    result = extract(raw, published=published, content_type=_content_type(path))
    return {"file": str(path), **result.to_dict()}


def _text_summary(item: dict) -> str:
    lines = [f"== {item['file']}"]
    if item.get("error"):
        return "\n".join([*lines, f"   error: {item['error']}"])
    lines.append(f"   published {item.get('published')}  language {item.get('language')}")
    if item.get("title"):
        lines.append(f"   {item['title']}")
    for label in ("releases", "bodies"):
        for figure in item.get(label) or []:
            count = "undisclosed" if figure["count"] is None else figure["count"]
            categories = ", ".join(f"{k} {v}" for k, v in figure["categories"].items())
            lines.append(
                f"   {label[:-1] if label == 'releases' else 'bodies'}: {figure['date']} "
                f"{figure['released_by']} -> {figure['received_by']}: {count}"
                + (f" ({categories})" if categories else "")
            )
            for alternative in figure.get("alternatives") or []:
                lines.append(f"      also stated: {alternative}")
            for evidence in figure["evidence"][:2]:
                lines.append(f"      \u201c{evidence['quote'][:160]}\u201d")
    agreement = item.get("agreement")
    if agreement:
        lines.append(
            f"   agreement: {' / '.join(agreement['parties'])}, target per side "
            f"{agreement['target_per_side']}, agreed on {agreement['agreed_on']}, venue {agreement['venue']}"
        )
    for warning in item.get("warnings") or []:
        lines.append(f"   warning: {warning}")
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Extract prisoner-exchange figures from article files (plain text or HTML)."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--published", type=_date, default=None, help="YYYY-MM-DD; overrides the file's date"
        )
        parser.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args, **options):
        items = [extract_file(Path(name), options["published"]) for name in options["files"]]
        if options["format"] == "json":
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=1))
        else:
            self.stdout.write("\n\n".join(_text_summary(item) for item in items))
