"""Filter building blocks shared by the apps' FilterSets."""

import django_filters
from django import forms


class StableOrderingFilter(django_filters.OrderingFilter):
    """`?ordering=` limited to known fields (anything else is a 400), always ending with the
    primary key so that pages neither overlap nor skip rows."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text", "Sort order: one of the listed fields; prefix '-' to reverse."
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        ordering = [self.get_ordering_value(param) for param in value or [] if param]
        if not ordering:
            return qs
        tie_breaker = "-pk" if ordering[-1].startswith("-") else "pk"
        return qs.order_by(*ordering, tie_breaker)


class IdFilter(django_filters.Filter):
    """A positive integer id (no decimals, nothing beyond a 64-bit key)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)
