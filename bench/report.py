#!/usr/bin/env python3
"""Collects the parts written by bench/run.sh into target/bench/report.json and report.md."""
import json, os, re, statistics, sys, platform, subprocess
from datetime import datetime

out = sys.argv[1]

def main_thread(startup):
    """The start's main thread: on a core and waiting for one (bench/service.sh reads its schedstat)."""
    if "mainOnCoreMs" not in startup:
        return ""
    return (f"; main thread {startup['mainOnCoreMs'] / 1000:.1f} s on a core, "
            f"{startup['mainWaitingMs'] / 1000:.1f} s waiting for one")

def load(name):
    path = os.path.join(out, name)
    return json.load(open(path)) if os.path.exists(path) else None

def gc_pauses(name):
    """The young and full collections in a slice of the service's -Xlog:gc log, or None where the run has none."""
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return None
    text = open(path).read()
    pauses = [(m.group(1), float(m.group(2))) for m in re.finditer(r"Pause (Young|Full).* ([\d.]+)ms$", text, re.M)]
    full = [ms for kind, ms in pauses if kind == "Full"]
    # What the heap keeps after the slice's first and last young collection: with no full collection between them,
    # the difference is what the slice promoted.
    kept = [int(m.group(1)) for m in re.finditer(r"Pause Young.*->(\d+)M", text)]
    return {"young": len(pauses) - len(full), "full": len(full), "fullMaxMs": max(full, default=0),
            "keptAfterYoungMb": [kept[0], kept[-1]] if kept else None}

def busiest_seconds(slow_calls):
    """The five seconds that began the most calls over a second, with those calls' times: several in one second is a
    stall every call in flight met."""
    by_second = {}
    for call in slow_calls or []:
        by_second.setdefault(call["at"][:19], []).append(call["ms"])
    return sorted(by_second.items(), key=lambda kv: -len(kv[1]))[:5]

def mariadb_status(window):
    """bench/mariadb-status.sh's rows within a round's window (UTC ISO times sort as text), as dicts."""
    path = os.path.join(out, "mariadb-status.tsv")
    if not window or not os.path.exists(path):
        return []
    rows = [line.rstrip("\n").split("\t") for line in open(path)]
    names = rows[0]
    return [dict(zip(names, r)) for r in rows[1:]
            if len(r) == len(names) and window["from"] <= r[0] <= window["to"]]

def checkpoint_share(row):
    return int(row["innodb_checkpoint_age"]) / int(row["innodb_checkpoint_max_age"])

def mariadb_in_round(rows, slow_calls):
    """InnoDB's checkpoint age as a share of its limit through a round, and around each second that began slow calls."""
    if len(rows) < 2:
        return None
    shares = [checkpoint_share(r) for r in rows]
    redo = int(rows[-1]["innodb_os_log_written"]) - int(rows[0]["innodb_os_log_written"])
    around = {}
    for at, _ in busiest_seconds(slow_calls):
        near = [r for r in rows if -1 <= seconds_between(at, r["at"][:19]) <= 3]
        if near:
            around[at] = {"checkpointShareMax": round(max(checkpoint_share(r) for r in near), 3),
                          "threadsRunningMax": max(int(r["threads_running"]) for r in near),
                          "pendingFsyncsMax": max(int(r["innodb_data_pending_fsyncs"]) for r in near)}
    return {"samples": len(rows), "checkpointShareMedian": round(statistics.median(shares), 3),
            "checkpointShareMax": round(max(shares), 3),
            "shareOfSamplesOver90": round(sum(x >= 0.9 for x in shares) / len(shares), 3),
            "redoBytesPerSecond": round(redo / seconds_between(rows[0]["at"], rows[-1]["at"])),
            "aroundSlowCalls": around}

def seconds_between(a, b):
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()

