#!/usr/bin/env bash
# Funnelmeter past one machine, on PostgreSQL's own tools, all on this host:
#
#   HAProxy :3400 (round robin, no sticky sessions)
#     ├─ next start :3401 ─┐
#     └─ next start :3402 ─┴─ PgBouncer :56432 (transaction pooling) ─ primary :55432
#                          └─ DATABASE_READ_URL ─────────────────────── replica :55433
#                                                    (streaming, pg_basebackup)
#
#   scripts/cluster.sh up     starts it all on a production build (NEXT_DIST_DIR, default
#                             .next), seeds the demo organization, prints the base URL last
#   scripts/cluster.sh down   stops it all and removes its data
#
# A throwaway PostgreSQL cluster of its own (initdb in CLUSTER_DIR, its own ports): the
# machine's shared server is never touched. Needs Debian's haproxy and pgbouncer.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${CLUSTER_DIR:-/tmp/funnelmeter-cluster}"
PRIMARY_PORT="${CLUSTER_PRIMARY_PORT:-55432}"
REPLICA_PORT="${CLUSTER_REPLICA_PORT:-55433}"
BOUNCER_PORT="${CLUSTER_BOUNCER_PORT:-56432}"
LB_PORT="${CLUSTER_PORT:-3400}"
APP_PORTS=("$((LB_PORT + 1))" "$((LB_PORT + 2))")
DB=funnelmeter
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}"

PG_BIN="/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin"
# initdb, postgres and pgbouncer refuse to run as root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { echo "== cluster: $*" >&2; }

down() {
  for pidfile in "$DIR"/app-*.pid "$DIR/haproxy.pid" "$DIR/pgbouncer.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    # The app instances run in their own process group (setsid): stop next and its children.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for node in replica primary; do
    [ -d "$DIR/$node" ] && as_pg "$PG_BIN/pg_ctl" -D "$DIR/$node" -m fast -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$DIR"
  log "stopped"
}

wait_for() { # url, seconds
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 1
  done
  log "no answer from $1 after $2 s"
  return 1
}

up() {
  command -v haproxy >/dev/null && command -v pgbouncer >/dev/null || {
    echo "cluster.sh needs Debian's haproxy and pgbouncer: apt-get install -y haproxy pgbouncer" >&2
    exit 1
  }
  [ -f "$NEXT_DIST_DIR/BUILD_ID" ] || { log "building ($NEXT_DIST_DIR)"; npx next build >&2; }
  down >/dev/null 2>&1 || true
  mkdir -p "$DIR"
  chown postgres "$DIR" 2>/dev/null || true

  log "primary on :$PRIMARY_PORT"
  as_pg "$PG_BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust >/dev/null
  cat >>"$DIR/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$DIR'
wal_level = replica
max_wal_senders = 4
hot_standby = on
max_connections = 100
EOF
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w start >/dev/null
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -qc "create database $DB" >/dev/null

  log "streaming replica on :$REPLICA_PORT"
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/replica" -R -X stream
  echo "port = $REPLICA_PORT" >>"$DIR/replica/postgresql.conf"
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w start >/dev/null

  log "PgBouncer (transaction pooling) on :$BOUNCER_PORT"
  cat >"$DIR/pgbouncer.ini" <<EOF
[databases]
$DB = host=127.0.0.1 port=$PRIMARY_PORT dbname=$DB
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
pidfile = $DIR/pgbouncer.pid
logfile = $DIR/pgbouncer.log
EOF
  echo '"postgres" ""' >"$DIR/userlist.txt"
  chown postgres "$DIR"/pgbouncer.ini "$DIR"/userlist.txt 2>/dev/null || true
  as_pg pgbouncer -d "$DIR/pgbouncer.ini"

  local primary="postgres://postgres@127.0.0.1:$PRIMARY_PORT/$DB"
  local secret
  secret=$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))')
  # Migrations and the seed talk to the primary itself (the migration lock is session-level).
  log "migrating and seeding the demo organization"
  DATABASE_URL="$primary" npm run -s admin -- seed-demo >"$DIR/demo.json"

  for port in "${APP_PORTS[@]}"; do
    log "next start on :$port"
    (
      export AUTH_SECRET="$secret" PORT="$port"
      export DATABASE_URL="postgres://postgres@127.0.0.1:$BOUNCER_PORT/$DB"
      export DATABASE_POOLING=transaction DATABASE_MIGRATION_URL="$primary"
      export DATABASE_READ_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/$DB"
      setsid npx next start -p "$port" -H 127.0.0.1 >"$DIR/app-$port.log" 2>&1 &
      echo $! >"$DIR/app-$port.pid"
    )
  done

  log "HAProxy on :$LB_PORT"
  cat >"$DIR/haproxy.cfg" <<EOF
global
  maxconn 1000
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend web
  bind 127.0.0.1:$LB_PORT
  default_backend apps
backend apps
  balance roundrobin
  option httpchk GET /api/v1/health
  # Which instance answered, so that tests can see requests alternate.
  http-response set-header X-Funnelmeter-Instance %s
  server app1 127.0.0.1:${APP_PORTS[0]} check inter 2s
  server app2 127.0.0.1:${APP_PORTS[1]} check inter 2s
EOF
  haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"

  for port in "${APP_PORTS[@]}"; do wait_for "http://127.0.0.1:$port/api/v1/health" 120; done
  # HAProxy marks a server up after its first passing check.
  wait_for "http://127.0.0.1:$LB_PORT/api/v1/health" 30
  sleep 3
  echo "http://127.0.0.1:$LB_PORT"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *)
    echo "usage: scripts/cluster.sh up|down" >&2
    exit 2
    ;;
esac
