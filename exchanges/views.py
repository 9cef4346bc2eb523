"""Public pages: home, exchange, tranche, party, timeline and the embeddable progress widget.

Totals always come from `selectors.exchange_totals`; views only arrange what they read. Every page
runs a fixed number of queries, whatever the number of tranches or sources.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.clickjacking import xframe_options_exempt

from articles.models import Claim

from .charts import cumulative_chart
from .figures import Figure, figure_versions, release_figure
from .forms import TimelineFilterForm
from .models import BodyRepatriation, Exchange, Party, Release, Tranche
from .selectors import (
    exchange_corrections,
    exchange_totals,
    exchange_totals_one,
    public_tranches,
    site_last_updated,
    tranches_timeline,
)

OPEN_STATUSES = (Exchange.Status.AGREED, Exchange.Status.IN_PROGRESS, Exchange.Status.STALLED)
TIMELINE_PAGE_SIZE = 25
LATEST_TRANCHES = 8
WIDGET_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *"
)


def _claims_with_sources():
    """Claims with the metadata of their source, never its (large) texts."""
    return (
        Claim.objects.select_related("source")
        .defer("source__raw_content", "source__extracted_text")
        .order_by("-source__published_on", "source_id", "quote_start")
    )


def _releases_with_claims():
    return Release.objects.select_related("released_by", "received_by").prefetch_related(
        Prefetch("claims", queryset=_claims_with_sources())
    )


def _with_figures(tranches) -> list[Tranche]:
    """Tranches with each release's figure (its sources' versions) attached for display."""
    tranches = list(tranches)
    for tranche in tranches:
        for release in tranche.releases.all():
            release.figure = release_figure(release)
    return tranches


def api_links(exchange: Exchange) -> dict[str, str]:
    """Downloads served by the REST API (/api/v1/)."""
    return {
        "totals_csv": f"/api/v1/exchanges/{exchange.slug}/totals/?format=csv",
        "totals_json": f"/api/v1/exchanges/{exchange.slug}/totals/?format=json",
        "tranches_csv": f"/api/v1/tranches/?exchange={exchange.slug}&format=csv",
    }


def home(request):
    exchanges = list(Exchange.objects.public().order_by("-agreed_on", "title")[:30])
    totals = exchange_totals(exchanges)
    latest = tranches_timeline()[:LATEST_TRANCHES]
    return render(
        request,
        "exchanges/home.html",
        {
            "open_totals": [t for t in totals if t.exchange.status in OPEN_STATUSES],
            "closed_totals": [t for t in totals if t.exchange.status not in OPEN_STATUSES],
            "latest_tranches": latest,
            "last_updated": site_last_updated(),
        },
    )


def exchange_detail(request, slug):
    exchange = get_object_or_404(Exchange.objects.public().prefetch_related("mediators"), slug=slug)
    totals = exchange_totals_one(exchange)
    tranches = _with_figures(
        Tranche.objects.filter(exchange=exchange)
        .prefetch_related(Prefetch("releases", queryset=_releases_with_claims()))
        .order_by("date", "id")
    )
    releases = [r for t in tranches for r in t.releases.all()]
    target_claims = _claims_with_sources().filter(exchange=exchange, kind=Claim.Kind.TARGET)
    stamps = (
        [exchange.updated_at] + [t.updated_at for t in tranches] + [r.updated_at for r in releases]
    )
    context = {
        "exchange": exchange,
        "totals": totals,
        "tranches": tranches,
        "target": Figure(value=None, versions=figure_versions(target_claims)),
        "chart": cumulative_chart(
            totals,
            [(r.tranche_date, r.released_by.slug, r.count) for r in _dated(tranches)],
            start=exchange.agreed_on,
        ),
        "corrections": exchange_corrections(exchange),
        "repatriations": BodyRepatriation.objects.filter(exchange=exchange)
        .select_related("released_by", "received_by")
        .order_by("date", "id"),
        "last_updated": max(stamps),
        "permalink": request.build_absolute_uri(exchange.get_absolute_url()),
        "api": api_links(exchange),
        "embed_url": request.build_absolute_uri(f"/embed/exchanges/{exchange.slug}/"),
    }
    return render(request, "exchanges/exchange_detail.html", context)


def _dated(tranches):
    """Each release with its tranche's date, for the chart."""
    for tranche in tranches:
        for release in tranche.releases.all():
            release.tranche_date = tranche.date
            yield release


def tranche_detail(request, pk):
    tranche = get_object_or_404(
        public_tranches()
        .select_related("exchange")
        .prefetch_related(Prefetch("releases", queryset=_releases_with_claims())),
        pk=pk,
    )
    (tranche,) = _with_figures([tranche])
    return render(
        request,
        "exchanges/tranche_detail.html",
        {
            "tranche": tranche,
            "permalink": request.build_absolute_uri(tranche.get_absolute_url()),
        },
    )


def party_detail(request, slug):
    party = get_object_or_404(Party.objects.prefetch_related("aliases"), slug=slug)
    exchanges = party.exchanges.public().order_by("-agreed_on", "title")
    return render(
        request,
        "exchanges/party_detail.html",
        {
            "party": party,
            "totals": exchange_totals(exchanges),
            "tranches": tranches_timeline(party=party)[:20],
            "permalink": request.build_absolute_uri(party.get_absolute_url()),
        },
    )


def timeline(request):
    form = TimelineFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        context = {"form": form, "page": None, "invalid": True}
        return render(request, "exchanges/timeline.html", context, status=400)
    filters = form.filters() if form.is_bound else {}
    paginator = Paginator(tranches_timeline(**filters), TIMELINE_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "exchanges/timeline.html",
        {"form": form, "page": page, "query": query.urlencode(), "filters": filters},
    )


@xframe_options_exempt
def embed_progress(request, slug):
    exchange = Exchange.objects.public().filter(slug=slug).first()
    if exchange is None:
        raise Http404("No such exchange.")
    response = render(
        request,
        "exchanges/embed_progress.html",
        {
            "exchange": exchange,
            "totals": exchange_totals_one(exchange),
            "permalink": request.build_absolute_uri(exchange.get_absolute_url()),
        },
    )
    response["Content-Security-Policy"] = WIDGET_CSP
    return response
