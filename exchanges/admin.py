"""The editors' admin: configuration that calls services, with history and a review queue."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles.models import Claim

from . import services
from .models import (
    CATEGORY_FIELDS,
    BodyRepatriation,
    Correction,
    Exchange,
    ExchangeParty,
    Party,
    PartyAlias,
    Release,
    Tranche,
)
from .selectors import exchange_totals_one


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), help_text="Shown in the public corrections log."
    )


class PartyAliasInline(admin.TabularInline):
    model = PartyAlias
    extra = 1


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "alias_list"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PartyAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Aliases")
    def alias_list(self, party):
        return ", ".join(alias.alias for alias in party.aliases.all())


class SideFormSet(forms.BaseInlineFormSet):
    """A changed target is a correction: the exchange form's reason must say why."""

    def clean(self):
        super().clean()
        changed = [f for f in self.forms if f.instance.pk and "target" in f.changed_data]
        if changed and not (self.data.get("change_reason") or "").strip():
            raise forms.ValidationError(
                "You changed a target: say why in “Reason for this change” above."
            )


class ExchangePartyInline(admin.TabularInline):
    model = ExchangeParty
    formset = SideFormSet
    extra = 0
    autocomplete_fields = ["party"]
    fields = ["party", "target", "target_locked"]
    verbose_name_plural = "Sides and their targets (what each party agreed to release)"


class TrancheInline(admin.TabularInline):
    model = Tranche
    extra = 0
    fields = ["date", "summary"]
    readonly_fields = ["date", "summary"]
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "releases",
                    queryset=Release.objects.select_related("released_by", "received_by"),
                )
            )
        )

    @admin.display(description="Releases")
    def summary(self, tranche):
        return "; ".join(str(release) for release in tranche.releases.all())


class ExchangeForm(forms.ModelForm):
    change_reason = forms.CharField(
        label="Reason for this change",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when you change a target; kept in the history and shown publicly.",
    )

    class Meta:
        model = Exchange
        fields = ["title", "slug", "agreed_on", "venue", "status", "mediators", "description"]


@admin.register(Exchange)
class ExchangeAdmin(SimpleHistoryAdmin):
    form = ExchangeForm
    list_display = ["title", "agreed_on", "venue", "status", "side_list"]
    list_filter = ["status"]
    search_fields = ["title", "venue", "parties__name"]
    date_hierarchy = "agreed_on"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["mediators"]
    readonly_fields = ["totals"]
    inlines = [ExchangePartyInline, TrancheInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("sides__party")

    def save_model(self, request, obj, form, change):
        obj._change_reason = form.cleaned_data.get("change_reason") or ""
        obj._history_user = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not ExchangeParty:
            return super().save_formset(request, form, formset, change)
        reason = (form.cleaned_data.get("change_reason") or "").strip()
        for side_form in formset.forms:
            side = side_form.instance
            if (
                side.pk
                and "target" in side_form.changed_data
                and side_form not in formset.deleted_forms
            ):
                services.side_set_target(
                    side=side,
                    target=side_form.cleaned_data["target"],
                    editor=request.user,
                    reason=reason,
                )
        return super().save_formset(request, form, formset, change)

    @admin.display(description="Sides")
    def side_list(self, exchange):
        return ", ".join(
            f"{side.party} ({side.target if side.target is not None else '?'})"
            for side in exchange.sides.all()
        )

    @admin.display(description="Totals")
    def totals(self, exchange):
        if not exchange.pk:
            return "-"
        totals = exchange_totals_one(exchange)
        return format_html_join(
            "",
            "<p>{} released {} of {} ({} undisclosed tranches)</p>",
            (
                (
                    side.party,
                    side.released,
                    side.target if side.target is not None else "?",
                    side.undisclosed_tranches,
                )
                for side in totals.sides
            ),
        )


class ReleaseInline(admin.TabularInline):
    model = Release
    extra = 0
    fields = ["released_by", "received_by", "count", "status", "locked", "claims_behind"]
    readonly_fields = fields
    show_change_link = True  # the release's page is where an editor sets or confirms a figure
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("released_by", "received_by")
            .prefetch_related(Prefetch("claims", queryset=Claim.objects.select_related("source")))
        )

    @admin.display(description="Claims behind this figure (quote, source)")
    def claims_behind(self, release):
        return (
            format_html_join(
                "",
                '<p><strong>{}</strong> “{}” — <a href="{}">{}</a></p>',
                (
                    (
                        claim.count if claim.count is not None else "undisclosed",
                        claim.quote,
                        reverse("admin:articles_source_change", args=[claim.source_id]),
                        claim.source,
                    )
                    for claim in release.claims.all()
                ),
            )
            or "none"
        )


