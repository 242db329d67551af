#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-mode tests (issue 18).
#
#   scripts/pg-test-cluster.sh start STATEFILE   initdb + pg_ctl start in a new temporary directory
#   scripts/pg-test-cluster.sh stop STATEFILE    pg_ctl stop, then remove the directory
#   scripts/pg-test-cluster.sh restart STATEFILE pg_ctl restart (a test of the server restarted mid-session)
#
# The server listens on a unix socket only (no TCP port to collide with), in a world-accessible
# directory, with trust authentication for local connections: the tests connect as any role
# they created (readers, editors) without a password. STATEFILE receives the lines
#   PGHOST=<socket directory>  PGPORT=<port>  PGUSER=<superuser>  PGDATA=<data directory>
# which the tests read (REBUTTAL_PG_TEST_CLUSTER names it).
#
# initdb refuses to run as root, so as root the server runs as the `postgres` system account
# (Debian's postgresql package creates it) through runuser; as anyone else, as that user.
# When the PostgreSQL binaries are missing, start writes no STATEFILE and exits 0: the tests
# then skip, saying so.
set -euo pipefail

action=${1:-}
state=${2:-}
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATEFILE" >&2; exit 2; }

find_bin() {
  local name=$1 dir
  for dir in /usr/lib/postgresql/15/bin $(dirname "$(command -v "$name" 2>/dev/null || echo /nonexistent/x)"); do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return 0; }
  done
  return 1
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  rm -f "$state"
  initdb=$(find_bin initdb) || { echo "pg-test-cluster: initdb not found; team-mode tests will skip" >&2; exit 0; }
  pg_ctl=$(find_bin pg_ctl) || { echo "pg-test-cluster: pg_ctl not found; team-mode tests will skip" >&2; exit 0; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg-test-cluster: running as root and there is no 'postgres' account to run the server as" >&2
    exit 1
  fi
  root=$(mktemp -d /tmp/rebuttal-pg.XXXXXX)
  chmod 0755 "$root"
  mkdir -m 0777 "$root/socket"
  mkdir "$root/data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$root/data" "$root/socket"
  chmod 0777 "$root/socket"
  superuser=rebuttal_test_admin
  as_server_user "$initdb" -D "$root/data" -U "$superuser" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
  port=5432
  cat >>"$root/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$root/socket'
unix_socket_permissions = 0777
port = $port
fsync = off
max_connections = 40
EOF
  as_server_user "$pg_ctl" -D "$root/data" -l "$root/data/server.log" -w -t 60 start >/dev/null ||
    { cat "$root/data/server.log" >&2; exit 1; }
  printf 'PGHOST=%s\nPGPORT=%s\nPGUSER=%s\nPGDATA=%s\nROOT=%s\n' "$root/socket" "$port" "$superuser" "$root/data" "$root" >"$state"
  echo "pg-test-cluster: started in $root" >&2
  ;;
restart)
  data=$(sed -n 's/^PGDATA=//p' "$state")
  [ -n "$data" ] || { echo "pg-test-cluster: no cluster in $state" >&2; exit 1; }
  pg_ctl=$(find_bin pg_ctl) || exit 1
  as_server_user "$pg_ctl" -D "$data" -l "$data/server.log" -m fast -w -t 60 restart >/dev/null
  ;;
stop)
  [ -f "$state" ] || exit 0
  root=$(sed -n 's/^ROOT=//p' "$state")
  data=$(sed -n 's/^PGDATA=//p' "$state")
  pg_ctl=$(find_bin pg_ctl) || exit 0
  as_server_user "$pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  case "$root" in /tmp/rebuttal-pg.*) rm -rf "$root" ;; esac
  rm -f "$state"
  ;;
*)
  echo "usage: $0 start|stop STATEFILE" >&2; exit 2 ;;
esac
