"""API benchmark: totals and the tranche list against a no-database health endpoint.

Creates a PostgreSQL database (default tracker_bench), migrates it, fills it in two steps
(about 1,000 claims, then >= 100,000 tranches and >= 1,000,000 claims), serves the app with
gunicorn and drives it with wrk. For each size it prints requests/s and p50/p99 latency per
endpoint and as a ratio to /api/v1/health/ measured on the same server in the same run, for
the normal (data-version cached) path and with the response cache off. Drops the database at
the end unless --keep.

    .venv/bin/python benchmarks/bench_api.py [--duration 10] [--tranches 100000] [--keep]

Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), `wrk` (apt-get install wrk).
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG = ["-h", "127.0.0.1", "-U", "postgres"]
ENDPOINTS = {
    "health": "/api/v1/health/",
    "totals (one)": "/api/v1/exchanges/bench-1/totals/",
    "totals (all)": "/api/v1/totals/",
    "tranches": "/api/v1/tranches/",
    "tranches (filtered)": "/api/v1/tranches/?exchange=bench-2&date_after=2021-01-01",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(db: str, cache_seconds: int) -> dict:
    return os.environ | {
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{db}",
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + "x" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "API_THROTTLE_ANON": "100000000/minute",
        "API_CACHE_SECONDS": str(cache_seconds),
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }


def _fill(db: str, tranches: int) -> dict:
    code = (
        "import django, json, sys; sys.path.insert(0, '.'); django.setup();"
        "from benchmarks.api_dataset import grow;"
        f"print(json.dumps(grow({tranches})))"
    )
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_env(db, 60), check=True, capture_output=True,
        text=True,
    )  # fmt: skip
    counts = json.loads(out.stdout.strip().splitlines()[-1])
    counts["fill_seconds"] = round(time.monotonic() - started, 1)
    return counts


def _wrk(url: str, duration: int, connections: int) -> dict:
    subprocess.run(["wrk", "-t1", "-c4", "-d2s", url], capture_output=True, check=True)  # warm up
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "60s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def ms(label):
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {
        "rps": rps,
        "p50": ms("50"),
        "p99": ms("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _serve_and_measure(db: str, cache_seconds: int, args) -> dict:
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "config.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=_env(db, cache_seconds),
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + ENDPOINTS["health"], timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        return {
            name: _wrk(base + path, args.duration, args.connections)
            for name, path in ENDPOINTS.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def _report(title: str, results: dict) -> None:
    health = results["health"]
    print(f"\n{title}")
    print(
        f"{'endpoint':<22}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'rps/health':>12}{'p50/health':>12}{'p99/health':>12}{'non-2xx':>9}"
    )
    for name, row in results.items():
        print(
            f"{name:<22}{row['rps']:>10.0f}{row['p50']:>9.2f}{row['p99']:>9.2f}"
            f"{row['rps'] / health['rps']:>12.2f}{row['p50'] / health['p50']:>12.2f}"
            f"{row['p99'] / health['p99']:>12.2f}{row['errors']:>9}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="tracker_bench")
    parser.add_argument("--tranches", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install -y wrk")
    subprocess.run(
        ["psql", *PG, "-qc", f"DROP DATABASE IF EXISTS {args.db} WITH (FORCE)", "postgres"],
        check=True,
    )
    subprocess.run(["createdb", *PG, args.db], check=True)
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT, env=_env(args.db, 60), check=True,
        )  # fmt: skip
        summary = {}
        for label, tranches in (("small", 100), ("large", args.tranches)):
            counts = _fill(args.db, tranches)
            print(f"\n== {label}: {counts}")
            for mode, cache_seconds in (("cached", 60), ("cache off", 0)):
                results = _serve_and_measure(args.db, cache_seconds, args)
                _report(f"{label} dataset, {mode} (claims={counts['claims']:,})", results)
                summary[(label, mode)] = results
        print("\nLatency as data grows (small -> large), p50 / p99 ms:")
        for mode in ("cached", "cache off"):
            for name in ENDPOINTS:
                small, large = summary[("small", mode)][name], summary[("large", mode)][name]
                print(
                    f"  {mode:<10}{name:<22}{small['p50']:>7.2f} -> {large['p50']:>7.2f}"
                    f"   {small['p99']:>7.2f} -> {large['p99']:>7.2f}"
                )
    finally:
        if not args.keep:
            subprocess.run(
                ["psql", *PG, "-qc", f"DROP DATABASE IF EXISTS {args.db} WITH (FORCE)", "postgres"]
            )


if __name__ == "__main__":
    main()
