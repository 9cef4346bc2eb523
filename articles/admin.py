from django.contrib import admin

from .models import Claim, Feed, Source


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ["__str__", "url", "active", "last_polled_at"]
    list_filter = ["active"]
    search_fields = ["title", "url", "outlet"]


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["kind", "released_by", "received_by", "count", "event_date", "quote"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published_on", "language", "status", "parser_version"]
    list_filter = ["status", "language", "content_type"]
    search_fields = ["title", "url", "outlet"]
    date_hierarchy = "published_on"
    readonly_fields = ["content_hash", "created_at", "parsed_at", "parser_version", "error"]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "released_by", "received_by", "count", "event_date", "source"]
    list_select_related = ["source", "released_by", "received_by"]
    list_filter = ["kind"]
    search_fields = ["quote", "source__title"]
    date_hierarchy = "event_date"
    raw_id_fields = ["source", "release", "exchange", "repatriation"]
