#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS cluster for the tests of the PostgreSQL store.
#
#   eval "$(bash scripts/postgres.sh start)"   # exports DASHBOARD_TEST_PG_URL
#   bash scripts/postgres.sh status
#   bash scripts/postgres.sh stop              # stops it and removes its directory
#
# start installs the Debian packages when missing (postgresql, postgresql-<major>-postgis-3), then
# initdb's a cluster in a temp directory owned by the postgres system user (the server refuses to
# run as root), listening on 127.0.0.1 only, on a free port, with trust authentication: only for
# tests, never for data that matters. It creates the database dashboard_test with PostGIS. A second
# start finds the running cluster and prints the same URL. Only the export line goes to stdout.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-15}"
PG_DIR="${DASHBOARD_PG_DIR:-${TMPDIR:-/tmp}/dashboard-pg-$(id -u)}"
PG_BIN="/usr/lib/postgresql/$PG_MAJOR/bin"
DB_NAME="dashboard_test"
DB_USER="postgres"

log() { echo "postgres.sh: $*" >&2; }

as_pg() {
  # The server and initdb refuse root; as any other user they run as that user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
  local postgis_control="/usr/share/postgresql/$PG_MAJOR/extension/postgis.control"
  [ -x "$PG_BIN/initdb" ] && [ -f "$postgis_control" ] && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  local packages=(postgresql "postgresql-$PG_MAJOR" "postgresql-$PG_MAJOR-postgis-3")
  log "installing ${packages[*]}"
  # The package lists are refreshed only when the install fails with the ones present.
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >&2; then
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >&2
  fi
}

running() {
  [ -f "$PG_DIR/data/postmaster.pid" ] \
    && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

print_url() {
  echo "export DASHBOARD_TEST_PG_URL=postgresql://$DB_USER@127.0.0.1:$(cat "$PG_DIR/port")/$DB_NAME"
}

free_port() {
  # The kernel picks an unused port; the tiny window before the server binds it is acceptable
  # for a test cluster (start fails loudly if someone took it meanwhile).
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

start() {
  if running; then
    log "already running in $PG_DIR"
    print_url
    return 0
  fi
  install_if_missing
  [ -d "$PG_DIR" ] && rm -rf "$PG_DIR"  # left by a crash: nothing in it is worth keeping
  mkdir -p "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  chmod 700 "$PG_DIR"
  local port; port="$(free_port)"
  echo "$port" > "$PG_DIR/port"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$DB_USER" -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null
  # fsync off: a throw-away cluster, and the tests kill clients, not the server.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_DIR \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    >/dev/null || { cat "$PG_DIR/server.log" >&2; exit 1; }
  as_pg "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $DB_NAME" >&2
  as_pg "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION IF NOT EXISTS postgis" >&2
  log "running in $PG_DIR on 127.0.0.1:$port"
  print_url
}

stop() {
  if running; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    log "stopped"
  fi
  rm -rf "$PG_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then print_url; else log "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