@admin.register(Tranche)
class TrancheAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "date", "exchange", "release_summary", "source_count"]
    list_select_related = ["exchange"]
    list_filter = ["exchange", ("exchange", admin.EmptyFieldListFilter)]
    search_fields = ["exchange__title", "notes"]
    date_hierarchy = "date"
    autocomplete_fields = ["exchange"]
    inlines = [ReleaseInline]
    actions = ["assign_to_exchange", "merge_tranches"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "releases",
                    queryset=Release.objects.select_related("released_by", "received_by"),
                )
            )
            .annotate(sources=Count("releases__claims__source", distinct=True))
        )

    @admin.display(description="Releases")
    def release_summary(self, tranche):
        return "; ".join(str(release) for release in tranche.releases.all())

    @admin.display(description="Sources", ordering="sources")
    def source_count(self, tranche):
        return tranche.sources

    def save_model(self, request, obj, form, change):
        new_exchange = obj.exchange
        reassign = change and "exchange" in form.changed_data
        if reassign:
            obj.exchange_id = form.initial.get("exchange")
        obj._history_user = request.user
        super().save_model(request, obj, form, change)
        if reassign:
            services.tranche_assign(
                tranche=obj,
                exchange=new_exchange,
                editor=request.user,
                reason=f"Assigned in the admin by {request.user}",
            )

    @admin.action(description="Assign selected tranches to an exchange", permissions=["change"])
    def assign_to_exchange(self, request, queryset):
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            for tranche in queryset:
                services.tranche_assign(
                    tranche=tranche,
                    exchange=form.cleaned_data["exchange"],
                    editor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            self.message_user(request, f"{queryset.count()} tranche(s) assigned.")
            return None
        return render(
            request,
            "admin/exchanges/tranche/assign.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "tranches": queryset,
                "title": "Assign tranches to an exchange",
                "opts": self.model._meta,
            },
        )

    @admin.action(
        description="Merge the two selected tranches (into the older one)", permissions=["change"]
    )
    def merge_tranches(self, request, queryset):
        tranches = list(queryset.order_by("pk"))
        if len(tranches) != 2:
            self.message_user(request, "Select exactly two tranches to merge.", messages.ERROR)
            return None
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            keep = services.tranche_merge(
                keep=tranches[0],
                drop=tranches[1],
                editor=request.user,
                reason=form.cleaned_data["reason"],
            )
            self.message_user(request, f"Merged into {keep}.")
            return redirect(reverse("admin:exchanges_tranche_change", args=[keep.pk]))
        return render(
            request,
            "admin/exchanges/tranche/merge.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "tranches": tranches,
                "title": "Merge two tranches",
                "opts": self.model._meta,
            },
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/split/",
                self.admin_site.admin_view(self.split_view),
                name="exchanges_tranche_split",
            ),
            *super().get_urls(),
        ]

    def split_view(self, request, pk):
        tranche = get_object_or_404(Tranche, pk=pk)
        if not self.has_change_permission(request, tranche):
            return redirect("admin:index")
        form = SplitForm(request.POST or None, tranche=tranche)
        if form.is_valid():
            try:
                new = services.tranche_split(
                    tranche=tranche,
                    releases=list(form.cleaned_data["releases"]),
                    date=form.cleaned_data["date"],
                    editor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            except services.EditorialError as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, f"Split into {new}.")
                return redirect(reverse("admin:exchanges_tranche_change", args=[new.pk]))
        return render(
            request,
            "admin/exchanges/tranche/split.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "tranche": tranche,
                "title": f"Split {tranche}",
                "opts": self.model._meta,
            },
        )


