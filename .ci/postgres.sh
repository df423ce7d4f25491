#!/usr/bin/env bash
# A private PostgreSQL server for the tests (dlt's postgres destination), used by .ci/run and developers.
#
#   eval "$(.ci/postgres.sh start)"    # installs Debian's postgresql if absent (needs root), starts a
#                                      # cluster in $VISMANET_PG_DIR (default ${TMPDIR:-/tmp}/vismanet-pg)
#                                      # on 127.0.0.1 and prints `export VISMANET_TEST_POSTGRES_DSN=...`
#   .ci/postgres.sh stop               # stops it (the data directory stays for the next start)
#   .ci/postgres.sh dsn                # prints the DSN of a running cluster
#
# Only the DSN goes to stdout; progress goes to stderr. The cluster trusts local connections only
# (127.0.0.1 and its own socket directory), runs as the `postgres` user when started by root (initdb
# refuses root), and picks a free port the first time (kept in $VISMANET_PG_DIR/port).
set -euo pipefail

action="${1:-start}"
dir="${VISMANET_PG_DIR:-${TMPDIR:-/tmp}/vismanet-pg}"
db="vismanet_test"
user="vismanet"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        echo "$found"
    fi
}

install_postgres() {
    if [ -n "$(find_bin)" ]; then
        return
    fi
    if [ "$(id -u)" != 0 ]; then
        say "PostgreSQL is not installed; run as root, or: sudo apt-get install -y postgresql"
        exit 1
    fi
    say "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # The package's own cluster is not used; keep its postinst from trying to start services.
    apt-get install -y -qq --no-install-recommends postgresql >&2
}

as_owner() {
    # From inside $dir: the postgres user may not be allowed into the caller's working directory.
    if [ "$(id -u)" = 0 ]; then
        (cd "$dir" && runuser -u postgres -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

dsn() {
    # Local connections are trusted; the password is only there because dlt's postgres destination
    # insists on one.
    echo "postgresql://${user}:${user}@127.0.0.1:$(cat "$dir/port")/${db}"
}

start() {
    install_postgres
    local bin
    bin="$(find_bin)"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
    fi
    if [ ! -s "$dir/port" ]; then
        free_port > "$dir/port"
    fi
    local port
    port="$(cat "$dir/port")"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        say "initdb in $dir/data"
        as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >&2
    fi
    if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        say "already running on port $port"
    else
        say "starting on 127.0.0.1:$port"
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >&2 || {
            say "failed to start; log follows"
            tail -n 30 "$dir/server.log" >&2 || true
            exit 1
        }
    fi
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
        "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE $db" >&2
    fi
    echo "export VISMANET_TEST_POSTGRES_DSN=$(dsn)"
}

stop() {
    local bin
    bin="$(find_bin)"
    if [ -n "$bin" ] && [ -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
}

case "$action" in
    start) start ;;
    stop) stop ;;
    dsn) dsn ;;
    *) say "usage: $0 start|stop|dsn"; exit 2 ;;
esac
