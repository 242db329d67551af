#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the team-mode tests (issue 18).
#
#   scripts/pg-test-cluster.sh start STATEFILE   initdb + pg_ctl start in a new temporary directory
#   scripts/pg-test-cluster.sh stop STATEFILE    pg_ctl stop, then remove the directory
#   scripts/pg-test-cluster.sh restart STATEFILE pg_ctl restart (a test of the server restarted mid-session)
#   scripts/pg-test-cluster.sh crash STATEFILE   SIGKILL to the server (postmaster), then start it again:
#                                                 it recovers from its write-ahead log as after a crash
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
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|restart|crash STATEFILE" >&2; exit 2; }

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

# Waits up to $1 tenths of a second for the processes $2... to end (a zombie has); prints those
# still running.
running_after() {
  local tenths=$1 pid alive=""
  shift
  for _ in $(seq "$tenths"); do
    alive=""
    for pid in "$@"; do
      case "$(ps -o stat= -p "$pid" 2>/dev/null)" in "" | Z*) ;; *) alive="$alive $pid" ;; esac
    done
    [ -z "$alive" ] && return 0
    sleep 0.1
  done
  echo $alive
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
crash)
  data=$(sed -n 's/^PGDATA=//p' "$state")
  [ -n "$data" ] || { echo "pg-test-cluster: no cluster in $state" >&2; exit 1; }
  pg_ctl=$(find_bin pg_ctl) || exit 1
  postmaster=$(head -n 1 "$data/postmaster.pid")
  children=$(ps -o pid= --ppid "$postmaster" || true)
  kill -KILL "$postmaster"
  # Its server processes end on their own once they see it gone (at their next wait: a client's
  # next message, a lock); the start refuses while one still holds the shared memory. One busy
  # for 20 s is killed as the crash of a machine would.
  alive=$(running_after 200 "$postmaster" $children)
  [ -z "$alive" ] || kill -KILL $alive 2>/dev/null || true
  alive=$(running_after 100 $alive)
  [ -z "$alive" ] || { echo "pg-test-cluster: server processes $alive did not end" >&2; exit 1; }
  # The dead postmaster is a zombie until the system's init reaps it, and the new one takes a
  # zombie's pid in postmaster.pid for a live server: the lock file is stale once it is dead.
  for _ in $(seq 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$postmaster" 2>/dev/null && rm -f "$data/postmaster.pid"
  as_server_user "$pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null ||
    { tail -n 20 "$data/server.log" >&2; exit 1; }
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
  echo "usage: $0 start|stop|restart|crash STATEFILE" >&2; exit 2 ;;
esac
