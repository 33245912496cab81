#!/usr/bin/env bash
# Makes src/main/resources/io/github/boxmaven/boxapi/okhttp-request-classes.txt anew: the classes of
# OkHttp, Okio, Kotlin and Gson that a check over HTTPS loads from OkHttpClient.Builder on, in the
# order it loads them (the classes before that, HttpUrl's, the check's own thread loads first anyway).
# Run after an OkHttp, Okio, Kotlin or Gson upgrade (ClassPreloadTest fails when a listed class is
# gone). Needs what bench/run.sh made in bench/work (run it once first), JDK 17+, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work
list=src/main/resources/io/github/boxmaven/boxapi/okhttp-request-classes.txt
[ -f "$work/tls/server.p12" ] && [ -f "$work/single/pom.xml" ] || { echo "run bench/run.sh first"; exit 1; }
# Recorded with a plugin that preloads nothing: its preload thread would otherwise load the old list's
# first class, OkHttpClient.Builder, at once, and the order recorded would be the old list's.
cp "$list" "$work/preload-list.previous"
trap 'cp "$work/preload-list.previous" "$list"' EXIT
echo "# empty while bench/preload-list.sh records the order" >"$list"
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip
mvn=$(./mvnw -v | sed -n 's/^Maven home: //p')/bin/mvn
java -cp target/test-classes:target/classes io.github.boxmaven.standin.BoxStandIn --port 0 \
  --tls-keystore "$work/tls/server.p12" >"$work/standin-preload.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; cp "$work/preload-list.previous" "$list"' EXIT
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Box stand-in listening on \(http[^ ]*\).*/\1/p' "$work/standin-preload.log"); [ -n "$url" ] && break; sleep 0.1
done
[ -n "$url" ] || { echo "stand-in did not start"; exit 1; }
export BOX_TOKEN=valid-preload-$(date +%s)
MAVEN_OPTS="-Djavax.net.ssl.trustStore=$PWD/$work/tls/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit \
  -Xlog:class+load=info:file=$work/preload-classes.log" \
  "$mvn" -q -B -ntp -f "$work/single/pom.xml" validate "-Dbox.baseUrl=${url/127.0.0.1/localhost}" -Dbox.ledger=off
python3 - "$work/preload-classes.log" "$list" <<'PY'
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
cp "$list" "$work/preload-list.previous" # the new list is the one to keep
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip
