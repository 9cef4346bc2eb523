"""Bulk writes for ingestion, where Django's `bulk_create` / `bulk_update` cost more Python
time preparing each value than the database spends storing the row. Plain values go to the
driver as they are (psycopg adapts ints, strings, dates and times itself); others through their
field. PostgreSQL gets COPY and multi-row statements; other databases Django's bulk methods.
Each runs inside the caller's transaction."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import connection
from django.utils import timezone

_PLAIN = {int, str, float, bool, datetime.date}  # aware datetimes go through their field
_NOT_PLAIN = {"JSONField", "DecimalField", "BinaryField", "UUIDField"}
CHUNK = 500


def rows_create(objects: list) -> None:
    """Insert new objects and set their primary keys (they are referenced next)."""
    if not objects:
        return
    model = type(objects[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    fields = _insert_fields(objects)
    values = _values(fields)
    quote = connection.ops.quote_name
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(objects), CHUNK):
            chunk = objects[start : start + CHUNK]
            cursor.execute(
                "INSERT INTO {} ({}) VALUES {} RETURNING {}".format(
                    quote(model._meta.db_table),
                    ", ".join(quote(field.column) for field in fields),
                    ", ".join([row] * len(chunk)),
                    quote(model._meta.pk.column),
                ),
                [value for item in chunk for value in values(item)],
            )
            for item, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                item.pk = pk
                item._state.adding, item._state.db = False, connection.alias


def history_insert(objects: list, model, *, update: bool = False) -> None:
    """The django-simple-history rows for objects just created or updated in bulk (what its
    `bulk_history_create` writes), inserted with `rows_insert`."""
    if not objects or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = model.history.model
    now = timezone.now()
    rows_insert(
        [
            history(
                history_date=now,
                history_type="~" if update else "+",
                history_change_reason=None,
                history_user=None,
                **{field.attname: getattr(item, field.attname) for field in history.tracked_fields},
            )
            for item in objects
        ]
    )


def rows_insert(objects: list) -> None:
    """Insert new objects whose primary keys nobody reads afterwards (claims): one COPY on
    PostgreSQL, where Django's multi-row INSERT spends more time preparing each value than the
    database spends storing the row; `bulk_create` elsewhere."""
    if not objects:
        return
    model = type(objects[0])
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    fields = _insert_fields(objects)
    quote = connection.ops.quote_name
    sql = "COPY {} ({}) FROM STDIN".format(
        quote(model._meta.db_table), ", ".join(quote(field.column) for field in fields)
    )
    values = _values(fields)
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for item in objects:
            copy.write_row(values(item))


def _insert_fields(objects: list) -> list:
    """The columns of a new row, with automatic timestamps set and the keys of related objects
    saved since they were assigned copied in (what `bulk_create` does)."""
    fields = [field for field in objects[0]._meta.concrete_fields if not field.primary_key]
    now = timezone.now()
    for item in objects:
        for field in fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                setattr(item, field.attname, now)
            elif field.is_relation and field.is_cached(item):
                related = getattr(item, field.name)
                setattr(item, field.attname, related.pk if related is not None else None)
    return fields


def _values(fields: list):
    """A function giving an object's values of these fields for the database driver: plain
    values as they are (the driver adapts ints, strings, dates and times itself, faster than
    Django's per-field preparation), anything else through its field."""
    columns = [
        (field.attname, field, field.get_internal_type() not in _NOT_PLAIN) for field in fields
    ]

    def values(item) -> list:
        row = []
        for attname, field, plain in columns:
            value = getattr(item, attname)
            if value is not None and not (plain and type(value) in _PLAIN):
                value = field.get_db_prep_save(value, connection)
            row.append(value)
        return row

    return values


def rows_update(objects: list, fields: list[str]) -> None:
    """Save these fields of these objects by primary key in one batched statement.

    Django's `bulk_update` builds a CASE expression per field and row, which costs more than
    the database work; one parameterised UPDATE run with `executemany` does not."""
    if not objects:
        return
    meta = objects[0]._meta
    columns = [meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    sql = "UPDATE {} SET {} WHERE {} = %s".format(
        quote(meta.db_table),
        ", ".join(f"{quote(field.column)} = %s" for field in columns),
        quote(meta.pk.column),
    )
    values = _values(columns)
    rows = [[*values(item), item.pk] for item in objects]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
