#!/usr/bin/env bash
# A throwaway MariaDB server on loopback for the tests, in a folder of its own.
#   mariadb.sh install            installs Debian's mariadb-server (and galera-4, rsync) when missing
#   mariadb.sh start DIR PORT [OPTION...]
#                                 starts a server with its data in DIR (created on first start); options go to mariadbd
#                                 after the defaults (e.g. a larger --innodb-buffer-pool-size for a benchmark)
#   mariadb.sh replica DIR PORT PRIMARY_DIR
#                                 starts a read-only replica of the server in PRIMARY_DIR, fed by its binary log
#                                 from this moment on (GTID), applying only the databases named caseflow_r*
#   mariadb.sh stop DIR           stops that server by its own PID and waits until it is gone
# The server listens on 127.0.0.1 only; the user caseflow (password caseflow-test) owns every
# database whose name starts with caseflow.
set -euo pipefail

install() {
  # mariadb-server, with galera-4 and rsync for the cluster test's nodes and their state transfers.
  { command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; } && [ -f /usr/lib/galera/libgalera_smm.so ] && command -v rsync >/dev/null 2>&1 && return 0
  echo "installing mariadb-server, galera-4 and rsync from Debian" >&2
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # Keep the package from starting the system's own server: this one is ours, on a port of its own.
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq mariadb-server galera-4 rsync >/dev/null || { $sudo rm -f /usr/sbin/policy-rc.d; exit 1; }
  $sudo rm -f /usr/sbin/policy-rc.d
}

start() {
  local dir=$1 port=$2 server_id=${3:-1} fresh=""
  shift 3
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" --skip-test-db --auth-root-authentication-method=socket >"$dir/install.log" 2>&1
    fresh=1
  fi
  /usr/sbin/mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/mysql.sock" --port="$port" \
    --bind-address=127.0.0.1 --user="$(id -un)" --pid-file="$dir/mariadbd.pid" --log-error="$dir/mariadbd.err" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-name-resolve \
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=1 --max-connections=300 \
    --server-id="$server_id" --log-bin=mariadb-bin --binlog-format=ROW "$@" >/dev/null 2>&1 &
  echo "$port" >"$dir/port"
  for _ in $(seq 1 300); do
    mariadb-admin --no-defaults --socket="$dir/mysql.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --no-defaults --socket="$dir/mysql.sock" -uroot ping >/dev/null 2>&1 || { cat "$dir/mariadbd.err" >&2; exit 1; }
  if [ -n "$fresh" ]; then
    mariadb --no-defaults --socket="$dir/mysql.sock" -uroot -e "
      CREATE USER 'caseflow'@'127.0.0.1' IDENTIFIED BY 'caseflow-test';
      GRANT ALL ON \`caseflow%\`.* TO 'caseflow'@'127.0.0.1';"
  fi
}

replica() {
  local dir=$1 port=$2 primary
  primary=$(cd "$3" && pwd)
  # Read-only for every user but root; only the replica test's databases are applied, the rest of the run's
  # writes are fetched and skipped.
  start "$dir" "$port" 2 --read-only --skip-slave-start '--replicate-wild-do-table=caseflow\_r%.%'
  mariadb --no-defaults --socket="$primary/mysql.sock" -uroot -e "
    SET sql_log_bin = 0;
    CREATE USER IF NOT EXISTS 'replica'@'127.0.0.1' IDENTIFIED BY 'replica-test';
    GRANT REPLICATION SLAVE ON *.* TO 'replica'@'127.0.0.1';"
  local position
  position=$(mariadb --no-defaults --socket="$primary/mysql.sock" -uroot -N -B -e "SELECT @@gtid_binlog_pos")
  mariadb --no-defaults --socket="$dir/mysql.sock" -uroot -e "
    STOP SLAVE;
    SET GLOBAL gtid_slave_pos = '$position';
    CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $(cat "$primary/port"),
      MASTER_USER = 'replica', MASTER_PASSWORD = 'replica-test', MASTER_USE_GTID = slave_pos;
    START SLAVE;"
  for _ in $(seq 1 100); do
    [ "$(mariadb --no-defaults --socket="$dir/mysql.sock" -uroot -e 'SHOW SLAVE STATUS\G' | grep -cE 'Slave_(IO|SQL)_Running: Yes')" = 2 ] && return 0
    sleep 0.1
  done
  mariadb --no-defaults --socket="$dir/mysql.sock" -uroot -e 'SHOW SLAVE STATUS\G' >&2
  exit 1
}

stop() {
  local dir=$1 pid
  [ -f "$dir/mariadbd.pid" ] || return 0
  pid=$(cat "$dir/mariadbd.pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
  install) install ;;
  start) start "$2" "$3" 1 "${@:4}" ;;
  replica) replica "$2" "$3" "$4" ;;
  stop) stop "$2" ;;
  *) echo "usage: $0 install | start DIR PORT | replica DIR PORT PRIMARY_DIR | stop DIR" >&2; exit 2 ;;
esac
