#!/usr/bin/env bash
# Part of bench/run.sh: measures the packaged service on one database. Args: JAR OUT_DIR WARM_SECONDS h2|mariadb
set -euo pipefail
JAR=$1; OUT=$2; WARM=$3; DB=$4
THROUGHPUT_WARM=${THROUGHPUT_WARM:-360}
# ONLY_DOWNLOAD=1: the download spike alone (on H2 or MariaDB); ONLY_LIFECYCLE=1: the throughput warm-up and the
# service's rounds alone. Both are for comparing two builds. COMPARE_POLLING=1 adds three pairs of throughput rounds, clients polling
# for the minutes every 50 ms and then waiting for them (Prefer: wait), on the same warm service.
ONLY_DOWNLOAD=${ONLY_DOWNLOAD:-0}; ONLY_LIFECYCLE=${ONLY_LIFECYCLE:-0}; COMPARE_POLLING=${COMPARE_POLLING:-0}
# PAIRS=N: after the rounds, N pairs of short runs, the service's 200 briefings and then the bare engine's 400
# lifecycles with 2 and with 8 threads, in one bare engine JVM warmed once: each pair's ratio is taken within about a
# minute, where a round and its bare runs are three minutes apart and the machine's speed can move in between.
PAIRS=${PAIRS:-0}
PORT=18080; B=http://127.0.0.1:$PORT; PW=bench-admin-pw
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
DATA=$(mktemp -d); export GIAOBAN_DATA_DIR=$DATA GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=$PW
log() { echo "[bench $DB] $*" >&2; }
. "$(dirname "$0")/await-start.sh"
. "$(dirname "$0")/bare-slices.sh"
# The service runs with the options the Dockerfile gives it, and the heap the issue fixes.
# BENCH_JVM_EXTRA: options appended to the service's own, for comparing JVM settings (the last of an option wins).
JVM="-Xmx256m @src/main/jvm/jvm.options ${BENCH_JVM_EXTRA:-}"
if [ "$DB" = mariadb ]; then
  NAME=giaoban_bench_$$; mariadb -uroot -e "CREATE DATABASE $NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export SPRING_PROFILES_ACTIVE=mysql SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/$NAME
  export SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD=
  BARE_URL=jdbc:mysql://127.0.0.1:3306/${NAME}_bare
  mariadb -uroot -e "CREATE DATABASE ${NAME}_bare CHARACTER SET utf8mb4"
else
  BARE_URL="jdbc:h2:mem:bare;DB_CLOSE_DELAY=-1"
