"""Ingested articles (sources), the figures they state (claims) and the feeds we poll."""

import hashlib

from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from exchanges.models import BodyRepatriation, CategoryCounts, Exchange, Party, Release


def content_hash(content: str) -> str:
    """The identity of an article's text, for idempotent ingestion."""
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


class Feed(models.Model):
    """An RSS/Atom feed polled on a schedule."""

    url = models.URLField(max_length=1000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    active = models.BooleanField(default=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    etag = models.CharField(max_length=300, blank=True)
    modified = models.CharField(max_length=100, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self) -> str:
        return self.title or self.url


class Source(models.Model):
    """One ingested article. Its raw content is stored before it is parsed, and kept verbatim."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PARSED = "parsed", "Parsed"
        FAILED = "failed", "Failed"
        IRRELEVANT = "irrelevant", "Irrelevant"
        DUPLICATE = "duplicate", "Duplicate of another source"

    class ContentType(models.TextChoices):
        TEXT = "text", "Plain text"
        HTML = "html", "HTML"

    url = models.URLField(max_length=1000, null=True, blank=True, unique=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    content_type = models.CharField(
        max_length=10, choices=ContentType.choices, default=ContentType.TEXT
    )
    raw_content = models.TextField(help_text="The article as received, verbatim.")
    extracted_text = models.TextField(blank=True)
    content_hash = models.CharField(
        max_length=64, null=True, blank=True, unique=True, help_text="Empty until a URL is fetched."
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    parser_version = models.CharField(max_length=40, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    parsed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["published_on"]),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Source #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("source-detail", kwargs={"pk": self.pk})

    @property
    def needs_fetch(self) -> bool:
        return bool(self.url) and not self.raw_content


class Claim(CategoryCounts):
    """One figure a source states, with the exact quote that states it."""

    class Kind(models.TextChoices):
        RELEASE = "release", "Prisoners released"
        TARGET = "target", "Agreement target"
        BODIES = "bodies", "Bodies repatriated"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    released_by = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    received_by = models.ForeignKey(
        Party, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveIntegerField(null=True, blank=True)
    event_date = models.DateField(null=True, blank=True)
    quote = models.TextField()
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    evidence = models.JSONField(
        default=list,
        blank=True,
        help_text="Every sentence supporting the figure: quote, start, end.",
    )
    alternatives = models.JSONField(
        default=list,
        blank=True,
        help_text="Conflicting figures stated by others, and who stated them.",
    )
    confidence = models.FloatField(default=1.0)
    release = models.ForeignKey(
        Release, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    exchange = models.ForeignKey(
        Exchange, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    repatriation = models.ForeignKey(
        BodyRepatriation, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source", "quote_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quote_end__gte=F("quote_start")), name="claim_quote_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(count__isnull=True) | Q(count__gte=0), name="claim_count_gte_0"
            ),
        ]
        indexes = [models.Index(fields=["kind", "event_date"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.count if self.count is not None else '?'}"
