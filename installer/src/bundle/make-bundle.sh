#!/usr/bin/env bash
# Builds the offline install bundle: parta-<version>-linux-x64.tar.gz with a Java runtime trimmed by
# jlink (nothing else to install on the server), the runnable jar, install.sh, the systemd unit,
# the default configuration and the docs. Run by Maven (installer, profile "bundle").
#   make-bundle.sh <version> <jar> <repository root> <output directory>
set -euo pipefail
version="$1"; jar="$2"; root="$3"; out="$4"
name="parta-${version}-linux-x64"
stage="${out}/${name}"
rm -rf "${stage}" "${out}/${name}.tar.gz"
mkdir -p "${stage}"

# PARTA_BUNDLE_RUNTIME names a runtime made earlier from the same JDK (tests make several bundles).
if [ -n "${PARTA_BUNDLE_RUNTIME:-}" ]; then
  cp -a "${PARTA_BUNDLE_RUNTIME}" "${stage}/runtime"
else
  bash "${root}/installer/src/bundle/make-runtime.sh" "${stage}/runtime"
fi

cp "${jar}" "${stage}/parta.jar"
cp "${root}/installer/src/bundle/install.sh" "${stage}/install.sh"
cp "${root}/installer/src/bundle/parta.service" "${stage}/parta.service"
cp "${root}/installer/src/bundle/run.sh" "${stage}/run.sh"
chmod 0755 "${stage}/run.sh"
chmod 0755 "${stage}/install.sh"
mkdir -p "${stage}/config" "${stage}/docs"
cp -r "${root}/config/." "${stage}/config/"
cp "${root}/README.md" "${stage}/"
cp -r "${root}/docs/." "${stage}/docs/"
echo "${version}" > "${stage}/VERSION"

# PARTA_BUNDLE_TAR=false leaves the bundle as a directory only (tests of later builds).
if [ "${PARTA_BUNDLE_TAR:-true}" = true ]; then
  tar -C "${out}" -czf "${out}/${name}.tar.gz" "${name}"
  echo "Bundle: ${out}/${name}.tar.gz ($(du -m "${out}/${name}.tar.gz" | cut -f1) MB)"
fi
