#!/usr/bin/env bash
# The container image's base for an offline build (docs/install.md "Container image"): a root file
# system holding the same jlink-trimmed Java runtime as the install bundle at /opt/java/openjdk (where
# eclipse-temurin images keep theirs, so the online and offline images run alike), the shared
# libraries it links to taken from this Debian machine, a "parta" user (10001) and its data
# directory. Written as a `docker save` archive, which Jib takes as a base with tar://.
#   make-base.sh <output.tar>
set -euo pipefail
out="$1"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
root="${work}/rootfs"
mkdir -p "${root}/opt/java" "${root}/etc" "${root}/tmp" "${root}/var/lib/parta" "${root}/app"

bash "$(dirname "$0")/../bundle/make-runtime.sh" "${root}/opt/java/openjdk"

# Every library the runtime's programs and libraries load, with the dynamic loader, at their own paths;
# not those of the desktop-only parts (Parta runs headless: no X11, no splash screen).
find "${root}/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) \
    ! -name 'libawt_xawt.so' ! -name 'libsplashscreen.so' ! -name 'libjawt.so' -print0 \
  | xargs -0 ldd 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $1 !~ /:$/ { print $1 }' \
  | grep -v "^${root}/" \
  | sort -u \
  | while read -r library; do
      cp --parents -L "${library}" "${root}/"
    done
# The loader's standard path on x86-64 is a link into /lib; usrmerge systems also reach it through /lib64.
[ -e "${root}/lib64/ld-linux-x86-64.so.2" ] || { mkdir -p "${root}/lib64"; cp -L /lib64/ld-linux-x86-64.so.2 "${root}/lib64/"; }

printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nparta:x:10001:10001:Parta:/var/lib/parta:/usr/sbin/nologin\n' > "${root}/etc/passwd"
printf 'root:x:0:\nparta:x:10001:\n' > "${root}/etc/group"
printf 'hosts: files dns\n' > "${root}/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "${root}/etc/hosts"
chmod 1777 "${root}/tmp"

# One layer, the same bytes for the same inputs: sorted, dated 1970, owned by root but for the data
# directory, which belongs to the user Parta runs as.
layer="${work}/layer.tar"
tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 --exclude=./var/lib/parta -C "${root}" -cf "${layer}" .
tar --mtime=@0 --numeric-owner --owner=10001 --group=10001 -C "${root}" -rf "${layer}" ./var/lib/parta
diff_id="sha256:$(sha256sum "${layer}" | cut -d' ' -f1)"

image="${work}/image"
mkdir -p "${image}"
mv "${layer}" "${image}/layer.tar"
cat > "${image}/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"],
  "WorkingDir":"/var/lib/parta"},
 "rootfs":{"type":"layers","diff_ids":["${diff_id}"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"installer/src/container/make-base.sh"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["parta-base:java25"],"Layers":["layer.tar"]}]\n' > "${image}/manifest.json"
mkdir -p "$(dirname "${out}")"
tar --sort=name --mtime=@0 --owner=0 --group=0 -C "${image}" -cf "${out}" manifest.json config.json layer.tar
echo "Base image: ${out} ($(du -m "${out}" | cut -f1) MB)"
