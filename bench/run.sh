#!/usr/bin/env bash
# Benchmark of box:verify-token: what the check adds to a build, side by side with a JDK-only floor,
# the alternatives (curl, OkHttp directly), a 50-module reactor, time to fail, and a baseline build
# of the plugin from an earlier commit, all interleaved in one run against the loopback Box stand-in
# over HTTP and HTTPS (a test CA made here). Needs: JDK 17+, python3, curl, git. See bench/README.md.
#   bench/run.sh [ROUNDS]       environment: BASELINE_REV (commit to compare against), or
#                               BASELINE_VERSION (a plugin version already in ~/.m2 to compare against)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$root/bench/work
rounds=${1:-10}
baseline_rev=${BASELINE_REV:-}
baseline_version=${BASELINE_VERSION:-0.0.0-baseline}
[ -n "$baseline_rev" ] && baseline_version=0.0.0-baseline
mkdir -p "$work"

echo "== Maven (the wrapper's) and the plugin under test"
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip
maven_home=$(./mvnw -v | sed -n 's/^Maven home: //p')
mvn=$maven_home/bin/mvn
current=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -n 1)

if [ -n "$baseline_rev" ]; then
  echo "== Baseline plugin from $baseline_rev, as version 0.0.0-baseline"
  rm -rf "$work/baseline"
  git worktree prune
  git worktree add --detach "$work/baseline" "$baseline_rev" >/dev/null
  sed -i "0,/<version>$current<\/version>/s//<version>0.0.0-baseline<\/version>/" "$work/baseline/pom.xml"
  (cd "$work/baseline" && "$mvn" -q -B -ntp install -DskipTests -Dinvoker.skip)
  git worktree remove --force "$work/baseline"
fi

echo "== The JDK floor plugin and the OkHttp program"
(cd bench/floor-plugin && "$mvn" -q -B -ntp install)
okhttp_cp=$(./mvnw -q -B -ntp dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout \
  -DincludeGroupIds=com.squareup.okhttp3,com.squareup.okio,org.jetbrains.kotlin,org.jetbrains)
mkdir -p "$work/okhttp-check"
javac -d "$work/okhttp-check" -cp "$okhttp_cp" bench/okhttp-check/OkHttpCheck.java

echo "== A test CA for HTTPS"
tls=$work/tls
rm -rf "$tls" && mkdir -p "$tls"
keytool -genkeypair -keystore "$tls/server.p12" -storetype PKCS12 -storepass changeit -keypass changeit \
  -alias server -keyalg RSA -keysize 2048 -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" -validity 2 >/dev/null 2>&1
keytool -exportcert -keystore "$tls/server.p12" -storepass changeit -alias server -rfc -file "$tls/server.pem" >/dev/null 2>&1
keytool -importcert -noprompt -keystore "$tls/truststore.p12" -storetype PKCS12 -storepass changeit -alias bench \
  -file "$tls/server.pem" >/dev/null 2>&1
trust="-Djavax.net.ssl.trustStore=$tls/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit"
# The same test CA added to a copy of the JDK's own cacerts (about 145 CAs), kept in that file's format:
# what a user's build trusts. Reading it takes the JDK's TLS set-up (paid by goal and floor alike) less
# time than the one-CA, password-protected PKCS12 above, whose PBKDF2 check flatters the goal's ratio.
jdk_cacerts=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')/lib/security/cacerts
cp -L "$jdk_cacerts" "$tls/jdk-cas" && chmod u+w "$tls/jdk-cas"
keytool -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE -importcert \
  -noprompt -keystore "$tls/jdk-cas" -storepass changeit -alias bench -file "$tls/server.pem" >/dev/null 2>&1
trust_jdk="-Djavax.net.ssl.trustStore=$tls/jdk-cas -Djavax.net.ssl.trustStorePassword=changeit"

