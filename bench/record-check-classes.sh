#!/usr/bin/env bash
# Records, in bench/work/check-classes.log (-Xlog:class+load), the classes one check over HTTPS loads,
# in the order the check itself loads them: with a plugin that preloads nothing, since its preload
# thread would load its list's classes at once, in the list's order. Installs that plugin for the
# recording and the real one after it. Used by bench/preload-list.sh and bench/experiment.sh. Needs
# what bench/run.sh made in bench/work (run it once first), JDK 17+.
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work
list=src/main/resources/io/github/boxmaven/boxapi/okhttp-request-classes.txt
[ -f "$work/tls/server.p12" ] && [ -f "$work/single/pom.xml" ] || { echo "run bench/run.sh first"; exit 1; }
cp "$list" "$work/preload-list.kept"
restore() { cp "$work/preload-list.kept" "$list"; }
trap restore EXIT
echo "# empty while bench/record-check-classes.sh records" >"$list"
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip
mvn=$(./mvnw -v | sed -n 's/^Maven home: //p')/bin/mvn
java -cp target/test-classes:target/classes io.github.boxmaven.standin.BoxStandIn --port 0 \
  --tls-keystore "$work/tls/server.p12" >"$work/standin-record.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; restore' EXIT
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Box stand-in listening on \(http[^ ]*\).*/\1/p' "$work/standin-record.log"); [ -n "$url" ] && break; sleep 0.1
done
[ -n "$url" ] || { echo "stand-in did not start"; exit 1; }
BOX_TOKEN=valid-record-$(date +%s) \
MAVEN_OPTS="-Djavax.net.ssl.trustStore=$PWD/$work/tls/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit \
  -Xlog:class+load=info:file=$work/check-classes.log" \
  "$mvn" -q -B -ntp -f "$work/single/pom.xml" validate "-Dbox.baseUrl=${url/127.0.0.1/localhost}" -Dbox.ledger=off
restore
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip
