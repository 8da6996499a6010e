#!/usr/bin/env bash
# Runs the whole test suite: every integration test on SQLite and on a throwaway MariaDB server that
# this script installs (Debian's mariadb-server, when missing), starts on loopback and stops again,
# with a binlog replica of it for the reports and a three-node Galera cluster for the cluster test.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
mariadb_dir="$work/mariadb"
galera_dir="$work/galera"
replica_dir="$work/replica"
port=${CASEFLOW_TEST_MARIADB_PORT:-3307}
replica_port=${CASEFLOW_TEST_MARIADB_REPLICA_PORT:-3308}
galera_port=${CASEFLOW_TEST_GALERA_PORT:-3320}
cleanup() {
  ./tests/galera.sh stop "$galera_dir" || true
  ./tests/mariadb.sh stop "$replica_dir" || true
  ./tests/mariadb.sh stop "$mariadb_dir" || true
  rm -rf "$work"
}
trap cleanup EXIT

./tests/mariadb.sh install
./src/install-document-tools.sh
./tests/mariadb.sh start "$mariadb_dir" "$port"
export CASEFLOW_TEST_MARIADB="Server=127.0.0.1;Port=$port;User=caseflow;Password=caseflow-test"
# A read-only replica of it, fed by its binary log, for the reports' read connection.
./tests/mariadb.sh replica "$replica_dir" "$replica_port" "$mariadb_dir"
export CASEFLOW_TEST_MARIADB_REPLICA="Server=127.0.0.1;Port=$replica_port;User=caseflow;Password=caseflow-test" CASEFLOW_TEST_MARIADB_REPLICA_DIR="$replica_dir"
# Three Galera nodes on 127.0.0.1-3 (galera-4 comes with mariadb-server) for the cluster test.
./tests/galera.sh start "$galera_dir" "$galera_port"
export CASEFLOW_TEST_GALERA="$galera_dir" CASEFLOW_TEST_GALERA_PORT="$galera_port"

dotnet restore CaseFlow.sln --nologo -v q
dotnet build CaseFlow.sln --no-restore --nologo -v q -c Release
set +e
dotnet test CaseFlow.sln --no-build -c Release --nologo --logger "trx;LogFilePrefix=caseflow" --results-directory "$work/results" 2>&1 | tee "$work/console.log"
status=${PIPESTATUS[0]}
set -e

# One plain line for whoever reads the end of the log: the totals of every test assembly.
passed=0; failed=0; skipped=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
if [ $((passed + failed)) -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
