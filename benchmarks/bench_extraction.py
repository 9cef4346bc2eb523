"""Throughput of the extraction engine on one core.

    python benchmarks/bench_extraction.py [--seconds 3] [--runs 1]

Prints plain-text articles/s, HTML articles/s, and the ratio of our whole HTML pipeline to
trafilatura's extraction alone (the same call, same settings, same pages, same run). The
target is >= 200 plain-text articles/s and an HTML ratio within 1.5x. With --runs N every
figure is measured N times (interleaved) and the medians are printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def _rate(function, items, seconds: float) -> float:
    function(items[0])  # warm caches and imports
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for item in items:
            function(item)
        done += len(items)
    return done / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=1, help="repeat and print medians")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    import trafilatura

    from articles.extraction import extract
    from articles.extraction.text import (
        TRAFILATURA_OPTIONS,
        html_main_text,
        html_published,
        load,
    )

    texts = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt")) + sorted(ARTICLES.glob("*.txt"))]
    # the corpus's 4 pages (6-7 KB) and our fixtures' full pages (18-23 KB, with the menus,
    # scripts and boxes of real news sites)
    pages = [
        p.read_text(encoding="utf-8")
        for p in sorted(CORPUS.glob("*.html")) + sorted(ARTICLES.rglob("*.html"))
    ]

    def trafilatura_alone(page: str) -> None:
        trafilatura.bare_extraction(page, **TRAFILATURA_OPTIONS)

    # the pages' main text, to time the text stages alone on what the HTML pipeline feeds them
    page_texts = [load(page).text for page in pages]

    def text_stages(text: str) -> None:
        extract(text, content_type="text")

    runs: list[tuple[float, ...]] = []
    for _ in range(max(1, args.runs)):
        runs.append(
            (
                _rate(extract, texts, args.seconds),
                _rate(extract, pages, args.seconds),
                _rate(trafilatura_alone, pages, args.seconds),
                _rate(lambda page: html_main_text(page, []), pages, args.seconds),
                _rate(html_published, pages, args.seconds),
                _rate(text_stages, page_texts, args.seconds),
            )
        )
    plain, html_ours, html_trafilatura, main_text_only, dates_only, text_only = (
        statistics.median(column) for column in zip(*runs, strict=True)
    )
    ratio = statistics.median(run[2] / run[1] for run in runs)
    if len(runs) > 1:
        print(f"medians of {len(runs)} runs")
    print(f"plain text : {plain:8.1f} articles/s ({len(texts)} articles)")
    print(f"html       : {html_ours:8.1f} articles/s ({len(pages)} pages, whole pipeline)")
    print(f"trafilatura: {html_trafilatura:8.1f} pages/s (bare_extraction alone, same settings)")
    print(f"  (our trafilatura stage alone: {main_text_only:.1f} pages/s)")
    print(
        f"  (per page: trafilatura {1000 / main_text_only:.1f} ms, htmldate "
        f"{1000 / dates_only:.1f} ms, our text stages on the page's text {1000 / text_only:.1f} ms)"
    )
    print(f"html pipeline / trafilatura alone: {ratio:.2f}x time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
