from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from .models import Exchange, Party, Release, Tranche
from .selectors import exchange_totals, exchange_totals_one


def home(request):
    exchanges = Exchange.objects.public().prefetch_related("parties")[:20]
    latest = (
        Tranche.objects.filter(exchange__isnull=False)
        .select_related("exchange")
        .prefetch_related(
            Prefetch("releases", queryset=Release.objects.select_related("released_by", "received_by"))
        )
        .order_by("-date", "-id")[:10]
    )
    return render(
        request,
        "exchanges/home.html",
        {"totals": exchange_totals(exchanges), "latest_tranches": latest},
    )


def _tranches_with_releases():
    return Tranche.objects.prefetch_related(
        Prefetch(
            "releases",
            queryset=Release.objects.select_related("released_by", "received_by").prefetch_related(
                "claims__source"
            ),
        )
    )


def exchange_detail(request, slug):
    exchange = get_object_or_404(Exchange.objects.public(), slug=slug)
    tranches = _tranches_with_releases().filter(exchange=exchange).order_by("date", "id")
    return render(
        request,
        "exchanges/exchange_detail.html",
        {"exchange": exchange, "totals": exchange_totals_one(exchange), "tranches": tranches},
    )


def tranche_detail(request, pk):
    tranche = get_object_or_404(_tranches_with_releases().select_related("exchange"), pk=pk)
    return render(request, "exchanges/tranche_detail.html", {"tranche": tranche})


def party_detail(request, slug):
    party = get_object_or_404(Party, slug=slug)
    exchanges = party.exchanges.public()
    return render(
        request,
        "exchanges/party_detail.html",
        {"party": party, "totals": exchange_totals(exchanges)},
    )
