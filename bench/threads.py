#!/usr/bin/env python3
"""CPU of a running JVM by thread group (HTTP, job executor, GC, JIT…) over a window, from /proc:
   python3 bench/threads.py PID SECONDS"""
import os, re, sys, time, collections
pid, secs = sys.argv[1], float(sys.argv[2])
def snap():
    out = {}
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            s = open(f"/proc/{pid}/task/{t}/stat").read()
        except OSError:
            continue
        name = s[s.index("(") + 1:s.rindex(")")]
        f = s[s.rindex(")") + 2:].split()
        out[t] = (name, int(f[11]) + int(f[12]))
    return out
ms_per_tick = 1000 / os.sysconf("SC_CLK_TCK")
a = snap(); time.sleep(secs); b = snap()
groups = collections.Counter()
for t, (name, ticks) in b.items():
    groups[re.sub(r"[-#]?\d+$", "", name)] += ticks - a.get(t, (name, 0))[1]
total = sum(groups.values())
for g, v in groups.most_common(12):
    print(f"{g:30s} {round(v*ms_per_tick):7d} ms  {100*v/max(total,1):5.1f} %")
print("total", round(total * ms_per_tick), "ms")
