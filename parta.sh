#!/usr/bin/env bash
# Parta's developer entry point: finds a JDK 25 and runs Maven with it.
#   ./parta.sh run    build, then run Parta on its embedded defaults (http://localhost:8080/)
#   ./parta.sh test   build and run every test (unit, view, end-to-end in headless Chromium)
#   ./parta.sh bench-roster   print the roster import and people-screen figures (docs/performance.md)
#   ./parta.sh bench-chat     the school-sized chat benchmark beside Prosody, with 60 classroom displays
#                             (docs/performance.md)
#   ./parta.sh bench-start    the installed service's start-up: bundle, install.sh, ten starts (docs/performance.md)
#   ./parta.sh drill          the "nothing lost" drills: kill -9 under posting, a backup under load restored
#                             and compared (docs/operations.md)
#   ./parta.sh filter-check   one message a line on standard input, the content filter's verdict a line out
#                             (FLAG <rule> or PASS; docs/moderation.ru.md)
set -euo pipefail
cd "$(dirname "$0")"

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

find_jdk25() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /opt/java/*25* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] \
        && [ "$(java_major "$candidate")" = "25" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk25)"; then
  echo "Parta needs a JDK 25 (Java 25 with javac). None was found in JAVA_HOME, /usr/lib/jvm or on the PATH." >&2
  echo "Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "Parta builds with Apache Maven 3.8 or newer; 'mvn' is not on the PATH." >&2
  exit 1
fi

case "${1:-}" in
  run)
    mvn -B -q -DskipTests install
    # The JDK's ahead-of-time cache (JEP 483/514) halves start-up: the first run of a build records
    # it (written when Parta stops), later runs of the same build use it (docs/performance.md). The
    # JVM accepts a cache only for the very jar file it was made with (even its modification time),
    # so each build runs from a copy named by its content; a rebuild of the same code reuses both.
    aot_dir="${PARTA_DATA_DIR:-./data}/aot"
    mkdir -p "$aot_dir"
    key="$(sha256sum installer/target/parta.jar | cut -c1-16)"
    jar="$aot_dir/parta-$key.jar"
    aot="$aot_dir/parta-$key.aot"
    if [ ! -f "$jar" ]; then
      find "$aot_dir" -name 'parta-*' -delete
      cp installer/target/parta.jar "$jar"
    fi
    # The JVM reports every class it leaves out of the cache as a warning (about seventy lines when
    # Parta stops); they change nothing, so only the cache's errors are shown.
    quiet_aot="-Xlog:aot*=error,cds*=error"
    mapfile -t jvm_options < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' config/jvm.options)
    if [ -f "$aot" ]; then
      exec "$JAVA_HOME/bin/java" "${jvm_options[@]}" -XX:AOTCache="$aot" "$quiet_aot" -jar "$jar"
    fi
    exec "$JAVA_HOME/bin/java" "${jvm_options[@]}" -XX:AOTCacheOutput="$aot" "$quiet_aot" -jar "$jar"
    ;;
  test)
    exec mvn -B verify
    ;;
  bench-roster)
    mvn -B -q -DskipTests install
    exec mvn -B -q -pl appliance test -Dtest=RosterBenchmark -Dparta.benchmark=true \
        -Dsurefire.failIfNoSpecifiedTests=false
    ;;
  bench-chat)
    mvn -B -q -DskipTests install
    exec mvn -B -pl installer verify -Dparta.benchmark=true -Dit.test=ChatLoadBenchmarkIT -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false "${@:2}"
    ;;
  bench-start)
    mvn -B -q -DskipTests install
    exec bash installer/src/bench/start-bench.sh installer/target/parta.jar "$PWD" "${2:-10}"
    ;;
  drill)
    # The "nothing lost" drills: kill -9 under posting, backup under load and its restore (docs/operations.md).
    mvn -B -q -DskipTests install
    exec mvn -B -pl installer verify -Dparta.drill=true -Dit.test=DurabilityDrillIT -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false "${@:2}"
    ;;
  filter-check)
    # The very filter the server runs, with its default lists; built once if there is no jar yet.
    if [ ! -f installer/target/parta.jar ]; then
      mvn -B -q -DskipTests install >&2
    fi
    exec "$JAVA_HOME/bin/java" -cp installer/target/parta.jar ru.parta.moderation.FilterCheck
    ;;
  moderation-verify)
    # Checks an exported copy of the moderation log (CSV from the log page) outside Parta.
    if [ ! -f installer/target/parta.jar ]; then
      mvn -B -q -DskipTests install >&2
    fi
    exec "$JAVA_HOME/bin/java" -cp installer/target/parta.jar ru.parta.moderation.LogCopyCheck "${@:2}"
    ;;
  *)
    echo "usage: ./parta.sh run | test | bench-roster | bench-chat | bench-start | drill | filter-check | moderation-verify FILE" >&2
    exit 2
    ;;
esac
