#!/usr/bin/env bash
# The benchmark suite (kept out of mvn verify). Writes target/bench/report.md and target/bench/report.json.
#   bench/run.sh            all parts, warm-ups of at least 60 s
#   QUICK=1 bench/run.sh    shorter warm-ups and runs, to try the suite (figures read low; do not report them)
# Needs: JDK 17, Maven, curl, python3, pdfinfo; nginx, wrk and libreoffice-writer-nogui from apt; MariaDB on
# 127.0.0.1:3306 (root, no password) for the MariaDB parts.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench; mkdir -p "$OUT"; rm -f "$OUT"/*.json.part
QUICK=${QUICK:-0}
WARM=$([ "$QUICK" = 1 ] && echo 10 || echo 60)
export THROUGHPUT_WARM=$([ "$QUICK" = 1 ] && echo 20 || echo 360)
# The throughput warm-up also waits for 2 500 briefings and three flat minutes (at most 900 s); QUICK=1 does not.
if [ "$QUICK" = 1 ]; then export BENCH_WARM_MIN_BRIEFINGS=0 BENCH_WARM_MAX_SECONDS=60; fi
log() { echo "[bench] $*" >&2; }

mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
JAR=$(ls target/giaoban-*.jar | grep -v original | head -1)

# 1. Minutes cost: JMH (render + two visible signatures), against LibreOffice converting the same content.
log "minutes: JMH"
java -cp "$CP" org.openjdk.jmh.Main MinutesBenchmark -f 1 -wi "$([ "$QUICK" = 1 ] && echo 2 || echo 6)" -w 10s \
  -i "$([ "$QUICK" = 1 ] && echo 2 || echo 5)" -r 10s -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log"
log "minutes: LibreOffice baseline"
for p in 30 640; do
  java -cp "$CP" vn.giaoban.minutes.DocumentBenchmark html "$p" "$OUT/minutes-$p.html"
  : > "$OUT/libreoffice-$p.ms"
  for i in $(seq 1 "$([ "$QUICK" = 1 ] && echo 2 || echo 5)"); do
    s=$(date +%s%N)
    soffice -env:UserInstallation=file:///tmp/giaoban-bench-lo --headless --convert-to pdf --outdir "$OUT" \
      "$OUT/minutes-$p.html" > /dev/null 2>&1
    echo $(( ($(date +%s%N) - s) / 1000000 )) >> "$OUT/libreoffice-$p.ms"
  done
  pdfinfo "$OUT/minutes-$p.pdf" | awk '/^Pages:/{print $2}' > "$OUT/libreoffice-$p.pages"
done

# 2-4. The packaged service: start-up and footprint, approve -> published, download spike against nginx.
bash bench/service.sh "$JAR" "$OUT" "$WARM" h2
if mariadb-admin -uroot --silent ping > /dev/null 2>&1; then
  # The throughput goal is MariaDB's: five short alternating pairs after the two rounds (bench/service.sh, PAIRS).
  PAIRS=$([ "$QUICK" = 1 ] && echo 1 || echo 5) bash bench/service.sh "$JAR" "$OUT" "$WARM" mariadb
fi

python3 bench/report.py "$OUT"
log "report: $OUT/report.md"