class AssignForm(ReasonForm):
    exchange = forms.ModelChoiceField(
        queryset=Exchange.objects.all(), required=False, help_text="Empty: unassign."
    )


class SplitForm(ReasonForm):
    releases = forms.ModelMultipleChoiceField(
        queryset=Release.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    date = forms.DateField(required=False, help_text="YYYY-MM-DD; empty keeps the tranche's date.")

    def __init__(self, *args, tranche, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["releases"].queryset = tranche.releases.select_related(
            "released_by", "received_by"
        )


class ClaimInline(admin.TabularInline):
    model = Claim
    fk_name = "release"
    extra = 0
    fields = ["source_link", "count", "event_date", "quote", "alternatives"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "Claims behind this figure"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    @admin.display(description="Source")
    def source_link(self, claim):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:articles_source_change", args=[claim.source_id]),
            claim.source,
        )


class ReleaseForm(forms.ModelForm):
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when you change a figure: it locks the figure and is shown publicly.",
    )

    class Meta:
        model = Release
        fields = [
            "tranche",
            "released_by",
            "received_by",
            "count",
            *CATEGORY_FIELDS,
            "status",
            "editor_note",
        ]

    def clean(self):
        cleaned = super().clean()
        figures = {"count", *CATEGORY_FIELDS}
        if (
            self.instance.pk
            and figures & set(self.changed_data)
            and not cleaned.get("reason", "").strip()
        ):
            self.add_error("reason", "Say why the figure changes.")
        return cleaned


@admin.register(Release)
class ReleaseAdmin(SimpleHistoryAdmin):
    form = ReleaseForm
    list_display = ["__str__", "tranche", "count", "status", "locked", "claim_count"]
    list_select_related = ["tranche__exchange", "released_by", "received_by"]
    list_filter = ["status", "locked", "released_by"]
    search_fields = ["released_by__name", "received_by__name", "tranche__exchange__title"]
    autocomplete_fields = ["tranche", "released_by", "received_by"]
    readonly_fields = ["locked"]
    inlines = [ClaimInline]
    actions = ["confirm_figures", "unlock_figures"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, release):
        return release.claim_total

    def save_model(self, request, obj, form, change):
        figures = {"count", *CATEGORY_FIELDS} & set(form.changed_data)
        if change and figures:
            services.release_set_editor_value(
                release=obj,
                count=form.cleaned_data["count"],
                categories={name: form.cleaned_data[name] for name in CATEGORY_FIELDS},
                editor=request.user,
                reason=form.cleaned_data["reason"],
            )
            return
        obj._history_user = request.user
        obj._change_reason = form.cleaned_data.get("reason") or ""
        super().save_model(request, obj, form, change)

    @admin.action(description="Confirm the selected figures (locks them)", permissions=["change"])
    def confirm_figures(self, request, queryset):
        for release in queryset:
            services.release_confirm(release=release, editor=request.user)
        self.message_user(request, f"{queryset.count()} figure(s) confirmed and locked.")

    @admin.action(description="Unlock: let the sources decide again", permissions=["change"])
    def unlock_figures(self, request, queryset):
        for release in queryset:
            services.release_unlock(
                release=release, editor=request.user, reason=f"Unlocked by {request.user}"
            )
        self.message_user(request, f"{queryset.count()} figure(s) unlocked.")


@admin.register(BodyRepatriation)
class BodyRepatriationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "date", "exchange", "count", "locked"]
    list_select_related = ["exchange", "released_by", "received_by"]
    list_filter = ["locked"]
    search_fields = ["released_by__name", "received_by__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["exchange", "released_by", "received_by"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "description", "editor", "exchange"]
    list_select_related = ["editor", "exchange"]
    list_filter = ["action"]
    search_fields = ["description", "reason"]
    date_hierarchy = "created_at"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
