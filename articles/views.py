from django.shortcuts import get_object_or_404, render

from .models import Source


def source_detail(request, pk):
    source = get_object_or_404(Source, pk=pk)
    claims = source.claims.select_related("released_by", "received_by").order_by("quote_start")
    return render(request, "articles/source_detail.html", {"source": source, "claims": claims})
