"""CSV for lists and totals: one row per result (or per item of the view's `csv_explode` list)."""

import csv
import io
import json

from rest_framework.renderers import BaseRenderer

# Spreadsheet formula injection: a cell starting with one of these is prefixed with a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _flatten(value, prefix: str, row: dict) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), row)
    elif isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            row[prefix] = " ".join("" if item is None else str(item) for item in value)
        else:
            row[prefix] = json.dumps(value, ensure_ascii=False, default=str)
    else:
        row[prefix] = value


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _rows(records: list, explode: str | None) -> list[dict]:
    rows = []
    for record in records:
        if not isinstance(record, dict):
            rows.append({"value": record})
            continue
        base = {key: value for key, value in record.items() if key != explode}
        items = record.get(explode) if explode else None
        for item in items or [None]:
            row: dict = {}
            _flatten(base, "", row)
            if item is not None:
                _flatten(item, explode, row)
            rows.append(row)
    return rows


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        view = (renderer_context or {}).get("view")
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            records = data["results"]
        elif isinstance(data, list):
            records = data
        else:
            records = [data]
        rows = _rows(records, getattr(view, "csv_explode", None))
        header: dict[str, None] = {}
        for row in rows:
            header.update(dict.fromkeys(row))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _cell(value) for key, value in row.items()})
        return out.getvalue().encode(self.charset)