echo "== Box stand-ins (HTTP and HTTPS) on loopback"
# the stand-in checks JWT assertions with jose4j: the test class path
test_cp=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
standin_cp=target/test-classes:target/classes:$test_cp
start_standin() { # log file, extra args
  java -cp "$standin_cp" io.github.boxmaven.standin.BoxStandIn --port 0 --max-lifetime 60m "${@:2}" >"$1" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^Box stand-in listening on \(http[^ ]*\).*/\1/p' "$1"); [ -n "$url" ] && return; sleep 0.1
  done
  echo "stand-in did not start"; cat "$1"; exit 1
}
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start_standin "$work/standin-http.log"; http_url=$url
start_standin "$work/standin-https.log" --tls-keystore "$tls/server.p12"; https_url=${url/127.0.0.1/localhost}
# a JWT app for the HTTPS stand-in: a fresh encrypted PKCS#8 key, as the Developer Console issues, registered there
mkdir -p "$work/jwt"
java -cp "$standin_cp" -Djavax.net.ssl.trustStore="$tls/truststore.p12" -Djavax.net.ssl.trustStorePassword=changeit \
  io.github.boxmaven.standin.JwtTestKeys "$work/jwt/box-config.json" "$https_url" "bench-kid-$(date +%s)" "bench passphrase"
dead_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

echo "== Projects: one module, 50 modules, and the floor"
plugin_pom() { # artifactId, modules xml
  cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$1</artifactId><version>1</version><packaging>pom</packaging>
  <properties><bench.plugin.version>$current</bench.plugin.version></properties>
  $2
  <build><plugins><plugin>
    <groupId>io.github.boxmaven</groupId><artifactId>box-maven-plugin</artifactId><version>\${bench.plugin.version}</version>
    <executions><execution><goals><goal>verify-token</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
}
rm -rf "$work/single" "$work/reactor" "$work/floor"
mkdir -p "$work/single" "$work/reactor" "$work/floor"
plugin_pom single "" > "$work/single/pom.xml"
modules=""
for i in $(seq -w 1 50); do
  modules="$modules<module>m$i</module>"
  mkdir -p "$work/reactor/m$i"
  printf '<project><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>reactor</artifactId><version>1</version></parent><artifactId>m%s</artifactId><packaging>pom</packaging></project>\n' "$i" > "$work/reactor/m$i/pom.xml"
done
plugin_pom reactor "<modules>$modules</modules>" > "$work/reactor/pom.xml"
cat > "$work/floor/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>floor</artifactId><version>1</version><packaging>pom</packaging>
  <properties><bench.floor.version>1.0</bench.floor.version></properties>
  <build><plugins><plugin>
    <groupId>io.github.boxmaven.bench</groupId><artifactId>floor-maven-plugin</artifactId><version>\${bench.floor.version}</version>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM

echo "== Running $rounds interleaved rounds"
# a token of its own for every run: the plugin's first-seen ledger would otherwise (rightly) fail a
# developer token first seen nearly an hour ago in an earlier run
token=valid-bench-$(date +%s)
rm -f "$work/ledger.properties"
python3 - "$work/commands.json" <<PY
import json, sys
mvn = "$mvn"
work = "$work"
trust = "$trust"
trust_jdk = "$trust_jdk"
common = ["-B", "-q", "-ntp", "validate", "-Dbox.ledger=" + work + "/ledger.properties"]
# -q, but Maven's own build events (goal headers, BUILD SUCCESS) with millisecond stamps: the harness
# measures the time in the build from them besides the wall clock
stamps = ("-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
          " -Dorg.slf4j.simpleLogger.log.org.apache.maven.cli.event.ExecutionEventLogger=info")
def maven(name, project, args, trust_opts="", expect="ok", version=None, skipped=None):
    env = {"BOX_TOKEN": "$token", "MAVEN_OPTS": (trust_opts + " " if trust_opts else "") + stamps}
    extra = ["-Dbench.%s.version=%s" % ("floor" if project == "floor" else "plugin", version)] if version else []
    command = {"name": name, "cmd": [mvn, "-f", work + "/" + project + "/pom.xml"] + common + args + extra,
               "env": env, "expect": expect}
    if skipped:
        command["skipped"] = skipped
    return command
