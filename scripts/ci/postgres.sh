#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster with the `hll` and `pgcrypto` extensions, for the tests that
# check Takar's sketches against a real engine (packages/core/test/impact/postgres-hll.test.ts,
# packages/cli/test/impact-federated.test.ts) and for packages/core/bench/federated.ts.
#
#   export TAKAR_PG_URL="$(scripts/ci/postgres.sh)"   # install if missing, create, start; prints the URL
#   scripts/ci/postgres.sh stop                       # stop the server and delete the cluster
#
# Idempotent: a second run finds the running server and prints the same URL. Installs the Debian
# packages postgresql-15 and postgresql-15-hll when they are missing (needs root). The server runs as
# the `postgres` user (PostgreSQL refuses to run as root) and listens on no network address at all
# (`listen_addresses = ''`): only on a Unix socket inside its own folder, with trust
# authentication. It is a disposable test cluster; never use it for data. Everything but the URL
# goes to stderr.
set -euo pipefail

dir="${TAKAR_PG_DIR:-/tmp/takar-pg}"
bin=/usr/lib/postgresql/15/bin
ext=/usr/share/postgresql/15/extension
say() { echo "postgres.sh: $*" >&2; }

# Runs a command as the postgres user when we are root, else as ourselves.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  if [ -f "$dir/data/PG_VERSION" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true; fi
  rm -rf "$dir"
  say "stopped and removed $dir"
  exit 0
fi

if [ ! -x "$bin/initdb" ] || [ ! -f "$ext/hll.control" ] || [ ! -f "$ext/pgcrypto.control" ]; then
  say "installing postgresql-15 and postgresql-15-hll"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql-15 postgresql-15-hll postgresql-client-15 >&2
fi

if [ "$(id -u)" = 0 ]; then
  mkdir -p "$dir"
  chown postgres: "$dir"
else
  mkdir -p "$dir"
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  say "initdb into $dir/data"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >&2
fi

port_of() { sed -n 's/^port *= *\([0-9]*\).*/\1/p' "$dir/data/postgresql.auto.conf" 2>/dev/null | tail -1; }
running() { as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

if ! running; then
  cat > "$dir/data/postgresql.auto.conf" <<EOF
listen_addresses = ''
port = 5432
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '128MB'
max_connections = 20
EOF
  chown postgres: "$dir/data/postgresql.auto.conf" 2>/dev/null || true
  say "starting on the socket in $dir (no TCP)"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >&2
fi

port="$(port_of)"
url="postgresql:///takar?host=$dir&port=$port&user=postgres"
admin="postgresql:///postgres?host=$dir&port=$port&user=postgres"
if ! "$bin/psql" "$admin" -XAtqc \
  "SELECT 1 FROM pg_database WHERE datname = 'takar'" | grep -q 1; then
  "$bin/psql" "$admin" -Xq -c "CREATE DATABASE takar" >&2
fi
"$bin/psql" "$url" -Xq -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
  -c "CREATE EXTENSION IF NOT EXISTS hll" -c "CREATE EXTENSION IF NOT EXISTS pgcrypto" >&2
echo "$url" > "$dir/url"
echo "$url"
