#!/usr/bin/env bash
# Makes src/main/resources/io/github/boxmaven/boxapi/okhttp-request-classes.txt anew: the classes of
# OkHttp, Okio, Kotlin and Gson that a check over HTTPS loads from OkHttpClient.Builder on, in the
# order it loads them (the classes before that, HttpUrl's, the check's own thread loads first anyway).
# Run after an OkHttp, Okio, Kotlin or Gson upgrade (ClassPreloadTest fails when a listed class is
# gone). Needs what bench/run.sh made in bench/work (run it once first), JDK 17+, python3.
# The recording: bench/record-check-classes.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work
list=src/main/resources/io/github/boxmaven/boxapi/okhttp-request-classes.txt
bench/record-check-classes.sh
python3 - "$work/check-classes.log" "$list" <<'PY'
import re, sys
names, started = [], False
for line in open(sys.argv[1]):
    m = re.search(r"\] (\S+) source: \S+/(okhttp-jvm|okio-jvm|kotlin-stdlib|gson)-[^/]*\.jar$", line.strip())
    if not m:
        continue
    started = started or m.group(1) == "okhttp3.OkHttpClient$Builder"
    if started and "$$Lambda" not in m.group(1):
        names.append(m.group(1))
with open(sys.argv[2], "w") as out:
    out.write("# Made by bench/preload-list.sh: classes a check over HTTPS loads from OkHttpClient.Builder on,\n"
              "# in that order; see ClassPreload.\n")
    out.write("\n".join(names) + "\n")
print(len(names), "classes in", sys.argv[2])
PY
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip # the plugin with the new list
