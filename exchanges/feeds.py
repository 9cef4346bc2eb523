"""Atom feed of new and corrected tranches: an entry moves up whenever its figures change."""

from django.contrib.syndication.views import Feed
from django.db.models import Count, Max, Prefetch, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from .models import Release
from .selectors import public_tranches

FEED_ITEMS = 50


class TrancheFeed(Feed):
    feed_type = Atom1Feed
    title = "Prisoner Exchange Tracker: new and corrected tranches"
    subtitle = (
        "Each dated release of prisoners, with its figures; an entry is updated when corrected."
    )

    def link(self):
        return reverse("timeline")

    def feed_url(self):
        return reverse("feed-tranches")

    def items(self):
        return (
            public_tranches()
            .select_related("exchange")
            .prefetch_related(
                Prefetch("releases", queryset=Release.objects.select_related("released_by"))
            )
            .annotate(
                changed_at=Greatest(
                    "updated_at", Coalesce(Max("releases__updated_at"), "updated_at")
                ),
                locked_releases=Count("releases", filter=Q(releases__locked=True)),
            )
            .order_by("-changed_at", "-id")[:FEED_ITEMS]
        )

    def item_title(self, tranche):
        prefix = "Corrected: " if tranche.locked_releases else ""
        exchange = tranche.exchange.title if tranche.exchange else "unassigned"
        day = f"{tranche.date:%-d %B %Y}" if tranche.date else "Undated tranche"
        return f"{prefix}{day} — {exchange}"

    def item_description(self, tranche):
        parts = [
            f"{release.released_by.name} released "
            + (f"{release.count:,}" if release.count is not None else "an undisclosed number")
            + f" ({release.get_status_display().lower()})"
            for release in tranche.releases.all()
        ]
        return "; ".join(parts) or "No release recorded."

    def item_link(self, tranche):
        return tranche.get_absolute_url()

    def item_pubdate(self, tranche):
        return tranche.created_at

    def item_updateddate(self, tranche):
        return tranche.changed_at