commands = []
baseline = bool("$baseline_rev" or "${BASELINE_VERSION:-}")
baseline_version = "$baseline_version"
for proto, url, trust_opts in (("http", "$http_url", ""), ("https", "$https_url", trust),
                          ("https, JDK CAs", "$https_url", trust_jdk)):
    base = ["-Dbox.baseUrl=" + url]
    skip = "1 skip, " + proto
    commands.append(maven(skip, "single", base + ["-Dbox.skip=true"], trust_opts))
    floor = "2 JDK floor mojo, " + proto
    plugin = maven("1 plugin, " + proto, "single", base, trust_opts, skipped=skip)
    plugin["ratio_to"] = floor
    commands.append(plugin)
    if trust_opts == trust_jdk:
        # the production path: a token obtained by CCG and by JWT, against the given token
        for method, args in (("ccg", ["-Dbox.clientId=ccg-client-id", "-Dbox.enterpriseId=777"]),
                             ("jwt", ["-Dbox.jwtConfig=" + work + "/jwt/box-config.json"])):
            versions = [("1 plugin", None, skip)]
            if baseline:
                versions.append(("1 baseline plugin", baseline_version, "1 baseline skip, " + proto))
            for label, version, skipped in versions:
                command = maven(label + " " + method + ", " + proto, "single", base + args, trust_opts,
                                version=version, skipped=skipped)
                command["env"]["BOX_CLIENT_SECRET"] = "ccg-client-secret"
                command["ratio_to"] = label + ", " + proto
                commands.append(command)
        # box.folders with one :upload folder: the folder's GET, and since issue 35 Box's upload preflight
        versions = [("1 plugin", None, skip)]
        if baseline:
            versions.append(("1 baseline plugin", baseline_version, "1 baseline skip, " + proto))
        for label, version, skipped in versions:
            command = maven(label + " upload folder, " + proto, "single", base + ["-Dbox.folders=111:upload"],
                            trust_opts, version=version, skipped=skipped)
            command["ratio_to"] = label + ", " + proto
            commands.append(command)
    if baseline:
        # skipped with its own version: a baseline with other dependencies costs Maven another amount to load
        baseline_skip = "1 baseline skip, " + proto
        commands.append(maven(baseline_skip, "single", base + ["-Dbox.skip=true"], trust_opts,
                              version=baseline_version))
        commands.append(maven("1 baseline plugin, " + proto, "single", base, trust_opts, version=baseline_version,
                              skipped=baseline_skip))
        commands[-1]["ratio_to"] = floor
    floor_skip = "2 JDK floor mojo skipped, " + proto
    commands.append(maven(floor_skip, "floor", ["-Dfloor.url=" + url, "-Dfloor.skip=true"], trust_opts))
    commands.append(maven(floor, "floor", ["-Dfloor.url=" + url], trust_opts, skipped=floor_skip))
    if trust_opts == trust_jdk:
        continue  # the alternatives below do not read the JVM's trust store settings
    curl = ["curl", "-sf", "-o", "/dev/null", "-H", "Authorization: Bearer $token", url + "/2.0/users/me"]
    if trust_opts:
        curl[1:1] = ["--cacert", work + "/tls/server.pem"]
    commands.append({"name": "4 curl, " + proto, "cmd": curl})
    java = ["java"] + trust_opts.split() + ["-cp", work + "/okhttp-check:$okhttp_cp", "OkHttpCheck", url]
    commands.append({"name": "4 OkHttp program, " + proto, "cmd": java, "env": {"BOX_TOKEN": "$token"}})
base = ["-Dbox.baseUrl=$https_url"]
reactor_skip = "3 reactor 50, skip, https"
commands.append(maven(reactor_skip, "reactor", base + ["-Dbox.skip=true"], trust))
commands.append(maven("3 reactor 50, plugin, https", "reactor", base, trust, skipped=reactor_skip))
commands[-1]["ratio_to"] = "1 plugin, https"  # 50 modules against one: at most 1.10x
if baseline:
    reactor_baseline_skip = "3 reactor 50, baseline skip, https"
    commands.append(maven(reactor_baseline_skip, "reactor", base + ["-Dbox.skip=true"], trust, version=baseline_version))
    commands.append(maven("3 reactor 50, baseline plugin, https", "reactor", base, trust, version=baseline_version,
                          skipped=reactor_baseline_skip))
commands.append(maven("5 fail: dead port, timeout 2s", "single",
                      ["-Dbox.baseUrl=http://127.0.0.1:$dead_port", "-Dbox.timeout=2s"], expect="fail",
                      skipped="1 skip, http"))
silent = maven("5 fail: silent server, timeout 2s", "single", ["-Dbox.baseUrl=$http_url", "-Dbox.timeout=2s"],
               expect="fail", skipped="1 skip, http")
silent["env"]["BOX_TOKEN"] = "silent-bench-token"
commands.append(silent)
json.dump(commands, open(sys.argv[1], "w"), indent=1)
PY
python3 bench/harness.py "$work/commands.json" "$rounds" "$work/results.md"

echo
echo "== Machine"
{ echo "- $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)";
  echo "- $(java -version 2>&1 | head -n 1)"; echo "- $("$mvn" -v | head -n 1)"; } | tee "$work/machine.md"
