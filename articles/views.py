"""Public pages about sources: one article with its claims marked, search, and the methodology."""

import json
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.shortcuts import get_object_or_404, render

from exchanges.models import Exchange, Party

from .highlight import claim_spans, highlight
from .models import Claim, Source
from .search import SearchForm, excerpt

logger = logging.getLogger(__name__)
SEARCH_LIMIT = 20


def _is_web_address(url: str | None) -> bool:
    """Only http(s) addresses become links: a stored `javascript:` URL must not."""
    return bool(url) and urlsplit(url).scheme.lower() in ("http", "https")


def source_detail(request, pk):
    source = get_object_or_404(Source.objects.defer("raw_content"), pk=pk)
    claims = list(
        source.claims.select_related(
            "released_by", "received_by", "release__tranche__exchange", "exchange"
        ).order_by("quote_start", "pk")
    )
    spans, unmarked = claim_spans(source.extracted_text, claims)
    for claim in claims:
        claim.anchored_in_list = claim.pk in unmarked
        tranche = claim.release.tranche if claim.release_id else None
        claim.public_tranche = (
            tranche
            if tranche and (tranche.exchange is None or tranche.exchange.status != "draft")
            else None
        )
    return render(
        request,
        "articles/source_detail.html",
        {
            "source": source,
            "claims": claims,
            "marked_text": highlight(source.extracted_text, spans),
            "source_url": source.url if _is_web_address(source.url) else "",
            "permalink": request.build_absolute_uri(source.get_absolute_url()),
        },
    )


def search(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        term = form.cleaned_data["q"]
        results = {
            "exchanges": list(
                Exchange.objects.public()
                .filter(Q(title__icontains=term) | Q(venue__icontains=term))
                .order_by("-agreed_on")[:SEARCH_LIMIT]
            ),
            "parties": list(
                Party.objects.filter(Q(name__icontains=term) | Q(aliases__alias__icontains=term))
                .distinct()
                .order_by("name")[:SEARCH_LIMIT]
            ),
            "sources": [
                (source, excerpt(source.extracted_text, term))
                for source in Source.objects.defer("raw_content")
                .filter(Q(title__icontains=term) | Q(extracted_text__icontains=term))
                .order_by("-published_on", "-id")[:SEARCH_LIMIT]
            ],
        }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(
        request,
        "articles/search.html",
        {"form": form, "results": results, "limit": SEARCH_LIMIT},
        status=status,
    )


def _accuracy() -> dict | None:
    """The extractor's measured accuracy, from the data file editors update (see settings)."""
    path = getattr(settings, "SITE_ACCURACY_FILE", None)
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        logger.warning("Accuracy figures unavailable from %s: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def methodology(request):
    return render(
        request,
        "articles/methodology.html",
        {"accuracy": _accuracy(), "claim_kinds": Claim.Kind.choices},
    )
