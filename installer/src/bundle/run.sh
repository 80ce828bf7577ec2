#!/usr/bin/env sh
# Starts Parta from an installed bundle: the bundle's own Java runtime, the JVM options of
# $PARTA_CONFIG_DIR/jvm.options (one a line, # for notes), the ahead-of-time cache when one was
# trained for this very jar (install.sh does that), then the jar. systemd and install.sh's
# no-systemd mode both start Parta through here.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
config="${PARTA_CONFIG_DIR:-/etc/parta}"
set --
if [ -f "${config}/jvm.options" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      ''|'#'*) ;;
      *) set -- "$@" "$line" ;;
    esac
  done < "${config}/jvm.options"
fi
if [ -n "${PARTA_AOT_TRAIN:-}" ]; then
  # install.sh's training run: the JVM records the classes this start loads and writes the cache
  # to the file named at exit (somewhere the service user may write; install.sh moves it here).
  set -- "$@" "-XX:AOTCacheOutput=${PARTA_AOT_TRAIN}" "-Xlog:aot*=error,cds*=error"
elif [ -f "${here}/parta.aot" ]; then
  # Quiet about a cache the JVM cannot use (another jar, another runtime): it just starts without it.
  set -- "$@" "-XX:AOTCache=${here}/parta.aot" "-Xlog:aot*=error,cds*=error"
fi
exec "${here}/runtime/bin/java" "$@" -jar "${here}/parta.jar"
