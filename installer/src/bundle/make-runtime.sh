#!/usr/bin/env bash
# The Java runtime Parta ships with, for both the install bundle and the container image's offline
# base, trimmed by jlink to the modules of modules.txt: those jdeps finds in the jar, and those the
# libraries reach by reflection or service loading: zip file systems (Jetty reads the UI's resources
# inside the jar), Russian locale data (dates), the extra charsets (Windows-1251, KOI8-R and CP866
# roster files), Unsafe (libraries).
#   make-runtime.sh <output directory>
set -euo pipefail
modules="$(tr -d ' \n' < "$(dirname "$0")/modules.txt")"
"${JAVA_HOME:?JAVA_HOME must name a JDK 25}/bin/jlink" --add-modules "${modules}" --strip-debug --no-header-files \
    --no-man-pages --compress=zip-6 --output "$1"
