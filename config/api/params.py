"""Query parameters handled by views themselves (not by a FilterSet)."""

import datetime

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

AS_OF_PARAMETER = OpenApiParameter(
    "as_of",
    OpenApiTypes.DATE,
    description=(
        "Totals as published at the end of this day (UTC, YYYY-MM-DD), rebuilt from the records' "
        "history. Not in the future. Omit for the current totals."
    ),
)


class AsOfSerializer(serializers.Serializer):
    as_of = serializers.DateField(required=False, allow_null=True, default=None)

    def validate_as_of(self, value):
        if value is not None and value > timezone.now().date():
            raise serializers.ValidationError("as_of cannot be in the future.")
        return value


def as_of_day(request) -> datetime.date | None:
    """The validated `?as_of=` day, or None; a bad value raises a 400 naming `as_of`."""
    params = AsOfSerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    return params.validated_data["as_of"]
