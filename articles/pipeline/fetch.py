"""Safe fetching of articles and feeds: http(s) only, public addresses only (also after redirects
and DNS resolution), bounded size, time and content type."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings

ALLOWED_CONTENT_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
)
MAX_REDIRECTS = 5
USER_AGENT = "ExchangeTrackerBot/1.0 (+newsroom prisoner-exchange tracker)"


class FetchError(Exception):
    """A refusal or failure that retrying will not fix (bad URL, unsafe address, too large)."""


class TransientFetchError(FetchError):
    """A failure worth retrying later (timeout, connection reset, 5xx)."""


@dataclass(frozen=True)
class FetchedDocument:
    url: str
    final_url: str
    content: str
    content_type: str  # "html" or "text" or "feed"
    media_type: str


def _allowed_private_hosts() -> set[str]:
    """Test-only allowance: hosts (e.g. a local test server) exempt from the address checks."""
    return set(getattr(settings, "FETCH_ALLOW_PRIVATE_HOSTS", ()))


def check_url(url: str, *, resolve: bool = True) -> tuple[str, int]:
    """Refuse anything but http(s) to a public address. Returns (host, port).

    With `resolve=False` (at submission time) only literal addresses and local names are
    checked; the DNS answer is checked when the URL is actually fetched.
    """
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"Malformed URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(
            f"Only http and https URLs can be fetched, not {parts.scheme or 'none'!r}."
        )
    host = parts.hostname
    if not host:
        raise FetchError("The URL has no host.")
    if parts.username or parts.password:
        raise FetchError("URLs with credentials are refused.")
    if f"{host}:{port}" in _allowed_private_hosts() or host in _allowed_private_hosts():
        return host, port
    if not resolve:
        _check_literal(host)
        return host, port
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"Cannot resolve host {host!r}: {exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FetchError(f"Refused: {host!r} resolves to a non-public address ({address}).")
    return host, port


def _check_literal(host: str) -> None:
    if host.lower() in {"localhost", "localhost.localdomain"} or host.lower().endswith(
        ".localhost"
    ):
        raise FetchError(f"Refused: {host!r} is a local address.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return
    if not address.is_global or address.is_multicast:
        raise FetchError(f"Refused: {host!r} is a non-public address.")


def _classify(media_type: str) -> str:
    if media_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if media_type == "text/plain":
        return "text"
    return "feed"


def _read_limited(response: requests.Response, limit: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"Refused: the document is larger than {limit} bytes.")
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise FetchError(f"Refused: the document is larger than {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str, *, max_bytes: int | None = None, timeout: float | None = None
) -> FetchedDocument:
    """GET `url`, following redirects by hand so that every hop is checked."""
    max_bytes = max_bytes or settings.INGEST_MAX_BYTES
    timeout = timeout or settings.FETCH_TIMEOUT
    current = url
    with requests.Session() as session:
        session.trust_env = False  # no proxies from the environment: we check the real peer
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(current)
            try:
                response = session.get(
                    current,
                    timeout=(timeout, timeout),
                    allow_redirects=False,
                    stream=True,
                    headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ALLOWED_CONTENT_TYPES)},
                )
            except (requests.Timeout, requests.ConnectionError) as exc:
                raise TransientFetchError(
                    f"Could not fetch {current}: {exc.__class__.__name__}"
                ) from None
            except requests.RequestException as exc:
                raise FetchError(f"Could not fetch {current}: {exc}") from None
            with response:
                if response.is_redirect:
                    location = response.headers.get("Location", "")
                    current = urljoin(current, location)
                    continue
                return _document(url, current, response, max_bytes)
    raise FetchError(f"Refused: more than {MAX_REDIRECTS} redirects.")


def _document(
    url: str, final_url: str, response: requests.Response, max_bytes: int
) -> FetchedDocument:
    if response.status_code >= 500 or response.status_code == 429:
        raise TransientFetchError(f"{final_url} answered HTTP {response.status_code}.")
    if response.status_code != 200:
        raise FetchError(f"{final_url} answered HTTP {response.status_code}.")
    media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media_type not in ALLOWED_CONTENT_TYPES:
        raise FetchError(f"Refused content type {media_type or 'unknown'!r} from {final_url}.")
    body = _read_limited(response, max_bytes)
    encoding = response.encoding if "charset" in response.headers.get("Content-Type", "") else None
    text = body.decode(encoding or "utf-8", errors="replace")
    return FetchedDocument(url, final_url, text, _classify(media_type), media_type)
