#!/usr/bin/env bash
# Measures a variant of the plugin that is not shipped, beside the current one, to test a proposal:
#   bench/experiment.sh shrunk-kotlin [ROUNDS]
#       OkHttp, Okio and the Kotlin standard library shrunk by ProGuard to what OkHttp and Okio use
#       (Kotlin's class files: 1.55 MB loaded for a check, 0.57 MB in the whole shrunk jar);
#   bench/experiment.sh without-bouncycastle [ROUNDS]
#       no BouncyCastle in the plugin's class realm (bcpkix in provided scope: JWT cannot work, the
#       token check measured here does not need it);
#   bench/experiment.sh okhttp-classes-floor [ROUNDS]
#       not a plugin variant but a floor variant: the JDK floor mojo with OkHttp (and so Okio and
#       Kotlin) in its class realm, which first defines, without running any of their code, the
#       OkHttp, Okio and Kotlin classes a check loads (recorded by bench/record-check-classes.sh),
#       then makes its request with HttpURLConnection as the floor does. What it adds over the floor
#       is less than any check that makes its request with OkHttp can add;
#   bench/experiment.sh okhttp-classes-floor-background [ROUNDS]
#       the same, but the classes are defined on a second thread while the request is made, and the
#       mojo waits for both: the most that overlapping can hide.
# A plugin variant is built from the working tree as version 0.0.0-<name>, then bench/run.sh runs the
# HTTPS commands with the JDK's CAs, the variant as the baseline; the floor variant is built as
# version 1.0-<name> and run beside the floor. See bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?shrunk-kotlin, without-bouncycastle, okhttp-classes-floor or okhttp-classes-floor-background}
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
  okhttp-classes-floor|okhttp-classes-floor-background)
    bench/record-check-classes.sh
    floor=$work/tree/bench/floor-plugin
    mkdir -p "$floor/src/main/resources/bench/floor"
    python3 - bench/work/check-classes.log "$floor/src/main/resources/bench/floor/define-first.txt" <<'PY'
import re, sys
names = []
for line in open(sys.argv[1]):
    m = re.search(r"\] (\S+) source: \S+/(okhttp-jvm|okio-jvm|kotlin-stdlib)-[^/]*\.jar$", line.strip())
    if m and "$$Lambda" not in m.group(1):
        names.append(m.group(1))
open(sys.argv[2], "w").write("\n".join(names) + "\n")
print(len(names), "OkHttp, Okio and Kotlin classes for the floor variant to define")
PY
    okhttp_version=$(sed -n 's:.*<okhttp.version>\(.*\)</okhttp.version>.*:\1:p' pom.xml)
    python3 - "$floor/pom.xml" "$okhttp_version" "$name" <<'PY'
import sys
path, okhttp, name = sys.argv[1:]
pom = open(path).read()
pom = pom.replace("<version>1.0</version>", "<version>1.0-%s</version>" % name, 1)
pom = pom.replace("<dependencies>", """<dependencies>
    <dependency>
      <groupId>com.squareup.okhttp3</groupId><artifactId>okhttp-jvm</artifactId><version>%s</version>
      <exclusions><exclusion><groupId>org.jetbrains</groupId><artifactId>annotations</artifactId></exclusion></exclusions>
    </dependency>""" % okhttp, 1)
open(path, "w").write(pom)
PY
    cat > "$floor/src/main/java/bench/floor/DefineFirst.java" <<'JAVA'
package bench.floor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Defines (loads, without initializing: none of their code runs) the classes listed in define-first.txt. */
final class DefineFirst {
    private final Thread thread;
    private volatile Exception failure;

    private DefineFirst() {
        thread = new Thread(() -> {
            try {
                run();
            } catch (IOException | ClassNotFoundException e) {
                failure = e;
            }
        }, "define-first");
    }

    /** Starts defining them on a thread of their own. */
    static DefineFirst start() {
        DefineFirst definer = new DefineFirst();
        definer.thread.start();
        return definer;
    }

    void join() throws InterruptedException, ClassNotFoundException, IOException {
        thread.join();
        if (failure instanceof ClassNotFoundException) {
            throw (ClassNotFoundException) failure;
        }
        if (failure != null) {
            throw (IOException) failure;
        }
    }

    static int run() throws IOException, ClassNotFoundException {
        ClassLoader loader = DefineFirst.class.getClassLoader();
        int defined = 0;
        try (BufferedReader list = new BufferedReader(new InputStreamReader(
                DefineFirst.class.getResourceAsStream("define-first.txt"), StandardCharsets.UTF_8))) {
            for (String name = list.readLine(); name != null; name = list.readLine()) {
                if (!name.isEmpty()) {
                    Class.forName(name, false, loader);
                    defined++;
                }
            }
        }
        return defined;
    }
}
JAVA
    python3 - "$floor/src/main/java/bench/floor/FloorMojo.java" "$name" <<'PY'
import sys
path, name = sys.argv[1:]
mojo = open(path).read()
start = "        try {\n            HttpURLConnection connection"
end = "        } catch (IOException e) {\n            throw new MojoExecutionException(e.getMessage(), e);\n        }\n"
assert start in mojo and end in mojo, "FloorMojo changed: update experiment.sh"
if name.endswith("-background"):
    mojo = mojo.replace(start, "        DefineFirst definer = DefineFirst.start();\n" + start, 1)
    mojo = mojo.replace(end, end + """        try {
            definer.join();
        } catch (IOException | ClassNotFoundException | InterruptedException e) {
            throw new MojoExecutionException("cannot define the listed classes: " + e, e);
        }
""", 1)
else:
    mojo = mojo.replace(start, """        try {
            DefineFirst.run();
        } catch (IOException | ClassNotFoundException e) {
            throw new MojoExecutionException("cannot define the listed classes: " + e, e);
        }
""" + start, 1)
open(path, "w").write(mojo)
PY
    (cd "$floor" && ../../mvnw -q -B -ntp install)
    OKHTTP_CLASSES_FLOOR=1.0-$name \
      BENCH_ONLY='^(1 skip|1 plugin|2 JDK floor mojo skipped|2 JDK floor mojo|2 floor \+ OkHttp classes skipped|2 floor \+ OkHttp classes), https, JDK CAs' \
      bench/run.sh "$rounds"
    exit
    ;;
  *) echo "unknown experiment: $name"; exit 2 ;;
esac

(cd "$work/tree" && ./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip)
BASELINE_VERSION=0.0.0-$name \
  BENCH_ONLY='^(1 skip|1 plugin|1 baseline skip|1 baseline plugin|2 JDK floor mojo skipped|2 JDK floor mojo), https, JDK CAs' \
  bench/run.sh "$rounds"
