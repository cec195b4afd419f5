#!/usr/bin/env bash
# Render + both signatures of minutes of about 4 and about 50 pages, in-process, warm (default 60 s warm-up, 30 runs).
# Usage: bench/documents.sh [warmup-ms] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" vn.giaoban.minutes.DocumentBenchmark "$@"
