"""The cumulative-releases chart as plain geometry, for a server-rendered inline SVG.

Pure: it takes the exchange's totals (the one totals selector's result) and its dated releases,
and returns coordinates. The figures printed on the chart come from the totals; the line is the
running sum of the same releases (made by each side inside this exchange), so it ends there too.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 200, 16, 40
STYLES = ("side-a", "side-b", "side-c", "side-d")


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class Series:
    party: str
    style: str
    points: str
    released: int
    target: int | None
    target_y: float | None
    label_y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    first_day: datetime.date
    last_day: datetime.date
    undated: int


def _nice_step(maximum: float, ticks: int = 5) -> int:
    raw = max(maximum / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(int(factor * magnitude), 1)
    return int(10 * magnitude)


def _running_sums(releases, party_slug: str) -> list[tuple[datetime.date, int]]:
    by_day: dict[datetime.date, int] = {}
    for day, released_by, count in releases:
        if released_by == party_slug and day is not None:
            by_day[day] = by_day.get(day, 0) + (count or 0)
    total, steps = 0, []
    for day in sorted(by_day):
        total += by_day[day]
        steps.append((day, total))
    return steps


def _date_ticks(first: datetime.date, last: datetime.date, x) -> list[Tick]:
    span = (last - first).days
    count = min(span, 4) or 1
    days = sorted(
        {first + datetime.timedelta(days=round(span * i / count)) for i in range(count + 1)}
    )
    fmt = "%-d %b" if first.year == last.year else "%b %Y"
    return [Tick(x(day), day.strftime(fmt)) for day in days]


def cumulative_chart(totals, releases, start: datetime.date | None = None) -> Chart | None:
    """`releases` is an iterable of (date, released_by slug, count). None when nothing is dated."""
    releases = list(releases)
    days = [day for day, _, _ in releases if day is not None]
    if not days or not totals.sides:
        return None
    first = min([*days, start] if start and start <= min(days) else days)
    last = max(days)
    span = max((last - first).days, 1)
    sums = {side.party_slug: _running_sums(releases, side.party_slug) for side in totals.sides}
    top_value = max(
        [side.target or 0 for side in totals.sides] + [s[-1][1] for s in sums.values() if s] + [1]
    )
    step = _nice_step(top_value * 1.05)
    y_max = step * math.ceil(top_value * 1.05 / step)
    plot_right, plot_bottom = WIDTH - RIGHT, HEIGHT - BOTTOM

    def x(day: datetime.date) -> float:
        return round(LEFT + (plot_right - LEFT) * (day - first).days / span, 1)

    def y(value: int) -> float:
        return round(plot_bottom - (plot_bottom - TOP) * value / y_max, 1)

    series = []
    for index, side in enumerate(totals.sides):
        points, previous = [(x(first), y(0))], 0
        for day, total in sums[side.party_slug]:
            points += [(x(day), y(previous)), (x(day), y(total))]
            previous = total
        points.append((x(last), y(previous)))
        series.append(
            Series(
                party=side.party,
                style=STYLES[index % len(STYLES)],
                points=" ".join(f"{px},{py}" for px, py in points),
                released=side.released,
                target=side.target,
                target_y=y(side.target) if side.target is not None else None,
                label_y=y(previous),
            )
        )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        plot_left=LEFT,
        plot_right=plot_right,
        plot_top=TOP,
        plot_bottom=plot_bottom,
        series=_spread_labels(series),
        x_ticks=_date_ticks(first, last, x),
        y_ticks=[Tick(y(v), f"{v:,}") for v in range(0, y_max + 1, step)],
        first_day=first,
        last_day=last,
        undated=sum(1 for day, _, _ in releases if day is None),
    )


def _spread_labels(series: list[Series], gap: float = 16) -> list[Series]:
    """Move end labels apart vertically so that equal totals stay readable."""
    placed: list[Series] = []
    for item in sorted(series, key=lambda s: s.label_y):
        label_y = item.label_y
        if placed and label_y - placed[-1].label_y < gap:
            label_y = placed[-1].label_y + gap
        placed.append(Series(**{**item.__dict__, "label_y": label_y}))
    order = {s.party: i for i, s in enumerate(series)}
    return sorted(placed, key=lambda s: order[s.party])
