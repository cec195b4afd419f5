#!/usr/bin/env bash
# Where MariaDB's time goes, statement by statement: the server's statement digests (performance_schema) for N
# briefings of the service's 8-thread load and 2N lifecycles of the bare engine with 2 threads, each after a warm-up,
# with mariadbd's CPU in each (the benchmarks' own accounting, BENCH_DATABASE_PID). bench/census.sh counts statements;
# this says which of them take the server's time, and which of that time is waiting (for a row lock, for the log's
# flush at COMMIT) rather than work.
# The server must run with performance_schema on, which it reads only at its start:
#   mariadb-admin -uroot shutdown
#   start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --performance-schema=ON
# (and without the option again afterwards: the instrumentation costs the server CPU, and the other benchmarks' figures
# are taken without it). Nothing else may use the server meanwhile: the digests are global.
# Usage: mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
#        mvn -q test-compile
#        bench/digests.sh [JAR] [N] [OUT_DIR]    (defaults: the packaged jar, 200, target/bench-digests)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/giaoban-*.jar | grep -v original | head -1)}; N=${2:-200}; OUT=${3:-target/bench-digests}
if [ "$(mariadb -uroot -N -e 'SELECT @@performance_schema')" != 1 ]; then
  echo "performance_schema is off: restart MariaDB with --performance-schema=ON (see the head of $0)" >&2
  exit 1
fi
. bench/await-start.sh
. bench/bare-slices.sh
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
PORT=${PORT:-18080}; B=http://127.0.0.1:$PORT; PW=bench-admin-pw
mkdir -p "$OUT"
DATA=$(mktemp -d); export GIAOBAN_DATA_DIR=$DATA GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=$PW
NAME=giaoban_digests_$$
mariadb -uroot -e "CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE DATABASE ${NAME}_bare CHARACTER SET utf8mb4"
export SPRING_PROFILES_ACTIVE=mysql SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/$NAME
export SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
java -Xmx256m @src/main/jvm/jvm.options -jar "$JAR" --server.port=$PORT > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; [ -n "${BARE_PID:-}" ] && kill $BARE_PID 2>/dev/null
  mariadb -uroot -e "DROP DATABASE IF EXISTS $NAME; DROP DATABASE IF EXISTS ${NAME}_bare" || true; rm -rf "$DATA"' EXIT
await_start "$DATA/service.log" $PID || { echo "the service did not start: $DATA/service.log" >&2; exit 1; }
export BENCH_DATABASE_PID=$(pgrep -x mariadbd | head -1)
reset() { mariadb -uroot -e "TRUNCATE performance_schema.events_statements_summary_by_digest"; }
# Timers are in picoseconds; one line per digest of the database under test.
dump() {
  mariadb -uroot -B -e "SELECT COUNT_STAR, SUM_TIMER_WAIT, MAX_TIMER_WAIT, SUM_ROWS_EXAMINED,
    REPLACE(REPLACE(DIGEST_TEXT, '\n', ' '), '\t', ' ') FROM performance_schema.events_statements_summary_by_digest
    WHERE SCHEMA_NAME = '$1'" > "$2"
}

java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 0 "${WARM:-90}" > /dev/null
reset
java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 "$N" 0 | grep '^{"mode"' > "$OUT/service.json"
dump "$NAME" "$OUT/service.tsv"
kill $PID; wait $PID 2>/dev/null || true

bare_start "jdbc:mysql://127.0.0.1:3306/${NAME}_bare" "${WARM:-90}" "$DATA/bare.log"
reset
bare_slice 2 $((2 * N)) > "$OUT/bare.json"
dump "${NAME}_bare" "$OUT/bare.tsv"
bare_stop

python3 bench/digests.py "$OUT" "$N" "$((2 * N))" | tee "$OUT/digests.md"
