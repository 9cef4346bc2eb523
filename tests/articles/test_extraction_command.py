"""The `extract_article` command: one JSON array, one object per file, errors inline."""

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def run(*args):
    out = StringIO()
    call_command("extract_article", *args, stdout=out)
    return out.getvalue()


def test_it_prints_one_object_per_file_in_order(tmp_path):
    missing = tmp_path / "missing.txt"
    data = json.loads(
        run(
            str(CORPUS / "dev-001.txt"),
            str(missing),
            str(CORPUS / "html-003.html"),
            "--format",
            "json",
        )
    )
    assert [item["file"] for item in data] == [
        str(CORPUS / "dev-001.txt"),
        str(missing),
        str(CORPUS / "html-003.html"),
    ]
    assert "error" in data[1]
    assert data[0]["published"] == "2025-05-24" and data[0]["language"] == "en"
    release = data[0]["releases"][0]
    assert {"date", "released_by", "received_by", "count", "categories", "evidence"} <= set(release)
    assert data[0]["agreement"]["target_per_side"] == 1000
    assert data[2]["agreement"]["parties"] == ["Israel", "Hamas"]


def test_the_published_option_overrides_the_file(tmp_path):
    data = json.loads(
        run(str(CORPUS / "dev-001.txt"), "--published", "2025-05-25", "--format", "json")
    )
    assert data[0]["published"] == "2025-05-25"
    assert data[0]["releases"][0]["date"] == "2025-05-23"  # "on Friday" before Sunday 25 May


def test_it_reports_a_binary_file_without_stopping(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00" * 100)
    data = json.loads(run(str(binary), str(CORPUS / "dev-002.txt"), "--format", "json"))
    assert "error" in data[0] and data[1]["releases"]


def test_it_prints_a_readable_summary_for_editors():
    text = run(str(CORPUS / "dev-022.txt"), "--format", "text")
    assert "Russia -> Ukraine: 230" in text and "Ukraine -> Russia: 248" in text
