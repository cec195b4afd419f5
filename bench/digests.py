"""Part of bench/digests.sh: the service's statements beside the bare engine's, per briefing and per lifecycle.

Args: OUT_DIR N_BRIEFINGS N_LIFECYCLES. Reads service.tsv and bare.tsv (performance_schema's digests) and the
benchmarks' JSON lines, service.json and bare.json (mariadbd's CPU); prints Markdown. A statement's time is its wall
time in the server: its work, and its waits for a row lock, for the redo log's flush (COMMIT) and for a core.
"""
import json
import sys
from pathlib import Path

PS_PER_MS = 1e9
ROWS = 30


def digests(path, units):
    """digest text -> (count, total ms, max ms, rows examined), per unit (briefing or lifecycle) but the maximum."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()[1:]
    result = {}
    for line in lines:
        count, total, longest, examined, text = line.split("\t", 4)
        # The digest quotes every name in backticks, which would end the report's code spans.
        result[" ".join(text.replace("`", "").split())] = (int(count) / units, int(total) / PS_PER_MS / units,
                                          int(longest) / PS_PER_MS, int(examined) / units)
    return result


def main():
    out, briefings, lifecycles = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    service = digests(out / "service.tsv", briefings)
    bare = digests(out / "bare.tsv", lifecycles)
    service_cpu = json.loads((out / "service.json").read_text())["databaseCpuMsPerBriefing"]
    bare_cpu = json.loads((out / "bare.json").read_text())["databaseCpuMsPerLifecycle"]

    def total(d, i):
        return sum(v[i] for v in d.values())

    print(f"# MariaDB's statements: the service ({briefings} briefings, 8 threads) and the bare engine "
          f"({lifecycles} lifecycles, 2 threads)\n")
    print(f"- mariadbd's CPU: {service_cpu:.1f} ms a briefing, {bare_cpu:.1f} ms a lifecycle "
          f"(with performance_schema on)")
    print(f"- statements: {total(service, 0):.1f} a briefing, {total(bare, 0):.1f} a lifecycle")
    print(f"- their time in the server: {total(service, 1):.1f} ms a briefing, {total(bare, 1):.1f} ms a lifecycle "
          "(wall time: work, and waits for row locks, the log's flush and a core)\n")
    print(f"The {ROWS} statements that take the service most time, the same statement's figures in the bare engine "
          "beside them:\n")
    print("| statement | a briefing | ms | longest ms | rows examined | a lifecycle | ms |")
    print("|---|---|---|---|---|---|---|")
    for text, (count, ms, longest, examined) in sorted(service.items(), key=lambda kv: -kv[1][1])[:ROWS]:
        other = bare.get(text)
        theirs = f"{other[0]:.2f} | {other[1]:.2f}" if other else "— | —"
        shown = text if len(text) <= 90 else text[:87] + "..."
        print(f"| `{shown}` | {count:.2f} | {ms:.2f} | {longest:.1f} | {examined:.1f} | {theirs} |")


if __name__ == "__main__":
    main()
