#!/usr/bin/env bash
# Runs a command (e.g. `mvn -B verify`) against a throwaway PostgreSQL cluster, so the *IT
# classes guarded by PG_URL run: bash pg-it.sh mvn -B -o -q verify. Needs root (creates a cluster).
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "pg-it.sh: run as root: it creates and drops a PostgreSQL cluster" >&2
  exit 2
fi
if ! command -v pg_createcluster > /dev/null; then
  apt-get update -q > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql > /dev/null
fi
PGV=$(ls /usr/lib/postgresql | sort -n | tail -1)
PORT=${PG_IT_PORT:-55432}
pg_dropcluster "$PGV" ci --stop 2> /dev/null || true # leftover of an aborted run
pg_createcluster "$PGV" ci -p "$PORT" --start > /dev/null
trap 'pg_dropcluster "$PGV" ci --stop' EXIT
(cd / && runuser -u postgres -- psql -q -p "$PORT" -v ON_ERROR_STOP=1 \
  -c "CREATE USER app PASSWORD 'secret'" -c "CREATE DATABASE app OWNER app")
export PG_URL=jdbc:postgresql://localhost:$PORT/app PG_USER=app PG_PASSWORD=secret
"$@"
