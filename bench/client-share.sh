#!/usr/bin/env bash
# Where the machine's CPU goes while the service is driven on MariaDB: after a warm-up, rounds of the 8-thread and
# 12-thread load (600 briefings each, alternating) report briefings/s, the service's and MariaDB's CPU per briefing,
# the machine's idle share (/proc/stat) and the benchmark client's own CPU per briefing (its whole JVM, getrusage).
# Usage: bench/client-share.sh [JAR] [WARM_SECONDS]   (needs target/bench.classpath, as bench/census.sh does)
set -euo pipefail
JAR=${1:-$(ls target/giaoban-*.jar | head -1)}; WARM=${2:-300}
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
DATA=$(mktemp -d); NAME=giaoban_share_$$; PORT=18080; B=http://127.0.0.1:$PORT; PW=bench-admin-pw
mariadb -uroot -e "CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export GIAOBAN_DATA_DIR=$DATA GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=$PW SPRING_PROFILES_ACTIVE=mysql
export SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/$NAME SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
java -Xmx256m @src/main/jvm/jvm.options -jar "$JAR" --server.port=$PORT > "$DATA/service.log" 2>&1 &
PID=$!
# Each step may fail (the service already gone, wait's status 143) without skipping the ones after it.
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; mariadb -uroot -e "DROP DATABASE IF EXISTS $NAME" || true; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null "$B/api/users/me"; do sleep 0.2; done
java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 0 "$WARM" > /dev/null
export BENCH_SERVICE_PID=$PID BENCH_DATABASE_PID=$(pgrep -x mariadbd | head -1)
cpu() { head -1 /proc/stat | awk '{s=0; for (i = 2; i <= 9; i++) s += $i; print s, $5 + $6}'; }
for threads in 8 12 8 12; do
  read -r total0 idle0 < <(cpu)
  python3 - "$threads" "$CP" "$B" "$PW" "$total0" "$idle0" <<'PY'
import json, resource, subprocess, sys
threads, cp, base, pw, total0, idle0 = sys.argv[1:]
out = subprocess.run(["java", "-cp", cp, "vn.giaoban.bench.LifecycleBench", base, pw, "concurrent", threads, "600", "0"],
                     capture_output=True, text=True, check=True).stdout
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open("/proc/stat") as f:
    fields = [int(x) for x in f.readline().split()[1:9]]
total, idle = sum(fields), fields[3] + fields[4]
r = json.loads([l for l in out.splitlines() if l.startswith('{"mode"')][-1])
print(json.dumps({"threads": int(threads), "briefingsPerSecond": r["briefingsPerSecond"],
                  "serviceCpuMsPerBriefing": r["serviceCpuMsPerBriefing"],
                  "databaseCpuMsPerBriefing": r["databaseCpuMsPerBriefing"],
                  "clientCpuMsPerBriefing": round((usage.ru_utime + usage.ru_stime) * 1000 / r["briefings"], 1),
                  "machineIdleShare": round((idle - int(idle0)) / (total - int(total0)), 3)}))
PY
done
