"""Absolute links between API resources, built from data already loaded (no query per row)."""

from urllib.parse import urlencode

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers


def _attr(obj, path: str):
    for name in path.split("."):
        obj = getattr(obj, name, None) if not isinstance(obj, dict) else obj.get(name)
        if obj is None:
            return None
    return obj


def api_url(request, view_name: str, kwargs: dict | None = None, query: dict | None = None) -> str:
    url = reverse(f"api:{view_name}", kwargs=kwargs)
    if query:
        url += "?" + urlencode(query)
    return request.build_absolute_uri(url) if request is not None else url


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class LinkField(serializers.Field):
    """A read-only URL. `kwargs`/`query` map URL parameters to attribute paths of the object;
    the link is null when one of them is missing (e.g. an unassigned tranche's exchange)."""

    def __init__(self, view_name: str, *, kwargs=None, query=None, **options):
        self.view_name, self.url_kwargs, self.url_query = view_name, kwargs or {}, query or {}
        options.setdefault("help_text", "Link to the related resource.")
        super().__init__(source="*", read_only=True, **options)

    def to_representation(self, obj):
        values = {}
        for params in (self.url_kwargs, self.url_query):
            for param, path in params.items():
                values[param] = _attr(obj, path)
                if values[param] is None:
                    return None
        return api_url(
            self.context.get("request"),
            self.view_name,
            {param: values[param] for param in self.url_kwargs},
            {param: values[param] for param in self.url_query},
        )
