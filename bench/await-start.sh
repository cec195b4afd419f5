# Sourced by the scripts that time a start. await_start LOG PID waits until the service's log says it started, or
# fails when the process ends first. It does not poll: tail follows the log through inotify. A curl every 50 ms had
# taken a quarter of a core from the start it was waiting for (twenty-eighth session: the start's main thread waited
# 5.3-6.7 s for a core with it, 1.8-1.9 s without, and Started came 1.5-6.9 s later; README, Performance).
await_start() {
  grep -q -m1 'Started GiaobanApplication' < <(tail -n +1 -F --pid="$2" "$1" 2>/dev/null)
}