report = {"machine": {"cores": os.cpu_count(), "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]}}
jmh = load("jmh.json") or []
minutes = {}
for run in jmh:
    p = run["params"]["paragraphs"]
    pct = run["primaryMetric"]["scorePercentiles"]
    lo = [int(x) for x in open(os.path.join(out, f"libreoffice-{p}.ms")).read().split()]
    pages = open(os.path.join(out, f"libreoffice-{p}.pages")).read().strip()
    minutes[p] = {"medianMs": round(pct["50.0"], 2), "p99Ms": round(pct["99.0"], 2),
                  "libreofficeMedianMs": statistics.median(lo), "libreofficePages": pages,
                  "ratio": round(statistics.median(lo) / pct["50.0"], 1)}
report["minutes"] = minutes
for db in ("h2", "mariadb"):
    part = {k: load(f"{db}-{k}.json") for k in ("startup", "startup-cds", "sequential", "warmup", "concurrent-1", "concurrent-2", "rss")}
    if part["startup"]:
        # A download-only run (ONLY_DOWNLOAD=1) has no throughput rounds.
        for i in (1, 2) if part["concurrent-1"] else ():
            # The ceiling of a round is the bare engine's better run, with 8 or with 2 threads.
            bare = {k: load(f"{db}-bare-{i}-{k}.json") for k in (8, 2)}
            c = part[f"concurrent-{i}"]
            c["serviceCollections"] = gc_pauses(f"gc-{db}-concurrent-{i}.log")
            c["mariadb"] = mariadb_in_round(mariadb_status(load(f"{db}-concurrent-{i}-window.json")), c.get("slowCalls"))
            if None in bare.values():
                continue  # a lifecycle-only run (ONLY_LIFECYCLE=1) has no bare-engine runs to compare with
            best = max(bare.values(), key=lambda b: b["lifecyclesPerSecond"])
            part[f"round-{i}"] = {"bareLifecyclesPerSecond": {str(k): b["lifecyclesPerSecond"] for k, b in bare.items()},
                                  "ratio": round(c["briefingsPerSecond"] / best["lifecyclesPerSecond"], 3)}
            # CPU per unit of work, the service's and the database server's, against the same bare run.
            if c.get("serviceCpuMsPerBriefing") is not None and best.get("cpuMsPerLifecycle") is not None:
                service_cpu = c["serviceCpuMsPerBriefing"] + (c.get("databaseCpuMsPerBriefing") or 0)
                bare_cpu = best["cpuMsPerLifecycle"] + (best.get("databaseCpuMsPerLifecycle") or 0)
                part[f"round-{i}"]["cpu"] = {
                    "serviceMsPerBriefing": c["serviceCpuMsPerBriefing"], "databaseMsPerBriefing": c.get("databaseCpuMsPerBriefing"),
                    "bareMsPerLifecycle": best["cpuMsPerLifecycle"], "bareDatabaseMsPerLifecycle": best.get("databaseCpuMsPerLifecycle"),
                    "ratio": round(bare_cpu / service_cpu, 3)}
        # PAIRS=N: short runs of the service and of the bare engine (2 and 8 threads), alternating, one ratio a pair.
        short_pairs = []
        for i in range(1, 100):
            service, bare = load(f"{db}-pair-{i}-service.json"), [load(f"{db}-pair-{i}-bare-{k}.json") for k in (2, 8)]
            if not service or None in bare:
                break
            best = max(bare, key=lambda b: b["lifecyclesPerSecond"])
            short_pairs.append({"service": service, "bare": bare, "ratio": round(service["briefingsPerSecond"] / best["lifecyclesPerSecond"], 3)})
        part["pairs"] = short_pairs
        # COMPARE_POLLING=1: the same rounds with clients polling every 50 ms, then waiting.
        pairs = [(load(f"{db}-polling-{i}.json"), load(f"{db}-waiting-{i}.json")) for i in (1, 2, 3)]
        part["pollingOrWaiting"] = [{"polling": p, "waiting": w} for p, w in pairs if p and w]
        report[db] = part
def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    return rps, p99, requests
# The download spike, on each database it was measured on.
for db in ("h2", "mariadb"):
    wrk = {}
    for r in (1, 2):
        for who in ("service", "nginx"):
            f = os.path.join(out, f"wrk-{db}-{who}-{r}.txt")
            if os.path.exists(f):
                wrk.setdefault(who, []).append(parse(f))
    if not wrk:
        continue
    cpu_per_1000 = []
    for r in (1, 2):
        c = load(f"wrk-{db}-service-{r}-cpu.json")
        if c and len(wrk.get("service", [])) >= r:
            cpu_per_1000.append(round(1000 * c["cpuTicks"] / c["ticksPerSecond"] * 1000 / wrk["service"][r - 1][2], 1))
    # The service's collections during its rounds (-Xlog:gc): a full collection stops every request for its length.
    collections = [c for c in (gc_pauses(f"gc-{db}-service-{r}.log") for r in (1, 2)) if c]
    s = statistics.median(x[0] for x in wrk["service"]); n = statistics.median(x[0] for x in wrk["nginx"])
    report.setdefault("download", {})[db] = {
        "serviceRps": s, "nginxRps": n, "ratio": round(s / n, 3),
        "serviceP99Ms": max(x[1] for x in wrk["service"]), "nginxP99Ms": max(x[1] for x in wrk["nginx"]),
        "bytes": (load(f"{db}-download-size.json") or {}).get("bytes"),
        "serviceCpuMsPer1000": cpu_per_1000, "serviceCollections": collections}
json.dump(report, open(os.path.join(out, "report.json"), "w"), indent=2, ensure_ascii=False)

def collections_text(c):
    kept = c.get("keptAfterYoungMb")
    return (f"{c['young']} young, {c['full']} full" + (f" (longest {c['fullMaxMs']:.0f} ms)" if c["full"] else "")
            + (f", heap kept {kept[0]} → {kept[1]} MB" if kept else ""))

lines = ["# Benchmark report", "", f"Machine: {report['machine']['cores']} cores, {report['machine']['java']}", ""]
if minutes:
    lines += ["## Minutes: render + two visible signatures (JMH, warm)", "", "| report paragraphs | median | p99 | LibreOffice (same content, pages) | ratio |", "|---|---|---|---|---|"]
    for p, m in minutes.items():
        lines.append(f"| {p} | {m['medianMs']} ms | {m['p99Ms']} ms | {m['libreofficeMedianMs']} ms ({m['libreofficePages']} pages) | {m['ratio']}× |")
for db in ("h2", "mariadb"):
    if db in report:
        r = report[db]
        lines += ["", f"## Service on {db}", "", f"- start-up (-Xmx256m): Started in {r['startup']['startedSeconds']} s, first answer {r['startup']['firstAnswerMs']} ms, RSS {r['startup']['rssAfterStartMb']} MB after start, {r['rss']['rssAfterRunMb']} MB after the run{main_thread(r['startup'])}",
                  *([f"- start-up from a class data sharing archive (as the Dockerfile runs it): Started in {r['startup-cds']['startedSeconds']} s, RSS {r['startup-cds']['rssAfterStartMb']} MB after start{main_thread(r['startup-cds'])}"] if r.get("startup-cds") else []),
                  *([f"- APPROVE → MINUTES_PUBLISHED, {r['sequential']['briefings']} in a row: median {r['sequential']['approveToPublishedMs']['median']} ms, p99 {r['sequential']['approveToPublishedMs']['p99']} ms"] if r["sequential"] else [])]
        if not r["concurrent-2"]:
            continue
        if r.get("warmup"):
            w = r["warmup"]["windows"]
            lines.append(f"- warm-up under load: {w[-1]['endSeconds']} s, {sum(x['briefings'] for x in w)} briefings; service CPU per briefing by minute: {', '.join(str(x['serviceCpuMsPerBriefing']) for x in w)} ms")
        for i in (1, 2):
            c, rd = r[f"concurrent-{i}"], r.get(f"round-{i}")
            if rd is None:
                lines.append(f"- throughput round {i}: {c['briefingsPerSecond']} briefings/s (8 threads, {c['briefings']} briefings; APPROVE → published median {c['approveToPublishedMs']['median']} ms, p99 {c['approveToPublishedMs']['p99']} ms); CPU per briefing: service {c.get('serviceCpuMsPerBriefing')} ms, database {c.get('databaseCpuMsPerBriefing')} ms, client {c.get('clientCpuMsPerBriefing')} ms")
            else:
                bare = rd["bareLifecyclesPerSecond"]
                lines.append(f"- throughput round {i}: {c['briefingsPerSecond']} briefings/s (8 threads, {c['briefings']} briefings; APPROVE → published median {c['approveToPublishedMs']['median']} ms, p99 {c['approveToPublishedMs']['p99']} ms) vs bare engine {bare['8']} lifecycles/s with 8 threads and {bare['2']} with 2 → {round(100 * rd['ratio'], 1)} % of the better")
                if rd.get("cpu"):
                    u = rd["cpu"]
                    db_part = lambda x: f" + database {x} ms" if x is not None else ""
                    lines.append(f"  - CPU per briefing: service {u['serviceMsPerBriefing']} ms{db_part(u['databaseMsPerBriefing'])}; bare engine (the better run) {u['bareMsPerLifecycle']} ms{db_part(u['bareDatabaseMsPerLifecycle'])} per lifecycle → the bare engine needs {round(100 * u['ratio'], 1)} % of the service's CPU")
            if c.get("serviceCollections"):
                lines.append(f"  - the service's collections in the round: {collections_text(c['serviceCollections'])}")
            if c.get("slowCalls"):
                # Calls over a second, by the second they began in: several in one second is a stall every call in
                # flight met, to be matched against the round's GC and safepoint log (gc-<db>-concurrent-<i>.log).
                worst = busiest_seconds(c["slowCalls"])
                lines.append(f"  - calls over 1 s: {len(c['slowCalls'])}; began most often at " + ", ".join(
                    f"{at}Z ({len(ms)}, up to {max(ms)} ms)" for at, ms in worst))
            if c.get("mariadb"):
                m = c["mariadb"]
                lines.append(f"  - MariaDB (bench/mariadb-status.sh, {m['samples']} samples): checkpoint age median "
                             f"{100 * m['checkpointShareMedian']:.0f} %, at most {100 * m['checkpointShareMax']:.0f} % of its"
                             f" limit, at 90 % or more in {100 * m['shareOfSamplesOver90']:.0f} % of samples; redo"
                             f" {m['redoBytesPerSecond'] / 1e6:.1f} MB/s" + "".join(
                                 f"; from 1 s before to 3 s after {at}Z: checkpoint age up to {100 * a['checkpointShareMax']:.0f} %,"
                                 f" {a['threadsRunningMax']} threads running, {a['pendingFsyncsMax']} fsyncs pending"
                                 for at, a in m["aroundSlowCalls"].items()))
            if rd is not None and c.get("clientCpuMsPerBriefing") is not None:
                # The client shares the two cores with the service (the bare engine drives itself from inside its JVM).
                lines.append(f"  - the benchmark's client (a JVM on the same machine) used {c['clientCpuMsPerBriefing']} ms of CPU per briefing; the machine was idle {round(100 * c['machineIdleShare'], 1)} % of the round")
        if r.get("pairs"):
            ratios = [p["ratio"] for p in r["pairs"]]
            lines += ["", f"Pairs of short runs, alternating (PAIRS={len(ratios)}): median ratio **{100 * statistics.median(ratios):.1f} %**, "
                      f"from {100 * min(ratios):.1f} to {100 * max(ratios):.1f} %", "",
                      "| pair | service briefings/s | service + MariaDB CPU per briefing | bare engine, 2 / 8 threads, lifecycles/s | ratio | APPROVE → published p99 |",
                      "|---|---|---|---|---|---|"]
            for i, p in enumerate(r["pairs"], 1):
                c = p["service"]
                lines.append(f"| {i} | {c['briefingsPerSecond']} | {c['serviceCpuMsPerBriefing']} + {c.get('databaseCpuMsPerBriefing')} ms | "
                             f"{p['bare'][0]['lifecyclesPerSecond']} / {p['bare'][1]['lifecyclesPerSecond']} | {100 * p['ratio']:.1f} % | "
                             f"{c['approveToPublishedMs']['p99']} ms |")
        if r["pollingOrWaiting"]:
            lines += ["", "| clients (pairs of rounds, alternating) | briefings/s | service CPU per briefing | database CPU per briefing | GETs of the briefing per briefing | APPROVE → published median / p99 |", "|---|---|---|---|---|---|"]
            for pair in r["pollingOrWaiting"]:
                for how in ("polling", "waiting"):
                    c = pair[how]
                    database = "—" if c["databaseCpuMsPerBriefing"] is None else f"{c['databaseCpuMsPerBriefing']} ms"
                    lines.append(f"| {how} | {c['briefingsPerSecond']} | {c['serviceCpuMsPerBriefing']} ms | {database} | {c['stageReadsPerBriefing']} | {c['approveToPublishedMs']['median']} / {c['approveToPublishedMs']['p99']} ms |")
        lines += ["", "| endpoint | median | p99 |", "|---|---|---|"]
        for name, st in r["concurrent-2"]["endpointsMs"].items():
            lines.append(f"| {name} | {st['median']} ms | {st['p99']} ms |")
for db, d in report.get("download", {}).items():
    lines += ["", f"## Download spike, service on {db} (wrk -t2 -c200, 30 s, 2 alternating rounds)", "",
              f"- service (session cookie, {d['bytes']} bytes): {d['serviceRps']:.0f} requests/s, p99 {d['serviceP99Ms']:.1f} ms",
              f"- nginx (same bytes from disk): {d['nginxRps']:.0f} requests/s, p99 {d['nginxP99Ms']:.1f} ms",
              f"- ratio: {100 * d['ratio']:.1f} % of nginx",
              *([f"- service CPU per 1 000 downloads, by round: {', '.join(f'{x} ms' for x in d['serviceCpuMsPer1000'])}"]
                if d.get("serviceCpuMsPer1000") else []),
              *([f"- service collections by round: {'; '.join(collections_text(c) for c in d['serviceCollections'])}"]
                if d.get("serviceCollections") else [])]
open(os.path.join(out, "report.md"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
