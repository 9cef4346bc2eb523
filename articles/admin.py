"""Admin for sources, claims and feeds: submit articles, re-parse, mark irrelevant."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html

from . import services
from .highlight import highlight
from .models import Claim, Feed, Source


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "outlet", "active", "last_polled_at", "last_error"]
    list_filter = ["active"]
    search_fields = ["title", "url", "outlet"]
    readonly_fields = ["last_polled_at", "last_error", "etag", "modified"]
    actions = ["poll_now"]

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset):
        created = sum(services.feed_poll(feed) for feed in queryset)
        self.message_user(request, f"{created} new article(s) submitted.")


class SourceClaimInline(admin.TabularInline):
    model = Claim
    fk_name = "source"
    extra = 0
    fields = ["kind", "released_by", "received_by", "count", "event_date", "quote", "release_link"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("released_by", "received_by")

    @admin.display(description="Matched record")
    def release_link(self, claim):
        if claim.release_id:
            url = reverse("admin:exchanges_release_change", args=[claim.release_id])
            return format_html('<a href="{}">release #{}</a>', url, claim.release_id)
        if claim.exchange_id:
            url = reverse("admin:exchanges_exchange_change", args=[claim.exchange_id])
            return format_html('<a href="{}">exchange #{}</a>', url, claim.exchange_id)
        return "unmatched"


class SubmitForm(forms.Form):
    url = forms.URLField(
        required=False, assume_scheme="https", help_text="Fetched safely by a worker."
    )
    content = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Pasted article text or HTML.",
    )
    upload = forms.FileField(required=False, help_text="A .txt or .html file.")
    title = forms.CharField(required=False, max_length=500)
    outlet = forms.CharField(required=False, max_length=200)
    published_on = forms.DateField(
        required=False, help_text="YYYY-MM-DD, if the text does not say."
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload:
            try:
                cleaned["content"] = services.article_text(upload)
            except services.SubmissionError as exc:
                raise forms.ValidationError(str(exc)) from None
        if not (cleaned.get("content") or "").strip() and not cleaned.get("url"):
            raise forms.ValidationError("Give a URL, paste the text or upload a file.")
        return cleaned


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "outlet",
        "published_on",
        "language",
        "status",
        "claim_total",
        "created_at",
    ]
    list_filter = ["status", "language", "content_type", "feed"]
    search_fields = ["title", "url", "outlet"]
    date_hierarchy = "published_on"
    fields = [
        "url",
        "title",
        "outlet",
        "published_on",
        "language",
        "status",
        "error",
        "parser_version",
        "content_hash",
        "created_at",
        "parsed_at",
        "highlighted_text",
    ]
    readonly_fields = [
        "status",
        "error",
        "parser_version",
        "content_hash",
        "created_at",
        "parsed_at",
        "language",
        "highlighted_text",
    ]
    inlines = [SourceClaimInline]
    actions = ["reparse", "mark_irrelevant"]

    def get_queryset(self, request):
        from django.db.models import Count

        return (
            super()
            .get_queryset(request)
            .defer("raw_content")
            .annotate(claims_count=Count("claims"))
        )

    @admin.display(description="Claims", ordering="claims_count")
    def claim_total(self, source):
        return source.claims_count

    @admin.display(description="Extracted text (claims highlighted)")
    def highlighted_text(self, source):
        spans = [(c.quote_start, c.quote_end, f"claim-{c.pk}") for c in source.claims.all()]
        return format_html(
            '<div style="white-space: pre-wrap; max-width: 60em">{}</div>',
            highlight(source.extracted_text, spans),
        )

    def get_urls(self):
        return [
            path(
                "submit/",
                self.admin_site.admin_view(self.submit_view),
                name="articles_source_submit",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:articles_source_submit")

    def submit_view(self, request):
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = SubmitForm(request.POST or None, request.FILES or None)
        if form.is_valid():
            data = form.cleaned_data
            try:
                source, created = services.source_submit(
                    content=data.get("content") or None,
                    url=data.get("url") or None,
                    title=data["title"],
                    outlet=data["outlet"],
                    published_on=data["published_on"],
                )
            except services.SubmissionError as exc:
                form.add_error(None, str(exc))
            else:
                note = "Submitted; it is being parsed." if created else "Already ingested."
                self.message_user(request, note)
                return redirect(reverse("admin:articles_source_change", args=[source.pk]))
        return render(
            request,
            "admin/articles/source/submit.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "title": "Submit an article",
                "opts": self.model._meta,
            },
        )

    @admin.action(description="Re-parse the selected sources", permissions=["change"])
    def reparse(self, request, queryset):
        for source in queryset:
            report = services.source_reparse(source=source)
            level = messages.ERROR if report.error else messages.SUCCESS
            changes = "; ".join(report.changes) or "no change"
            self.message_user(
                request, f"#{source.pk}: {report.status} — {report.error or changes}", level
            )

    @admin.action(
        description="Mark as irrelevant (its figures are withdrawn)", permissions=["change"]
    )
    def mark_irrelevant(self, request, queryset):
        for source in queryset:
            services.source_mark_irrelevant(source=source, editor=request.user)
        self.message_user(request, f"{queryset.count()} source(s) marked irrelevant.")


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "kind",
        "released_by",
        "received_by",
        "count",
        "event_date",
        "confidence",
        "source",
    ]
    list_select_related = ["source", "released_by", "received_by"]
    list_filter = ["kind"]
    search_fields = ["quote", "source__title"]
    date_hierarchy = "event_date"
    raw_id_fields = ["source", "release", "exchange", "repatriation"]
    readonly_fields = [
        "source",
        "kind",
        "quote",
        "quote_start",
        "quote_end",
        "evidence",
        "alternatives",
    ]
