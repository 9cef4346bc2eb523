from django.contrib import admin
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render

from .selectors import review_queue


@permission_required("exchanges.change_release", raise_exception=True)
def review_queue_view(request):
    context = {**admin.site.each_context(request), "title": "Review queue", "queue": review_queue()}
    return render(request, "admin/review_queue.html", context)
