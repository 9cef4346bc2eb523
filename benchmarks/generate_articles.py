"""Generate a batch of varied synthetic exchange articles (plain text, `Published:` first line).

Used by the ingestion benchmark; streams files to disk so any batch size fits in memory.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator
from pathlib import Path

PAIRS = [
    ("Russia", "Ukraine"),
    ("Israel", "Hamas"),
    ("Armenia", "Azerbaijan"),
    ("United States", "Russia"),
]
DEMONYM = {
    "Russia": "Russian",
    "Ukraine": "Ukrainian",
    "Israel": "Israeli",
    "Hamas": "Palestinian",
    "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani",
    "United States": "American",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OPENINGS = [
    "{a} and {b} each released {n} prisoners on {weekday}, officials said.",
    "{a} handed over {n} {b_dem} prisoners on {weekday} and received the same number in return.",
    "In a swap on {date_text}, {n} {a_dem} captives came home and {m} {b_dem} detainees were freed.",
    "Officials confirmed that {n} people were released by each side on {weekday} in a {n}-for-{n} exchange.",
]
FILLER = [
    "Relatives waited at the border with flags and photographs.",
    "The exchange was mediated by a third country, according to a statement.",
    "Some of those freed had been held for more than two years, their families said.",
    "Officials said more exchanges could follow in the coming weeks.",
    "The released men and women were taken to hospitals for medical checks.",
    "Neither side gave details of where the handover took place.",
]
DISTRACTORS = [
    "Overnight, {k} drones were launched at the region, the military said.",
    "The war has killed tens of thousands since 2022.",
    "Separately, the bodies of {k} soldiers were repatriated last month.",
]


def _article(rng: random.Random, index: int) -> str:
    a, b = PAIRS[index % len(PAIRS)]
    if rng.random() < 0.5:
        a, b = b, a
    published = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(700))
    event = published - datetime.timedelta(days=rng.randrange(0, 4))
    n = rng.choice([12, 48, 75, 84, 95, 103, 150, 205, 230, 307, 390])
    opening = rng.choice(OPENINGS).format(
        a=a,
        b=b,
        n=n,
        m=n + rng.choice([0, 0, 3, 18]),
        weekday=WEEKDAYS[event.weekday()],
        date_text=f"{event.day} {event:%B}",
        a_dem=DEMONYM[a],
        b_dem=DEMONYM[b],
    )
    body = [opening]
    for _ in range(rng.randrange(3, 9)):
        body.append(rng.choice(FILLER + DISTRACTORS).format(k=rng.randrange(10, 500)))
    headline = f"{a} and {b} swap prisoners ({index})"
    return f"Published: {published.isoformat()}\n{headline}\n\n" + "\n\n".join(body) + "\n"


def generate(count: int, seed: int = 2025) -> Iterator[str]:
    rng = random.Random(seed)
    for index in range(count):
        yield _article(rng, index)


def write(folder: Path, count: int, seed: int = 2025) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(generate(count, seed)):
        (folder / f"article-{index:06d}.txt").write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/generated-articles")
    write(target, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
    print(target)
