"""Query parameters of the exchange, tranche and party lists. Invalid values give a 400."""

import django_filters
from django.db.models import Exists, OuterRef, Q

from config.api.filters import StableOrderingFilter
from exchanges.models import Exchange, ExchangeParty, Party, Release, Tranche

PUBLIC_STATUSES = [
    choice for choice in Exchange.Status.choices if choice[0] != Exchange.Status.DRAFT
]


class ExchangeFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=PUBLIC_STATUSES, help_text="Only this status.")
    party = django_filters.CharFilter(
        method="filter_party", max_length=120, help_text="Slug of a party that is one of the sides."
    )
    agreed_after = django_filters.DateFilter(
        field_name="agreed_on", lookup_expr="gte", help_text="Agreed on or after (YYYY-MM-DD)."
    )
    agreed_before = django_filters.DateFilter(
        field_name="agreed_on", lookup_expr="lte", help_text="Agreed on or before (YYYY-MM-DD)."
    )
    ordering = StableOrderingFilter(fields=["agreed_on", "title", "updated_at"])

    class Meta:
        model = Exchange
        fields = []

    def filter_party(self, queryset, name, value):
        sides = ExchangeParty.objects.filter(exchange=OuterRef("pk"), party__slug=value)
        return queryset.filter(Exists(sides))


class TrancheFilter(django_filters.FilterSet):
    STATUS_CHOICES = [
        ("unassigned", "Not yet matched to an exchange"),
        ("assigned", "Matched to an exchange"),
        ("disputed", "A release's figure is disputed"),
        ("undisclosed", "A release's count is undisclosed"),
        ("confirmed", "A release was confirmed by an editor"),
    ]
    exchange = django_filters.CharFilter(
        field_name="exchange__slug", max_length=200, help_text="Slug of the exchange."
    )
    party = django_filters.CharFilter(
        method="filter_party",
        max_length=120,
        help_text="Slug of a party that released or received.",
    )
    date_after = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", help_text="Handed over on or after (YYYY-MM-DD)."
    )
    date_before = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", help_text="Handed over on or before (YYYY-MM-DD)."
    )
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="filter_status", help_text="Only tranches in this state."
    )
    ordering = StableOrderingFilter(fields=["date", "created_at", "updated_at"])

    class Meta:
        model = Tranche
        fields = []

    def filter_party(self, queryset, name, value):
        involved = Q(released_by__slug=value) | Q(received_by__slug=value)
        return queryset.filter(Exists(Release.objects.filter(involved, tranche=OuterRef("pk"))))

    def filter_status(self, queryset, name, value):
        if value == "unassigned":
            return queryset.filter(exchange__isnull=True)
        if value == "assigned":
            return queryset.filter(exchange__isnull=False)
        condition = {
            "disputed": Q(status=Release.Status.DISPUTED),
            "undisclosed": Q(count__isnull=True),
            "confirmed": Q(status=Release.Status.CONFIRMED),
        }[value]
        return queryset.filter(Exists(Release.objects.filter(condition, tranche=OuterRef("pk"))))


class PartyFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Party.Kind.choices, help_text="Only this kind.")
    ordering = StableOrderingFilter(fields=["name"])

    class Meta:
        model = Party
        fields = []
