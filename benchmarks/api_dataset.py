"""Fill PostgreSQL with a large, valid dataset for the API benchmark, in set-based SQL.

Rows are generated inside PostgreSQL (INSERT ... SELECT over generate_series), so a million
claims take seconds. Columns not given explicitly get the model field's default, so the filler
follows the models. Used by bench_api.py; run with Django set up on the benchmark database.
"""

import json

from django.db import connection
from django.db.models import JSONField
from django.utils import timezone

from articles.models import Claim, Source
from exchanges.models import Exchange, ExchangeParty, Party, Release, Tranche

EXCHANGES = 50
CLAIMS_PER_RELEASE = 5  # two releases per tranche: claims = 10 x tranches


def _insert(model, exprs: dict[str, str], from_sql: str) -> int:
    """INSERT INTO model's table SELECT exprs FROM from_sql; other columns take their default."""
    columns, values, defaults = [], [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        column = field.column
        if column in exprs:
            columns.append(column)
            values.append(exprs[column])
        elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            columns.append(column)
            values.append("now()")
        elif not field.null:
            default = field.get_default()
            columns.append(column)
            values.append("%s")
            defaults.append(json.dumps(default) if isinstance(field, JSONField) else default)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, columns))}) "
        f"SELECT {', '.join(values)} FROM {from_sql}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, defaults)
        return cursor.rowcount


def _max_id(model) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}")
        return cursor.fetchone()[0]


def ensure_exchanges() -> tuple[int, int]:
    russia = Party.objects.get_or_create(name="Russia")[0]
    ukraine = Party.objects.get_or_create(name="Ukraine")[0]
    for number in range(1, EXCHANGES + 1):
        exchange, created = Exchange.objects.get_or_create(
            slug=f"bench-{number}",
            defaults={"title": f"Bench exchange {number}", "status": Exchange.Status.IN_PROGRESS},
        )
        if created:
            for party in (russia, ukraine):
                ExchangeParty.objects.create(exchange=exchange, party=party, target=1_000_000)
    return russia.pk, ukraine.pk


def grow(tranches_total: int) -> dict[str, int]:
    """Add bench tranches (2 releases, 1 source, 10 claims each) until there are `tranches_total`."""
    russia, ukraine = ensure_exchanges()
    first_exchange = Exchange.objects.get(slug="bench-1").pk
    have = Tranche.objects.filter(notes="bench").count()
    if tranches_total > have:
        tranche_floor, release_floor = _max_id(Tranche), _max_id(Release)
        _insert(
            Tranche,
            {
                "exchange_id": f"{first_exchange} + mod(g, {EXCHANGES})",
                "date": "DATE '2020-01-01' + mod(g, 2000)::int",
                "notes": "'bench'",
            },
            f"generate_series({have + 1}, {tranches_total}) AS g",
        )
        _insert(
            Release,
            {
                "tranche_id": "t.id",
                "released_by_id": "d.by_id",
                "received_by_id": "d.to_id",
                "count": "10 + mod(t.id, 50)",
                "military": "10 + mod(t.id, 50)",
                "status": "'reported'",
            },
            f"exchanges_tranche t CROSS JOIN (VALUES ({russia}, {ukraine}), ({ukraine}, {russia})) "
            f"AS d(by_id, to_id) WHERE t.id > {tranche_floor}",
        )
        _insert(
            Source,
            {
                "url": "'https://bench.example/t/' || t.id",
                "content_hash": "md5('bench-' || t.id)",
                "title": "'Bench article ' || t.id",
                "outlet": "'Bench News'",
                "published_on": "t.date",
                "raw_content": "'Bench article text.'",
                "status": "'parsed'",
                "parsed_at": "now()",
            },
            f"exchanges_tranche t WHERE t.id > {tranche_floor}",
        )
        quote = "r.count || ' prisoners were released'"
        _insert(
            Claim,
            {
                "source_id": "s.id",
                "kind": "'release'",
                "released_by_id": "r.released_by_id",
                "received_by_id": "r.received_by_id",
                "count": "r.count",
                "event_date": "s.published_on",
                "quote": quote,
                "quote_start": "0",
                "quote_end": f"length({quote})",
                "release_id": "r.id",
                "exchange_id": str(first_exchange),
            },
            "exchanges_release r JOIN articles_source s "
            "ON s.url = 'https://bench.example/t/' || r.tranche_id "
            f"CROSS JOIN generate_series(1, {CLAIMS_PER_RELEASE}) AS k WHERE r.id > {release_floor}",
        )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return counts()


def counts() -> dict[str, int]:
    return {
        "tranches": Tranche.objects.count(),
        "releases": Release.objects.count(),
        "sources": Source.objects.count(),
        "claims": Claim.objects.count(),
        "at": int(timezone.now().timestamp()),
    }
