#!/usr/bin/env python3
"""Runs benchmark commands interleaved (A, B, C, A, B, C, ...) and reports medians and spread.

Usage: harness.py COMMANDS.json ROUNDS OUT.md
COMMANDS.json: [{"name": ..., "cmd": [...], "env": {...}, "cwd": ..., "expect": "ok" | "fail",
                 "skipped": <name of the same build with the goal skipped>,
                 "ratio_to": <name of another command with "skipped">}, ...]
Every run's exit status is checked against "expect", so a broken setup cannot pass for a fast one.

Three numbers per run: the wall clock of the whole command; the CPU time of the command (user +
system, all its threads); and, for Maven runs whose output carries Maven's own timestamps (see
run.sh), the time "in the build" from the first goal header ("--- box:..." or "--- floor:...") to
the end of the build, which leaves out the JVM's and Maven's start-up and so most of the noise.
For a command with "skipped", the time the goal adds is the median over rounds of (this run - the
skipped run of the same round): paired, so a slow moment of the machine affects both. A command with "ratio_to" also gets the ratio of its added time to the
other command's, with a 90% bootstrap interval over the rounds.
"""
import datetime
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time

GOAL_HEADER = re.compile(r"--- (box|floor):")
STAMP = re.compile(r"^(\d\d:\d\d:\d\d\.\d\d\d) ")


def in_build_seconds(output):
    """From the first goal header to the last timestamped line (the end of the build); None without stamps."""
    start = end = None
    for line in output.splitlines():
        stamp = STAMP.match(line)
        if not stamp:
            continue
        at = datetime.datetime.strptime(stamp.group(1), "%H:%M:%S.%f")
        if start is None and GOAL_HEADER.search(line):
            start = at
        if start is not None and "BUILD " in line:
            end = at
    if start is None or end is None:
        return None
    return (end - start).total_seconds() % 86400


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command):
    env = dict(os.environ)
    env.update(command.get("env", {}))
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    result = subprocess.run(command["cmd"], cwd=command.get("cwd"), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - started
    cpu = children_cpu_seconds() - cpu_before  # runs are sequential: only this command's processes
    output = result.stdout.decode("utf-8", "replace")
    ok = result.returncode == 0
    if ok != (command.get("expect", "ok") == "ok"):
        sys.stderr.write(output[-3000:])
        raise SystemExit("%s: exit %d, expected %s" % (command["name"], result.returncode, command.get("expect", "ok")))
    return elapsed, in_build_seconds(output), cpu


def ratio_interval(ours, theirs, draws=2000, seed=1):
    """Ratio of the medians of two paired "added" series, and a 90% bootstrap interval over rounds."""
    rounds = list(range(len(ours)))
    rng = random.Random(seed)  # fixed: the same data always gives the same interval
    ratios = []
    for _ in range(draws):
        pick = [rng.choice(rounds) for _ in rounds]
        denominator = statistics.median(theirs[i] for i in pick)
        if denominator > 0:
            ratios.append(statistics.median(ours[i] for i in pick) / denominator)
    ratios.sort()
    return (statistics.median(ours) / statistics.median(theirs),
            ratios[int(0.05 * len(ratios))], ratios[int(0.95 * len(ratios)) - 1])


def quartiles(values):
    ordered = sorted(values)
    if len(ordered) < 4:
        return ordered[0], ordered[-1]
    q = statistics.quantiles(ordered, n=4)
    return q[0], q[2]


def cell(values):
    if not values:
        return "| | | "
    p25, p75 = quartiles(values)
    return "| %.3f | %.3f | %.3f " % (statistics.median(values), p25, p75)


def main():
    commands = json.load(open(sys.argv[1]))
    only = os.environ.get("BENCH_ONLY")  # a regular expression: run just the matching commands
    if only:
        commands = [c for c in commands if re.search(only, c["name"])]
    rounds = int(sys.argv[2])
    out = sys.argv[3]
    wall = {c["name"]: [] for c in commands}
    build = {c["name"]: [] for c in commands}
    cpu = {c["name"]: [] for c in commands}
    for command in commands:  # warm-up round: disk caches, JIT-less first starts; not counted
        run_once(command)
    for r in range(rounds):
        for command in commands:
            elapsed, in_build, cpu_seconds = run_once(command)
            wall[command["name"]].append(elapsed)
            cpu[command["name"]].append(cpu_seconds)
            if in_build is not None:
                build[command["name"]].append(in_build)
        sys.stderr.write("round %d/%d done\n" % (r + 1, rounds))

    lines = ["| command | wall median s | p25 | p75 | in the build, median s | p25 | p75 | CPU median s | p25 | p75 | runs |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for command in commands:
        name = command["name"]
        lines.append("| %s %s%s%s| %d |" % (name, cell(wall[name]), cell(build[name]), cell(cpu[name]), len(wall[name])))
    added = {}
    paired = [c for c in commands if c.get("skipped") in wall]
    if paired:
        lines += ["", "Added by the goal (paired by round: run minus skipped run; median, p25 to p75):", "",
                  "| command | wall s | p25 | p75 | in the build s | p25 | p75 | CPU s | p25 | p75 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for command in paired:
            name, skipped = command["name"], command["skipped"]
            wall_added = [a - b for a, b in zip(wall[name], wall[skipped])]
            build_added = [a - b for a, b in zip(build[name], build[skipped])] \
                if len(build[name]) == len(build[skipped]) == rounds else []
            cpu_added = [a - b for a, b in zip(cpu[name], cpu[skipped])]
            added[name] = {"wall": wall_added, "build": build_added, "cpu": cpu_added}
            lines.append("| %s %s%s%s|" % (name, cell(wall_added), cell(build_added), cell(cpu_added)))
    compared = [c for c in paired if c.get("ratio_to") in added]
    if compared:
        lines += ["", "Ratio of what the goal adds to what the other command adds (medians; 90% bootstrap interval"
                  " over the rounds):", "", "| command | compared to | in the build | interval | wall | interval |",
                  "|---|---|---:|---|---:|---|"]
        for command in compared:
            name, other = command["name"], command["ratio_to"]
            cells = []
            for kind in ("build", "wall"):
                if added[name][kind] and added[other][kind] and statistics.median(added[other][kind]) > 0:
                    cells.append("%.2fx | %.2fx to %.2fx" % ratio_interval(added[name][kind], added[other][kind]))
                else:
                    cells.append(" | ")
            lines.append("| %s | %s | %s | %s |" % (name, other, cells[0], cells[1]))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(out + ".json", "w") as f:
        json.dump({"wall": wall, "in_build": build, "cpu": cpu, "added": added}, f, indent=1)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
