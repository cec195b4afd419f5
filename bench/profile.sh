#!/usr/bin/env bash
# CPU profile of a running service with async-profiler (from Maven Central, tools.profiler:async-profiler), Java and
# native frames together: the kernel's part of each JDBC round trip, deflate in zlib, the collector and the JIT
# compiler, which JFR's Java samples do not show.
# Usage: bench/profile.sh PID SECONDS OUT.collapsed   then   python3 bench/profile-report.py OUT.collapsed
# Needs perf events (kernel.perf_event_paranoid <= 2 as root here); EVENT=itimer where they are refused.
set -euo pipefail
cd "$(dirname "$0")/.."
PID=$1; SECONDS_=$2; OUT=$(realpath -m "$3")
VERSION=4.1
LIB=target/async-profiler-$VERSION/linux-x64/libasyncProfiler.so
if [ ! -f "$LIB" ]; then
  mvn -q -B -ntp dependency:copy -Dartifact=tools.profiler:async-profiler:$VERSION:jar:linux-x64 \
    -DoutputDirectory=target/async-profiler-$VERSION
  (cd target/async-profiler-$VERSION && unzip -q -o async-profiler-$VERSION-linux-x64.jar 'linux-x64/*')
fi
LIB=$(realpath "$LIB")
# jcmd reads name=value words as its own options: the agent's option string goes in quotes of its own.
agent() {
  local reply; reply=$(jcmd "$PID" JVMTI.agent_load "$LIB" "\"$1\"")
  grep -q 'return code: 0' <<< "$reply" || { echo "async-profiler refused '$1': $reply" >&2; exit 1; }
}
agent "start,event=${EVENT:-cpu},interval=${INTERVAL:-5ms},file=$OUT"
sleep "$SECONDS_"
agent "stop,file=$OUT,collapsed"
echo "$OUT: $(awk '{s += $NF} END {print s}' "$OUT") samples" >&2
