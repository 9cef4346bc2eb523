"""Parties, exchanges (agreements), tranches (dated releases) and what each side released."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

CATEGORY_FIELDS = ("military", "civilian", "wounded", "women", "minors", "other")


class Party(models.Model):
    class Kind(models.TextChoices):
        STATE = "state", "State"
        ARMED_GROUP = "armed_group", "Armed group"
        MEDIATOR = "mediator", "Mediator"
        OTHER = "other", "Other"

    name = models.CharField(max_length=120, unique=True, help_text="Canonical English name.")
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATE)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("party-detail", kwargs={"slug": self.slug})


class PartyAlias(models.Model):
    """A word the parser may meet for a party: demonym, capital, institution, other language."""

    party = models.ForeignKey(Party, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=120)

    class Meta:
        ordering = ["alias"]
        verbose_name_plural = "party aliases"
        constraints = [
            models.UniqueConstraint(models.functions.Lower("alias"), name="party_alias_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.alias


class ExchangeQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=Exchange.Status.DRAFT)


class Exchange(models.Model):
    """An agreement between parties to exchange prisoners, with what each side agreed to release."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (not public)"
        AGREED = "agreed", "Agreed"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"
        STALLED = "stalled", "Stalled"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    parties = models.ManyToManyField(Party, through="ExchangeParty", related_name="exchanges")
    mediators = models.ManyToManyField(Party, blank=True, related_name="mediated_exchanges")
    agreed_on = models.DateField(null=True, blank=True)
    venue = models.CharField(max_length=120, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.AGREED)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = ExchangeQuerySet.as_manager()

    class Meta:
        ordering = ["-agreed_on", "title"]
        indexes = [models.Index(fields=["status", "agreed_on"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("exchange-detail", kwargs={"slug": self.slug})


class ExchangeParty(models.Model):
    """One side of an exchange and what it agreed to hand over (null: not stated)."""

    exchange = models.ForeignKey(Exchange, on_delete=models.CASCADE, related_name="sides")
    party = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="exchange_sides")
    target = models.PositiveIntegerField(
        null=True, blank=True, help_text="Prisoners this party agreed to release; blank if unknown."
    )
    target_locked = models.BooleanField(
        default=False, help_text="Set by an editor: ingestion never overwrites it."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["exchange", "party__name"]
        verbose_name = "side"
        constraints = [
            models.UniqueConstraint(fields=["exchange", "party"], name="exchange_party_unique"),
            models.CheckConstraint(
                condition=Q(target__isnull=True) | Q(target__gte=0), name="exchange_target_gte_0"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party} in {self.exchange}"


class Tranche(models.Model):
    """One dated release event. Unassigned (exchange null) until matched or assigned by an editor."""

    exchange = models.ForeignKey(
        Exchange, null=True, blank=True, on_delete=models.SET_NULL, related_name="tranches"
    )
    date = models.DateField(null=True, blank=True, help_text="Local date of the handover.")
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["exchange", "date"]), models.Index(fields=["date"])]

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date else "undated"
        return f"Tranche {when}" + (f" ({self.exchange})" if self.exchange_id else " (unassigned)")

    def get_absolute_url(self) -> str:
        return reverse("tranche-detail", kwargs={"pk": self.pk})


class CategoryCounts(models.Model):
    """Breakdown of released people by category; categories may overlap."""

    military = models.PositiveIntegerField(null=True, blank=True)
    civilian = models.PositiveIntegerField(null=True, blank=True)
    wounded = models.PositiveIntegerField(null=True, blank=True)
    women = models.PositiveIntegerField(null=True, blank=True)
    minors = models.PositiveIntegerField(null=True, blank=True)
    other = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def categories(self) -> dict[str, int]:
        return {
            name: getattr(self, name) for name in CATEGORY_FIELDS if getattr(self, name) is not None
        }


def _direction_constraints(prefix: str) -> list[models.BaseConstraint]:
    return [
        models.CheckConstraint(
            condition=~Q(released_by=F("received_by")), name=f"{prefix}_distinct_parties"
        ),
        models.CheckConstraint(
            condition=Q(count__isnull=True) | Q(count__gte=0), name=f"{prefix}_count_gte_0"
        ),
    ]


class Release(CategoryCounts):
    """One direction within a tranche: released_by hands `count` people over to received_by."""

    class Status(models.TextChoices):
        REPORTED = "reported", "Reported"
        CORROBORATED = "corroborated", "Corroborated"
        DISPUTED = "disputed", "Disputed"
        CONFIRMED = "confirmed", "Confirmed by editor"

    tranche = models.ForeignKey(Tranche, on_delete=models.CASCADE, related_name="releases")
    released_by = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="releases_made")
    received_by = models.ForeignKey(
        Party, on_delete=models.PROTECT, related_name="releases_received"
    )
    count = models.PositiveIntegerField(null=True, blank=True, help_text="Blank: undisclosed.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REPORTED)
    locked = models.BooleanField(
        default=False,
        help_text="Figures set by an editor: ingestion and re-parse never change them.",
    )
    editor_note = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["tranche", "released_by__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["tranche", "released_by", "received_by"], name="release_one_per_direction"
            ),
            *_direction_constraints("release"),
        ]
        indexes = [models.Index(fields=["released_by", "received_by"])]

    def __str__(self) -> str:
        count = self.count if self.count is not None else "undisclosed"
        return f"{self.released_by} → {self.received_by}: {count}"


class BodyRepatriation(models.Model):
    """A handover of remains. Kept apart from releases: never counted as prisoners released."""

    exchange = models.ForeignKey(
        Exchange, null=True, blank=True, on_delete=models.SET_NULL, related_name="repatriations"
    )
    date = models.DateField(null=True, blank=True)
    released_by = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    received_by = models.ForeignKey(Party, on_delete=models.PROTECT, related_name="+")
    count = models.PositiveIntegerField(null=True, blank=True)
    locked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["date", "released_by", "received_by"], name="bodies_one_per_direction_day"
            ),
            *_direction_constraints("bodies"),
        ]

    def __str__(self) -> str:
        return f"Bodies {self.released_by} → {self.received_by} on {self.date}: {self.count}"


class Correction(models.Model):
    """A public log entry: an editor changed a published figure (who, when, before, after, why)."""

    exchange = models.ForeignKey(
        Exchange, null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    tranche = models.ForeignKey(
        Tranche, null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    release = models.ForeignKey(
        Release, null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections"
    )
    action = models.CharField(max_length=40)
    description = models.CharField(max_length=500)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    reason = models.TextField()
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d}: {self.description}"
