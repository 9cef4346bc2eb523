#!/usr/bin/env bash
# Schemathesis against the live API, served by gunicorn on a free local port.
#
# Needs: the project's venv on PATH (python, gunicorn, st) and DATABASE_URL pointing at a migrated
# PostgreSQL database. Loads the demo articles (and a few rows of our own plus an editor token),
# then runs every operation of /api/v1/schema/ twice: anonymously (write operations must answer
# 401/403) and with the editor's token for the write operations. Fails on any server error,
# undocumented status code or content type, or body that does not match the schema.
# Tunables: ST_MAX_EXAMPLES (default 25), ST_WORKERS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?set DATABASE_URL to a migrated PostgreSQL database}"
export API_THROTTLE_ANON="${API_THROTTLE_ANON:-1000000/minute}"  # schemathesis is not an abuser
export SCHEMATHESIS_TELEMETRY=false
MAX_EXAMPLES="${ST_MAX_EXAMPLES:-25}"
WORKERS="${ST_WORKERS:-2}"
LOG_DIR="$(mktemp -d)"

echo "--- schemathesis: data"
python manage.py migrate --noinput >/dev/null
if python manage.py help load_demo >/dev/null 2>&1; then
  python manage.py load_demo --no-user || echo "WARNING: load_demo failed; using the API seed only"
fi
TOKEN="$(python .ci/schemathesis_seed.py | tail -n 1)"

PORT="$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
echo "--- schemathesis: gunicorn on $BASE (log: $LOG_DIR/gunicorn.log)"
gunicorn -c python:config.gunicorn config.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 --timeout 60 \
  --log-level warning >"$LOG_DIR/gunicorn.log" 2>&1 &
SERVER_PID=$!
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap stop_server EXIT
for _ in $(seq 60); do
  curl -fsS "$BASE/api/v1/health/" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG_DIR/gunicorn.log"; exit 1; }
  sleep 0.5
done
curl -fsS "$BASE/api/v1/health/" >/dev/null

COMMON=(
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
  --hypothesis-max-examples "$MAX_EXAMPLES"
  --hypothesis-database none
  --hypothesis-suppress-health-check all
  --workers "$WORKERS"
  --request-timeout 20000
  --schemathesis-io-telemetry false
  --data-generation-method all
)

status=0
echo "--- schemathesis: every operation, anonymous"
st run "$BASE/api/v1/schema/" "${COMMON[@]}" --generation-with-security-parameters false \
  || status=1
echo "--- schemathesis: detail operations on rows that exist"
st run "$BASE/api/v1/schema/" "${COMMON[@]}" --include-path-regex '^/api/v1/exchanges/\{slug\}' \
  --set-path slug=seed-1000-for-1000 || status=1
st run "$BASE/api/v1/schema/" "${COMMON[@]}" --include-path-regex '^/api/v1/parties/\{slug\}' \
  --set-path slug=russia || status=1
st run "$BASE/api/v1/schema/" "${COMMON[@]}" --include-path-regex '\{id\}/$' --include-method GET \
  --set-path id=1 || status=1
echo "--- schemathesis: write operations with an editor's token"
st run "$BASE/api/v1/schema/" "${COMMON[@]}" --include-method POST \
  -H "Authorization: Token $TOKEN" || status=1

if [ "$status" -ne 0 ]; then
  echo "--- schemathesis failed; server log:"
  tail -n 100 "$LOG_DIR/gunicorn.log" || true
fi
exit "$status"
