"""HTTP behaviour shared by every API view: JSON errors, conditional requests, caching, CORS.

Public reads are cached in Django's cache under a *data version*: one cheap query reading the
newest history id / row id of every table the API shows. Any write through the ORM adds a
history row (or a new row), so the version moves and old entries are never served again;
the entry's timeout (API_CACHE_SECONDS) bounds staleness for the few edits that leave no trace
(e.g. a source's status). The ETag is a hash of the body, so a 304 matches what the body would be.
With API_VERSION_TTL > 0 (default 1 s in production) a process reuses the version that long.
"""

import datetime
import hashlib
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date, parse_etags, parse_http_date_safe
from rest_framework.renderers import JSONRenderer

from articles.models import Claim, Source
from exchanges.models import Exchange, ExchangeParty, Party, PartyAlias, Release, Tranche

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def _data_version_sql() -> str:
    quote = connection.ops.quote_name
    parts = []
    for model in (Exchange, ExchangeParty, Tranche, Release):
        table = quote(model.history.model._meta.db_table)
        parts += [
            f"(SELECT MAX(history_id) FROM {table})",
            f"(SELECT MAX(history_date) FROM {table})",
        ]
    for model in (Party, PartyAlias):
        parts.append(f"(SELECT MAX(id) FROM {quote(model._meta.db_table)})")
    for model in (Source, Claim):
        table = quote(model._meta.db_table)
        parts.append(f"(SELECT MAX(id) FROM {table})")
        parts.append(f"(SELECT created_at FROM {table} ORDER BY id DESC LIMIT 1)")
    return "SELECT " + ", ".join(parts)


def _as_datetime(value) -> datetime.datetime | None:
    if isinstance(value, str):  # SQLite returns aggregates of datetimes as text
        value = parse_datetime(value)
    if value is not None and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


_remembered: dict = {"at": -1e9, "value": None}


def data_version() -> tuple[str, datetime.datetime | None]:
    """(opaque version of everything the API shows, time of the newest recorded change).

    A process may reuse it for API_VERSION_TTL seconds (micro-caching: reads then cost no query).
    """
    ttl, now = settings.API_VERSION_TTL, time.monotonic()
    if ttl and now - _remembered["at"] < ttl:
        return _remembered["value"]
    value = _read_data_version()
    _remembered.update(at=now, value=value)
    return value


def _read_data_version() -> tuple[str, datetime.datetime | None]:
    with connection.cursor() as cursor:
        cursor.execute(_data_version_sql())
        row = cursor.fetchone()
    times = [_as_datetime(value) for value in row[1:8:2] + row[11::2]]
    ids = row[0:8:2] + row[8:11] + row[12::2]
    return "-".join(str(value or 0) for value in ids), max(filter(None, times), default=None)


# Each process also keeps the latest entries unpickled: a hit then costs a dict lookup. Keys
# embed the data version, so this copy is exactly as fresh as the shared cache's.
_LOCAL_MAX_ENTRIES = 512
_local_entries: OrderedDict = OrderedDict()


def clear_local_entries() -> None:
    _local_entries.clear()


def _entry_get(key: str) -> dict | None:
    hit = _local_entries.get(key)
    if hit is not None and hit[0] > time.monotonic():
        return hit[1]
    entry = cache.get(key)
    if entry is not None:
        _local_put(key, entry)
    return entry


def _entry_set(key: str, entry: dict) -> None:
    cache.set(key, entry, settings.API_CACHE_SECONDS)
    _local_put(key, entry)


def _local_put(key: str, entry: dict) -> None:
    _local_entries[key] = (time.monotonic() + settings.API_CACHE_SECONDS, entry)
    _local_entries.move_to_end(key)
    while len(_local_entries) > _LOCAL_MAX_ENTRIES:
        _local_entries.popitem(last=False)


def _etag(content: bytes) -> str:
    return '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'


def _not_modified(request, etag: str, last_modified: datetime.datetime | None) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = parse_etags(if_none_match)
        return "*" in tags or etag in tags or etag in [tag.removeprefix("W/") for tag in tags]
    since = parse_http_date_safe(request.headers.get("If-Modified-Since") or "")
    return bool(since and last_modified and int(last_modified.timestamp()) <= since)


class _Ready(Exception):
    """Raised from `initial()` to answer from the cache without running the handler."""

    def __init__(self, response):
        self.response = response


class ApiViewMixin:
    """Errors always as JSON; `public_read` views add CORS, Cache-Control, ETag and caching."""

    public_read = True
    cache_by_version = True  # serve from the data-version cache, send Last-Modified
    cache_control: str | None = None  # default for public reads: public, max-age=API_MAX_AGE

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self._entry_key = self._last_modified = None
        if not (self.public_read and self.cache_by_version and request.method in ("GET", "HEAD")):
            return
        version, self._last_modified = data_version()
        raw = "|".join((version, request.accepted_renderer.format, request.get_full_path()))
        self._entry_key = "api:" + hashlib.blake2b(raw.encode("utf-8", "replace")).hexdigest()
        entry = _entry_get(self._entry_key)
        if entry is not None:
            response = HttpResponse(entry["content"], content_type=entry["content_type"])
            raise _Ready(self._conditional(request, response, entry["etag"]))

    def handle_exception(self, exc):
        if isinstance(exc, _Ready):
            return exc.response
        response = super().handle_exception(exc)
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        public_safe = self.public_read and request.method in SAFE_METHODS
        if public_safe and self._cors_allowed(request):
            for header, value in CORS_HEADERS.items():
                response[header] = value
        if not public_safe:
            response.setdefault("Cache-Control", "no-store")
        elif (
            request.method != "OPTIONS"
            and response.status_code == 200
            and not response.has_header("ETag")
        ):
            response = self._store(request, response)
        return response

    def _cors_allowed(self, request) -> bool:
        wanted = request.headers.get("Access-Control-Request-Method")
        return request.method != "OPTIONS" or wanted in (None, "GET", "HEAD")

    def _store(self, request, response):
        response.render()
        etag = _etag(response.content)
        if getattr(self, "_entry_key", None):
            entry = {
                "content": response.content,
                "content_type": response["Content-Type"],
                "etag": etag,
            }
            _entry_set(self._entry_key, entry)
        return self._conditional(request, response, etag)

    def _conditional(self, request, response, etag: str):
        last_modified = getattr(self, "_last_modified", None)
        if _not_modified(request, etag, last_modified):
            response = HttpResponseNotModified()
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        response["Cache-Control"] = self.cache_control or f"public, max-age={settings.API_MAX_AGE}"
        patch_vary_headers(response, ["Accept"])
        if self._cors_allowed(request):
            for header, value in CORS_HEADERS.items():
                response[header] = value
        return response
