#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (and for trying DealerDesk on PostgreSQL by hand).
#
#   eval "$(bash scripts/pg_test_cluster.sh start)"   # prints: export DEALERDESK_TEST_PG=…; export PG_TEST_DIR=…
#   python -m pytest -q                                 # the services/store/CLI tests now run on both backends
#   bash scripts/pg_test_cluster.sh stop "$PG_TEST_DIR"
#
# The cluster lives in a temporary folder owned by the unprivileged `postgres` user (initdb and pg_ctl refuse
# to run as root), listens on a free port on 127.0.0.1 only, trusts local connections (it holds test data
# only) and is deleted by `stop`. Needs the PostgreSQL server binaries (Debian/Ubuntu: apt-get install
# postgresql); PG_BIN overrides where they are.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo "pg_test_cluster: no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)" >&2
  exit 1
}

as_pg() {  # run as the cluster's owner: `postgres` when we are root, else ourselves
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port
  bin=$(find_bin)
  dir=$(mktemp -d /tmp/dealerdesk-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
  # Test data only: no fsync, no full-page writes (each test creates and drops a database).
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null
  echo "export DEALERDESK_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres"
  echo "export PG_TEST_DIR=$dir"
}

stop() {
  local dir=${1:-${PG_TEST_DIR:-}}
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "pg_test_cluster: no cluster folder given" >&2; exit 1; }
  as_pg "$(find_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
