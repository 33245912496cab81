#!/usr/bin/env bash
# Try box:verify-token without a Box account: starts the loopback Box stand-in the ITs use and runs
# the goal three times, with a passing token, a token about to expire, and a rejected token.
# Usage: demo/run.sh   (from anywhere; needs a JDK 17+)
#
# It first installs the plugin it builds, io.github.boxmaven:box-maven-plugin:<version in pom.xml>, into your local
# Maven repository (~/.m2/repository), where demo/pom.xml finds it. Each run's output below is Maven's, unfiltered.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' demo/pom.xml | head -n 1)
echo "== Building the plugin and the stand-in (tests skipped), and installing"
echo "   io.github.boxmaven:box-maven-plugin:${version} into ~/.m2/repository (demo/pom.xml uses it) ..."
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip

log=$(mktemp)
# the demo's own first-seen ledger, new for each run of the script: your ~/.m2/box-token-ledger.properties is untouched
ledger=$(mktemp -d)/box-token-ledger.properties
# java's class path separator: ';' for a Windows JDK (Git Bash, MSYS2, Cygwin), ':' elsewhere
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) sep=';' ;; *) sep=':' ;; esac
java -cp "target/test-classes${sep}target/classes" io.github.boxmaven.standin.BoxStandIn --port 0 --max-lifetime 10m >"$log" 2>&1 &
standin=$!
trap 'kill $standin 2>/dev/null || true; rm -rf "$log" "$(dirname "$ledger")"' EXIT
for _ in $(seq 1 50); do
  url=$(sed -n 's/^Box stand-in listening on \(http[^ ]*\).*/\1/p' "$log")
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "${url:-}" ] || { echo "the stand-in did not start:"; cat "$log"; exit 1; }
echo "== Box stand-in on $url"

run() {
  local title=$1; shift
  echo
  echo "== $title"
  local command=(./mvnw -B -ntp -f demo/pom.xml validate -Dbox.baseUrl="$url" -Dbox.ledger="$ledger" "$@")
  echo "\$ ${command[*]}"
  "${command[@]}" || true
}

expires_soon=$(date -u -d '+4 minutes' +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v+4M +%Y-%m-%dT%H:%M:%SZ)
BOX_TOKEN=valid-demo-token run "1/3 A token Box accepts (the ledger has not seen it before: first seen now)"
BOX_TOKEN=valid-demo-token run "2/3 The same token, but it expires in 4 minutes and the stage needs 10 (box.minValidity)" \
  -Dbox.token.expiresAt="$expires_soon"
BOX_TOKEN=rejected-demo-token run "3/3 A token Box rejects (HTTP 401)"