fi
cleanup() {
  [ -n "${SAMPLER:-}" ] && kill -- -"$SAMPLER" 2>/dev/null || true
  [ -n "${BARE_PID:-}" ] && kill "$BARE_PID" 2>/dev/null || true
  [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "${NGINX:-}" ] && nginx -p "$DATA/nginx" -c "$DATA/nginx/nginx.conf" -s stop 2>/dev/null || true
  [ "$DB" = mariadb ] && mariadb -uroot -e "DROP DATABASE IF EXISTS $NAME; DROP DATABASE IF EXISTS ${NAME}_bare" || true
  rm -rf "$DATA"
}
trap cleanup EXIT
# The main thread's time on a core and waiting for one, from /proc/<pid>/task/<tid>/schedstat (nanoseconds), as two
# more JSON fields. A start is that one thread's work, and on two cores it can wait seconds behind the JIT compiler
# (README, Footprint). The java launcher runs main() on a thread of its own: of the process's threads only its first
# and this one keep the launcher's name (the JVM names its own). Thread ids are not in order once the machine's process
# ids have wrapped around.
main_thread_sched() {
  local tid; tid=$(grep -lx java /proc/"$1"/task/*/comm | grep -v "/task/$1/" | head -1 | cut -d/ -f5)
  awk '{printf ",\"mainOnCoreMs\":%d,\"mainWaitingMs\":%d", $1 / 1e6, $2 / 1e6}' "/proc/$1/task/$tid/schedstat"
}

if [ "$DB" = h2 ]; then
  # Start-up with class data sharing, as the Dockerfile runs it: extract the jar, one training start that stops
  # after the context is refreshed, then a measured start from the archive on a fresh database.
  log "start-up with a class data sharing archive"
  java -Djarmode=tools -jar "$JAR" extract --destination "$DATA/cds" > /dev/null
  CDS_JAR=$DATA/cds/$(basename "$JAR")   # the tools extract the jar under its own name
  GIAOBAN_DATA_DIR=$DATA/cds-training java $JVM -XX:ArchiveClassesAtExit="$DATA/cds/giaoban.jsa" \
    -Dspring.context.exit=onRefresh -jar "$CDS_JAR" > "$DATA/cds-training.log" 2>&1
  GIAOBAN_DATA_DIR=$DATA/cds-run java $JVM -XX:SharedArchiveFile="$DATA/cds/giaoban.jsa" -jar "$CDS_JAR" \
    --server.port=$PORT > "$DATA/cds-run.log" 2>&1 &
  CDS_PID=$!
  await_start "$DATA/cds-run.log" "$CDS_PID" || { log "the start from the archive failed: $DATA/cds-run.log"; exit 1; }
  echo "{\"startedSeconds\":$(grep -o 'Started GiaobanApplication in [0-9.]*' "$DATA/cds-run.log" | awk '{print $4}'),\"rssAfterStartMb\":$(awk '/VmRSS/{print int($2/1024)}' /proc/$CDS_PID/status)$(main_thread_sched $CDS_PID)}" > "$OUT/$DB-startup-cds.json"
  kill "$CDS_PID"; wait "$CDS_PID" 2>/dev/null || true
fi

t0=$(date +%s%N)
# One line per collection, so the download rounds can say how many full collections fell inside them; safepoints and
# wall-clock times too, to match against the client's calls over a second.
java $JVM -Xlog:gc,safepoint:file="$DATA/gc.log":time,uptime,level,tags -jar "$JAR" --server.port=$PORT \
  > "$DATA/service.log" 2>&1 &
PID=$!
await_start "$DATA/service.log" "$PID" || { log "the service did not start: $DATA/service.log"; exit 1; }
# The first answer comes milliseconds after Started; it is timed from the launch, t0.
until curl -s -o /dev/null "$B/api/users/me"; do sleep 0.05; done
t1=$(date +%s%N)
started=$(grep -o 'Started GiaobanApplication in [0-9.]*' "$DATA/service.log" | awk '{print $4}')
rss_start=$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status)
echo "{\"db\":\"$DB\",\"startedSeconds\":$started,\"firstAnswerMs\":$(( (t1 - t0) / 1000000 )),\"rssAfterStartMb\":$rss_start$(main_thread_sched $PID)}" > "$OUT/$DB-startup.json"
# The throughput rounds and the bare engine report CPU per briefing of these processes (/proc/<pid>/stat): it drifts
# much less with the machine's speed than briefings per second do. H2 runs inside the JVM it serves.
export BENCH_SERVICE_PID=$PID
if [ "$DB" = mariadb ]; then export BENCH_DATABASE_PID=$(pgrep -x mariadbd | head -1); else unset BENCH_DATABASE_PID; fi

if [ "$ONLY_DOWNLOAD" = 1 ]; then
  java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" sequential 2 0 > /dev/null
else
if [ "$ONLY_LIFECYCLE" != 1 ]; then
  log "approve -> published, sequential"
  java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" sequential 40 "$WARM" | grep '^{"mode"' > "$OUT/$DB-sequential.json"
fi
# The service's JIT compiler is still busy minutes after start (jstat -compiler: a second of compilation per
# second of load at 3 min, settled after about 1 700 briefings), so the throughput rounds follow a warm-up under the
# same concurrent load: at least THROUGHPUT_WARM seconds and 2 500 briefings, then until the service's CPU per
# briefing stops falling (its last three one-minute windows within 5 % of their mean; at most 900 s).
log "throughput: warm-up under load, ${THROUGHPUT_WARM} s or more"
# MariaDB's InnoDB status every 200 ms from here to the end of the rounds, to set beside calls over a second.
if [ "$DB" = mariadb ]; then setsid bash bench/mariadb-status.sh "$OUT/mariadb-status.tsv" & SAMPLER=$!; fi
java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 0 "$THROUGHPUT_WARM" | grep '^{"mode"' > "$OUT/$DB-warmup.json"
# The ceiling is the bare engine's best: with 8 threads it contends with itself and runs slower than with 2.
for round in 1 2; do
  log "throughput round $round: service, 8 threads"
  gc0=$(wc -l < "$DATA/gc.log"); from=$(date -u +%FT%T.%3N)
  java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 200 10 | grep '^{"mode"' > "$OUT/$DB-concurrent-$round.json"
  echo "{\"from\":\"$from\",\"to\":\"$(date -u +%FT%T.%3N)\"}" > "$OUT/$DB-concurrent-$round-window.json"
  # The service's collections during its round: a full one delays every call in flight, APPROVE -> published too.
  tail -n +$((gc0 + 1)) "$DATA/gc.log" > "$OUT/gc-$DB-concurrent-$round.log"
  for k in $([ "$ONLY_LIFECYCLE" = 1 ] || echo 8 2); do
    log "throughput round $round: bare engine, $k threads"
    java -cp "$CP" vn.giaoban.bench.BareEngineBench "$BARE_URL" "$k" 400 "$WARM" 2>> "$DATA/bare.log" | grep '^{"mode"' > "$OUT/$DB-bare-$round-$k.json"
  done
done
if [ -n "${SAMPLER:-}" ]; then kill -- -"$SAMPLER" || true; SAMPLER=; fi
if [ "$PAIRS" -gt 0 ]; then
  log "pairs: the bare engine warms up ${WARM} s"
  bare_start "$BARE_URL" "$WARM" "$DATA/bare.log"
  for pair in $(seq 1 "$PAIRS"); do
    log "pair $pair of $PAIRS"
    java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 200 10 | grep '^{"mode"' > "$OUT/$DB-pair-$pair-service.json"
    for k in 2 8; do bare_slice "$k" 400 > "$OUT/$DB-pair-$pair-bare-$k.json"; done
  done
  bare_stop
fi
for round in $([ "$COMPARE_POLLING" = 1 ] && echo 1 2 3); do
  log "polling or waiting, pair $round"
  BENCH_POLL_MS=50 java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 200 10 | grep '^{"mode"' > "$OUT/$DB-polling-$round.json"
  java -cp "$CP" vn.giaoban.bench.LifecycleBench "$B" "$PW" concurrent 8 200 10 | grep '^{"mode"' > "$OUT/$DB-waiting-$round.json"
done
fi

# The spike on both databases: on MariaDB the downloads' audit entries go to the database server, on H2 into the
# service's own heap.
if [ "$ONLY_LIFECYCLE" != 1 ]; then
  log "download spike: wrk against the service and against nginx, alternating"
  jar=$DATA/cookies
  id=$(curl -s -u admin:$PW "$B/api/briefings?stage=MINUTES_PUBLISHED" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  member=$(curl -s -u admin:$PW "$B/api/briefings/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["participants"][0])')
  curl -s -c "$jar" -u "$member:mat-khau-do-dac" -o "$DATA/minutes.pdf" "$B/api/briefings/$id/minutes"
  session=$(awk '/JSESSIONID/{print $7}' "$jar")
  mkdir -p "$DATA/nginx/logs" "$DATA/www"; cp "$DATA/minutes.pdf" "$DATA/www/minutes.pdf"
  chmod -R a+rX "$DATA"   # nginx's workers run unprivileged and must read the file
  curl -sf -o /dev/null "http://127.0.0.1:18181/minutes.pdf" 2>/dev/null || true
  cat > "$DATA/nginx/nginx.conf" <<NGINX
worker_processes 2; pid $DATA/nginx/nginx.pid; error_log $DATA/nginx/logs/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; types { application/pdf pdf; }
  server { listen 127.0.0.1:18181; root $DATA/www; } }
NGINX
  nginx -p "$DATA/nginx" -c "$DATA/nginx/nginx.conf"; NGINX=1
  curl -sf -o /dev/null "http://127.0.0.1:18181/minutes.pdf" || { log "nginx does not serve the file"; exit 1; }
  curl -sf -o /dev/null -b "JSESSIONID=$session" "$B/api/briefings/$id/minutes" || { log "the service does not serve it"; exit 1; }
  wrk -t2 -c200 -d"${WARM}s" -H "Cookie: JSESSIONID=$session" "$B/api/briefings/$id/minutes" > /dev/null
  for round in 1 2; do
    # The service's own CPU (utime + stime, clock ticks) around its round: CPU per download does not drift with
    # the machine's speed between rounds the way requests/s do.
    ticks0=$(awk '{print $14 + $15}' /proc/$PID/stat); gc0=$(wc -l < "$DATA/gc.log")
    wrk -t2 -c200 -d30s --latency -H "Cookie: JSESSIONID=$session" "$B/api/briefings/$id/minutes" > "$OUT/wrk-$DB-service-$round.txt"
    tail -n +$((gc0 + 1)) "$DATA/gc.log" > "$OUT/gc-$DB-service-$round.log"
    echo "{\"cpuTicks\":$(( $(awk '{print $14 + $15}' /proc/$PID/stat) - ticks0 )),\"ticksPerSecond\":$(getconf CLK_TCK)}" > "$OUT/wrk-$DB-service-$round-cpu.json"
    wrk -t2 -c200 -d30s --latency "http://127.0.0.1:18181/minutes.pdf" > "$OUT/wrk-$DB-nginx-$round.txt"
  done
  echo "{\"bytes\":$(stat -c %s "$DATA/minutes.pdf")}" > "$OUT/$DB-download-size.json"
fi
echo "{\"db\":\"$DB\",\"rssAfterRunMb\":$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status)}" > "$OUT/$DB-rss.json"
