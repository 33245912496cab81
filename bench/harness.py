#!/usr/bin/env python3
"""Runs benchmark commands interleaved (A, B, C, A, B, C, ...) and reports medians and spread.

Usage: harness.py COMMANDS.json ROUNDS OUT.md
COMMANDS.json: [{"name": ..., "cmd": [...], "env": {...}, "cwd": ..., "expect": "ok" | "fail"}, ...]
Every run's exit status is checked against "expect", so a broken setup cannot pass for a fast one.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    env = dict(os.environ)
    env.update(command.get("env", {}))
    started = time.perf_counter()
    result = subprocess.run(command["cmd"], cwd=command.get("cwd"), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - started
    ok = result.returncode == 0
    if ok != (command.get("expect", "ok") == "ok"):
        sys.stderr.write(result.stdout.decode("utf-8", "replace")[-3000:])
        raise SystemExit("%s: exit %d, expected %s" % (command["name"], result.returncode, command.get("expect", "ok")))
    return elapsed


def quartiles(values):
    ordered = sorted(values)
    if len(ordered) < 4:
        return ordered[0], ordered[-1]
    q = statistics.quantiles(ordered, n=4)
    return q[0], q[2]


def main():
    commands = json.load(open(sys.argv[1]))
    only = os.environ.get("BENCH_ONLY")  # a regular expression: run just the matching commands
    if only:
        import re
        commands = [c for c in commands if re.search(only, c["name"])]
    rounds = int(sys.argv[2])
    out = sys.argv[3]
    times = {c["name"]: [] for c in commands}
    for command in commands:  # warm-up round: disk caches, JIT-less first starts; not counted
        run_once(command)
    for r in range(rounds):
        for command in commands:
            times[command["name"]].append(run_once(command))
        sys.stderr.write("round %d/%d done\n" % (r + 1, rounds))
    lines = ["| command | median s | p25 s | p75 s | min s | runs |", "|---|---:|---:|---:|---:|---:|"]
    medians = {}
    for command in commands:
        values = times[command["name"]]
        p25, p75 = quartiles(values)
        medians[command["name"]] = statistics.median(values)
        lines.append("| %s | %.3f | %.3f | %.3f | %.3f | %d |" % (
            command["name"], medians[command["name"]], p25, p75, min(values), len(values)))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(out + ".json", "w") as f:
        json.dump({"medians": medians, "times": times}, f, indent=1)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
