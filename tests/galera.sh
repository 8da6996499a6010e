#!/usr/bin/env bash
# A throwaway three-node MariaDB Galera cluster on loopback, in a folder of its own, for the tests.
#   galera.sh start DIR PORT    starts nodes 1-3 on 127.0.0.1, 127.0.0.2 and 127.0.0.3, each on PORT
#                               (node 1 bootstraps the cluster; 2 and 3 join it by rsync state transfer)
#   galera.sh kill DIR N        kills node N with SIGKILL, as a power cut would
#   galera.sh restart DIR N     starts node N again; it rejoins the cluster
#   galera.sh stop DIR          stops every node by its own PID
# Galera is Debian's galera-4, which mariadb-server depends on; rsync carries the state transfer.
# The user caseflow (password caseflow-test) owns every database whose name starts with caseflow.
set -euo pipefail

provider=/usr/lib/galera/libgalera_smm.so
# The nodes run as the package's own user 'mysql', never as root: rsync's daemon, which receives a
# joiner's state transfer, would otherwise drop root for 'nobody' and could not write the data folder.
user=mysql

node() {
  local dir=$1 n=$2 port=$3 bootstrap=${4:-}
  local home="$dir/node$n" address="127.0.0.$n"
  mkdir -p "$home"
  if [ ! -d "$home/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$home/data" --user="$user" --skip-test-db --auth-root-authentication-method=socket >"$home/install.log" 2>&1
  fi
  chown -R "$user" "$home"
  echo "$port" >"$dir/port"
  # wsrep-sync-wait=1: a read waits until the node has applied what the cluster committed before it (CaseFlow requires it).
  /usr/sbin/mariadbd --no-defaults --datadir="$home/data" --socket="$home/mysql.sock" --port="$port" \
    --bind-address="$address" --user="$user" --pid-file="$home/mariadbd.pid" --log-error="$home/mariadbd.err" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=32M --max-connections=300 \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --wsrep-sync-wait=1 \
    --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=caseflow-test \
    --wsrep-node-name="node$n" --wsrep-node-address="$address" \
    --wsrep-cluster-address="gcomm://127.0.0.1,127.0.0.2,127.0.0.3" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://$address:4567;ist.recv_addr=$address:4568;gcache.size=32M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="$address:4444" \
    $bootstrap >/dev/null 2>&1 &
  for _ in $(seq 1 600); do
    [ "$(state "$home")" = "Synced" ] && return 0
    sleep 0.2
  done
  echo "node $n did not reach Synced" >&2
  tail -30 "$home/mariadbd.err" >&2
  exit 1
}

state() {
  mariadb --no-defaults --socket="$1/mysql.sock" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2
}

start() {
  local dir=$1 port=$2
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # The mysql user must reach the nodes' folders (a mktemp folder is closed to other users).
  chmod a+x "$dir" "$(dirname "$dir")"
  local fresh=""
  [ -d "$dir/node1/data/mysql" ] || fresh=1
  node "$dir" 1 "$port" --wsrep-new-cluster
  if [ -n "$fresh" ]; then
    mariadb --no-defaults --socket="$dir/node1/mysql.sock" -uroot -e "
      CREATE USER 'caseflow'@'127.0.0.%' IDENTIFIED BY 'caseflow-test';
      GRANT ALL ON \`caseflow%\`.* TO 'caseflow'@'127.0.0.%';"
  fi
  node "$dir" 2 "$port"
  node "$dir" 3 "$port"
  local size
  size=$(mariadb --no-defaults --socket="$dir/node1/mysql.sock" -uroot -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
  [ "$size" = "3" ] || { echo "the cluster has $size nodes, not 3" >&2; exit 1; }
}

kill_node() {
  local dir=$1 n=$2
  [ -f "$dir/node$n/mariadbd.pid" ] && kill -KILL "$(cat "$dir/node$n/mariadbd.pid")" 2>/dev/null || true
}

restart() {
  local dir=$1 n=$2
  node "$dir" "$n" "$(cat "$dir/port")"
}

stop() {
  local dir=$1 n pid
  for n in 3 2 1; do
    [ -f "$dir/node$n/mariadbd.pid" ] || continue
    pid=$(cat "$dir/node$n/mariadbd.pid")
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

case "${1:-}" in
  start) start "$2" "$3" ;;
  kill) kill_node "$2" "$3" ;;
  restart) restart "$2" "$3" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 start DIR PORT | kill DIR N | restart DIR N | stop DIR" >&2; exit 2 ;;
esac
