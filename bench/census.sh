#!/usr/bin/env bash
# What a briefing asks of MariaDB: the server's statement counters (SHOW GLOBAL STATUS) around N briefings of the
# 8-thread load, per briefing, after a warm-up of 50. Counts, not times: they do not move with the machine's speed,
# so two builds compare in a few minutes. Nothing else may use the MariaDB server meanwhile (the counters are global).
# Usage: mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
#        bench/census.sh [JAR] [N]      (default: the packaged jar, 200 briefings)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/giaoban-*.jar | grep -v original | head -1)}; N=${2:-200}
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
PORT=${PORT:-18080}; B=http://127.0.0.1:$PORT; PW=bench-admin-pw
DATA=$(mktemp -d); export GIAOBAN_DATA_DIR=$DATA GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=$PW
NAME=giaoban_census_$$
mariadb -uroot -e "CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export SPRING_PROFILES_ACTIVE=mysql SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/$NAME
export SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
java -Xmx256m @src/main/jvm/jvm.options -jar "$JAR" --server.port=$PORT > "$DATA/service.log" 2>&1 &
PID=$!
# Each step may fail (the service already gone, wait's status 143) without skipping the ones after it.
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; mariadb -uroot -e "DROP DATABASE IF EXISTS $NAME" || true; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null "$B/api/users/me"; do
  kill -0 $PID 2>/dev/null || { echo "the service did not start: $DATA/service.log" >&2; exit 1; }
  sleep 0.2
done
java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 50 0 > /dev/null
counters() {
  mariadb -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select', 'Com_insert',
    'Com_update', 'Com_delete', 'Com_commit', 'Com_stmt_execute', 'Bytes_received', 'Bytes_sent',
    'Innodb_os_log_written')" | sort
}
counters > "$DATA/before"
java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 "$N" 0 > /dev/null
counters > "$DATA/after"
echo "per briefing, $N briefings of 8 threads ($(basename "$JAR"))"
join "$DATA/before" "$DATA/after" | awk -v n="$N" '{ printf "%-22s %12.1f\n", $1, ($3 - $2) / n }'
