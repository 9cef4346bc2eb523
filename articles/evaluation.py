"""Measure the extractor against gold-labelled articles, as ../shared/tools/score_extraction.py
does: a release matches on (date, released_by, received_by, count)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .extraction import extract


def release_key(release: dict) -> tuple:
    count = release.get("count")
    return (
        release.get("date"),
        (release.get("released_by") or "").strip().lower(),
        (release.get("received_by") or "").strip().lower(),
        None if count is None else int(count),
    )


def _matched(predicted: list[dict], gold: list[dict]) -> int:
    return sum((Counter(map(release_key, predicted)) & Counter(map(release_key, gold))).values())


@dataclass
class Score:
    articles: int = 0
    counts: Counter = field(default_factory=Counter)

    def f1(self, prefix: str = "") -> float:
        tp, pred, gold = (self.counts[f"{prefix}{k}"] for k in ("tp", "pred", "gold"))
        precision = tp / pred if pred else float(not gold)
        recall = tp / gold if gold else 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def add(self, gold: dict, out: dict) -> None:
        self.articles += 1
        for prefix, key in (("", "releases"), ("bodies_", "bodies")):
            predicted, expected = out.get(key) or [], gold.get(key) or []
            self.counts.update(
                {
                    f"{prefix}tp": _matched(predicted, expected),
                    f"{prefix}pred": len(predicted),
                    f"{prefix}gold": len(expected),
                }
            )
        target = (gold.get("agreement") or {}).get("target_per_side")
        found = (out.get("agreement") or {}).get("target_per_side")
        self.counts.update(
            targets=int(target is not None),
            targets_right=int(target is not None and found == target),
            targets_invented=int(target is None and found is not None),
        )
        if gold.get("agreement"):
            self.counts.update(
                agreements=1,
                agreed_on_right=int(
                    (out.get("agreement") or {}).get("agreed_on")
                    == gold["agreement"].get("agreed_on")
                ),
            )
        self.counts.update(dates_right=int(out.get("published") == gold.get("published")))


def score_folder(folder: Path) -> Score:
    """Gold from `gold.json` (a list) or from `<name>.json` beside each `<name>.txt` or
    `<name>.html`."""
    score = Score()
    gold_file = folder / "gold.json"
    if gold_file.exists():
        pairs = [(g, folder / g["file"]) for g in json.loads(gold_file.read_text("utf-8"))]
    else:
        pairs = [
            (json.loads(path.with_suffix(".json").read_text("utf-8")), path)
            for path in sorted([*folder.glob("*.txt"), *folder.glob("*.html")])
            if path.with_suffix(".json").exists()
        ]
    for gold, path in pairs:
        score.add(gold, extract(path.read_bytes()).to_dict())
    return score


def accuracy_figures(score: Score) -> list[dict]:
    c = score.counts
    return [
        {
            "label": "Releases (F1: found and real)",
            "value": f"{score.f1():.3f} ({c['tp']}/{c['gold']} found, {c['pred']} reported)",
        },
        {"label": "Body repatriations (F1)", "value": f"{score.f1('bodies_'):.3f}"},
        {
            "label": "Agreement targets right",
            "value": f"{c['targets_right']}/{c['targets']} ({c['targets_invented']} invented)",
        },
        {
            "label": "Agreement dates right (or rightly left blank)",
            "value": f"{c['agreed_on_right']}/{c['agreements']}",
        },
        {"label": "Publication dates right", "value": f"{c['dates_right']}/{score.articles}"},
    ]
