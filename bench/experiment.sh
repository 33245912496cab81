#!/usr/bin/env bash
# Measures a variant of the plugin that is not shipped, beside the current one, to test a proposal:
#   bench/experiment.sh shrunk-kotlin [ROUNDS]
#       OkHttp, Okio and the Kotlin standard library shrunk by ProGuard to what OkHttp and Okio use
#       (Kotlin's class files: 1.55 MB loaded for a check, 0.57 MB in the whole shrunk jar);
#   bench/experiment.sh without-bouncycastle [ROUNDS]
#       no BouncyCastle in the plugin's class realm (bcpkix in provided scope: JWT cannot work, the
#       token check measured here does not need it).
# The variant is built from the working tree as version 0.0.0-<name>, then bench/run.sh runs the
# HTTPS commands with the JDK's CAs, the variant as the baseline. See bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?shrunk-kotlin or without-bouncycastle}
rounds=${2:-20}
work=$(pwd)/bench/work/experiment-$name
rm -rf "$work" && mkdir -p "$work/tree"
git ls-files -co --exclude-standard | grep -v '^bench/work/' | tar cf - -T - | tar xf - -C "$work/tree"
pom=$work/tree/pom.xml
current=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | head -n 1)
sed -i "0,/<version>$current<\/version>/s//<version>0.0.0-$name<\/version>/" "$pom"

case $name in
  shrunk-kotlin)
    # the plugin's own OkHttp, Okio and Kotlin jars, as run.sh finds them for the OkHttp program
    injars=$(./mvnw -q -B -ntp dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout \
      -DincludeGroupIds=com.squareup.okhttp3,com.squareup.okio,org.jetbrains.kotlin | tr ':' '\n')
    cat > "$work/pg-pom.xml" <<'POM'
<project><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>proguard</artifactId><version>1</version>
  <dependencies><dependency><groupId>com.guardsquare</groupId><artifactId>proguard-base</artifactId><version>7.7.0</version></dependency></dependencies>
</project>
POM
    ./mvnw -q -B -ntp -f "$work/pg-pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/pg-cp.txt" >/dev/null
    jmods=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/jmods
    filter='(!META-INF/versions/**,!module-info.class,!META-INF/MANIFEST.MF)'
    { for jar in $injars; do echo "-injars $jar$filter"; done
      cat <<PRO
-outjars $work/okhttp-okio-kotlin-shrunk.jar
-libraryjars $jmods/java.base.jmod(!**.jar;!module-info.class)
-libraryjars $jmods/java.logging.jmod(!**.jar;!module-info.class)
-libraryjars $jmods/java.naming.jmod(!**.jar;!module-info.class)
-dontobfuscate
-dontoptimize
-dontnote
-dontwarn **
-ignorewarnings
-keepattributes *
# OkHttp and Okio whole; Kotlin only what they use
-keep class okhttp3.** { *; }
-keep class okio.** { *; }
PRO
    } > "$work/shrink.pro"
    java -cp "$(cat "$work/pg-cp.txt")" proguard.ProGuard @"$work/shrink.pro" >"$work/proguard.log"
    ./mvnw -q -B -ntp install:install-file -Dfile="$work/okhttp-okio-kotlin-shrunk.jar" -DgroupId=bench.experiment \
      -DartifactId=okhttp-okio-kotlin-shrunk -Dversion=1 -Dpackaging=jar >/dev/null
    python3 - "$pom" <<'PY'
import sys
path = sys.argv[1]
pom = open(path).read()
start = pom.index("<dependency>\n      <groupId>com.squareup.okhttp3</groupId>\n      <artifactId>okhttp-jvm</artifactId>")
end = pom.index("</dependency>", start) + len("</dependency>")
pom = pom[:start] + ("<dependency><groupId>bench.experiment</groupId><artifactId>okhttp-okio-kotlin-shrunk</artifactId>"
                     "<version>1</version></dependency>") + pom[end:]
open(path, "w").write(pom)
PY
    ;;
  without-bouncycastle)
    python3 - "$pom" <<'PY'
import sys
path = sys.argv[1]
pom = open(path).read()
start = pom.index("<artifactId>bcpkix-jdk18on</artifactId>")
end = pom.index("</dependency>", start)
pom = pom[:end] + "<scope>provided</scope>" + pom[end:]
open(path, "w").write(pom)
PY
    ;;
  *) echo "unknown experiment: $name"; exit 2 ;;
esac

(cd "$work/tree" && ./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip)
BASELINE_VERSION=0.0.0-$name \
  BENCH_ONLY='^(1 skip|1 plugin|1 baseline skip|1 baseline plugin|2 JDK floor mojo skipped|2 JDK floor mojo), https, JDK CAs' \
  bench/run.sh "$rounds"
