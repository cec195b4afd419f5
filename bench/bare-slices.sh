# Sourced by the scripts that run the bare engine in slices (bench/service.sh's pairs, bench/digests.sh). Needs CP.
#   bare_start JDBC_URL WARM_S LOG   one BareEngineBench JVM, warmed up with 2 threads, waiting for slices
#   bare_slice K N                   N lifecycles with K threads; prints their JSON line
#   bare_stop                        ends it (end of its input)
bare_start() {
  coproc BARE { java -cp "$CP" vn.giaoban.bench.BareEngineBench "$1" 2 0 "$2" 2>> "$3"; }
  bare_line > /dev/null
}
bare_slice() {
  echo "$1 $2" >&"${BARE[1]}"
  bare_line
}
bare_stop() {
  exec {BARE[1]}>&-
  wait "$BARE_PID" || true
}
# The engine's next JSON line, past whatever else it prints.
bare_line() {
  local line
  while IFS= read -r line <&"${BARE[0]}"; do [[ $line == '{"mode"'* ]] && echo "$line" && return; done
  return 1
}
