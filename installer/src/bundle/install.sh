#!/usr/bin/env bash
# Parta's installer, run from the unpacked bundle (docs/install.md). Idempotent.
#
#   sudo ./install.sh install      install (or repair) and start Parta as a systemd service
#   sudo ./install.sh upgrade      from a newer bundle: copy of the data, swap, start; back to the old
#                                  version and data by itself if the new one does not become healthy
#   sudo ./install.sh status       is it running, healthy, which version, at which addresses
#   sudo ./install.sh uninstall [--purge]   remove Parta; the data and settings stay unless --purge
#
# Without systemd (or with --root DIR) everything goes under DIR (DIR/opt/parta, DIR/etc/parta,
# DIR/var/lib/parta) and Parta is started directly as the current user: how the tests run it.
# Options: --root DIR, --http-port N (80; 8080 with --root), --https-port N (443; 8443 with --root),
# --console-port N (2222).
set -euo pipefail

bundle="$(cd "$(dirname "$0")" && pwd)"
command="${1:-}"
[ $# -gt 0 ] && shift
root=""
purge=false
http_port=""
https_port=""
console_port=2222
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --purge) purge=true; shift ;;
    --http-port) http_port="$2"; shift 2 ;;
    --https-port) https_port="$2"; shift 2 ;;
    --console-port) console_port="$2"; shift 2 ;;
    *) echo "Unknown option: $1 (see the top of install.sh)" >&2; exit 2 ;;
  esac
done

opt="${root}/opt/parta"
etc="${root}/etc/parta"
data="${root}/var/lib/parta"
unit="/etc/systemd/system/parta.service"
if [ -z "$root" ] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemd=true
else
  systemd=false
fi
# As a service Parta takes the standard ports (the unit grants it that one capability), so people
# type only its name; started directly by a user it takes ports anyone may open.
if $systemd; then
  http_port="${http_port:-80}"; https_port="${https_port:-443}"
else
  http_port="${http_port:-8080}"; https_port="${https_port:-8443}"
fi

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

env_value() {
  # A setting from parta.env, or the default given.
  local value
  value="$(sed -n "s/^$1=//p" "${etc}/parta.env" 2>/dev/null | tail -n 1)"
  printf '%s' "${value:-$2}"
}

url() {
  # scheme://host[:port]/, without the port when it is the scheme's own.
  local scheme="$1" host="$2" port="$3"
  if { [ "$scheme" = http ] && [ "$port" = 80 ]; } || { [ "$scheme" = https ] && [ "$port" = 443 ]; }; then
    printf '%s://%s/' "$scheme" "$host"
  else
    printf '%s://%s:%s/' "$scheme" "$host" "$port"
  fi
}

healthy() {
  # The health check over plain HTTP with bash alone: the server may have no curl or wget.
  local port="$1" answer
  { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || return 1
  printf 'GET /api/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  IFS= read -r -t 5 answer <&3 || true
  exec 3<&- 3>&-
  case "$answer" in *" 200 "*) return 0 ;; *) return 1 ;; esac
}

await_healthy() {
  # Until the health check answers, the time is up, or (given a process) that process has ended.
  local port="$1" seconds="$2" pid="${3:-}"
  for _ in $(seq 1 $((seconds * 5))); do
    healthy "$port" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [ -z "$pid" ] && ! $systemd && [ -z "$(running_pid)" ]; then
      return 1
    fi
    sleep 0.2
  done
  return 1
}

running_pid() {
  local pid
  pid="$(cat "${data}/parta.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    printf '%s' "$pid"
  fi
}

refuse_if_port_answers() {
  # Called with the installed Parta stopped. If the port answers anyway (a Parta started by hand, or
  # another program), ours could not bind it while the health check passed against the other one:
  # an upgrade would then look healthy without being so.
  local port
  port="$(env_value PARTA_HTTP_PORT 8080)"
  if healthy "$port"; then
    fail "something answers on port ${port} although the installed Parta is stopped (a Parta started by hand?); stop it, then run this again"
  fi
}

start_parta() {
  if $systemd; then
    systemctl -q is-active parta.service || refuse_if_port_answers
    systemctl daemon-reload
    systemctl enable --now parta.service >/dev/null
  elif [ -z "$(running_pid)" ]; then
    refuse_if_port_answers
    # shellcheck disable=SC1091
    (set -a; . "${etc}/parta.env"; set +a
     cd "$data"
     nohup "${opt}/current/run.sh" >>"${data}/parta.log" 2>&1 &
     echo $! >"${data}/parta.pid")
  fi
}

stop_parta() {
  if $systemd; then
    systemctl stop parta.service 2>/dev/null || true
  else
    local pid
    pid="$(running_pid)"
    if [ -n "$pid" ]; then
      kill -TERM "$pid"
      for _ in $(seq 1 450); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
      done
    fi
    rm -f "${data}/parta.pid"
  fi
}

train_aot() {
  # One start and stop with the JDK recording its ahead-of-time cache for this very jar and runtime
  # (about half a minute), so every later start is ready in about half the time. Done on the box
  # rather than shipped: the cache is ~100 MB and only valid for the exact files it was made with.
  local dir="$1" port pid
  port="$(env_value PARTA_HTTP_PORT 8080)"
  local trained="${data}/aot-training.aot"
  refuse_if_port_answers
  rm -f "${dir}/parta.aot" "${trained}"
  say "Preparing faster starts (one training start, about a minute)…"
  (set -a; . "${etc}/parta.env"; set +a
   cd "$data"
   if $systemd; then
     exec runuser -u parta -- env PARTA_AOT_TRAIN="${trained}" "${dir}/run.sh"
   fi
   PARTA_AOT_TRAIN="${trained}" exec "${dir}/run.sh") >>"${data}/aot-training.log" 2>&1 &
  pid=$!
  if await_healthy "$port" 180 "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
  else
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  if [ -f "${trained}" ]; then
    mv "${trained}" "${dir}/parta.aot"
    chmod 0644 "${dir}/parta.aot"
    return 0
  fi
  say "(no cache was written; Parta starts without it)"
}

setup_code() {
  local log
  if $systemd; then
    log="$(journalctl -u parta.service -n 400 --no-pager 2>/dev/null || true)"
  else
    log="$(tail -n 400 "${data}/parta.log" 2>/dev/null || true)"
  fi
  printf '%s\n' "$log" | sed -n 's/.*one-time setup code: \([A-Z0-9-]*\).*/\1/p' | tail -n 1
}

addresses() {
  local list
  list="$(hostname -I 2>/dev/null || true)"
  [ -n "$list" ] || list="127.0.0.1"
  printf '%s' "$list"
}

install_parta() {
  [ "$(uname -m)" = "x86_64" ] || fail "this bundle is for x86-64 Linux; this machine is $(uname -m)"
  [ -x "${bundle}/runtime/bin/java" ] && [ -f "${bundle}/parta.jar" ] || fail "run install.sh from the unpacked bundle"
  if $systemd && [ "$(id -u)" -ne 0 ]; then
    fail "run it as root (sudo ./install.sh install), or give --root DIR to install without systemd"
  fi
  local version
  # A directory per build (its version and the jar's hash): two builds of one version never mix.
  version="$(cat "${bundle}/VERSION")-$(sha256sum "${bundle}/parta.jar" | cut -c1-12)"
  say "Installing Parta ${version}…"
  if $systemd && ! id parta >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/parta --no-create-home --shell /usr/sbin/nologin parta
  fi
  mkdir -p "${opt}" "${etc}" "${data}"
  # A repeated install of the same build leaves the files Parta runs from alone.
  if [ "${bundle}" != "${opt}/${version}" ] && ! cmp -s "${bundle}/parta.jar" "${opt}/${version}/parta.jar"; then
    rm -rf "${opt}/${version}.new"
    cp -a "${bundle}" "${opt}/${version}.new"
    rm -rf "${opt}/${version}"
    mv "${opt}/${version}.new" "${opt}/${version}"
  fi
  ln -sfn "${version}" "${opt}/current"
  # Settings are the school's: written once, never overwritten by a later install or upgrade.
  if [ ! -f "${etc}/parta.env" ]; then
    cat >"${etc}/parta.env" <<ENV
# Parta's settings (docs/operations.md lists them all). Restart Parta after a change.
PARTA_DATA_DIR=${data}
PARTA_CONFIG_DIR=${etc}
PARTA_HTTP_PORT=${http_port}
PARTA_HTTPS_PORT=${https_port}
PARTA_CONSOLE_PORT=${console_port}
PARTA_CONSOLE_AUTHORIZED_KEYS=${etc}/authorized_keys
ENV
  fi
  [ -f "${etc}/jvm.options" ] || cp "${bundle}/config/jvm.options" "${etc}/jvm.options"
  [ -f "${etc}/authorized_keys" ] || : >"${etc}/authorized_keys"
  chmod 0600 "${etc}/authorized_keys"
  if $systemd; then
    chown -R parta:parta "${data}"
    chown root:parta "${etc}" "${etc}/authorized_keys"
    chmod 0750 "${etc}" "${data}"
    chmod 0640 "${etc}/authorized_keys"
    install -m 0644 "${bundle}/parta.service" "${unit}"
  fi
  if [ ! -f "${opt}/${version}/parta.aot" ] && [ -z "$(running_pid)" ] && ! { $systemd && systemctl -q is-active parta.service; }; then
    train_aot "${opt}/${version}"
  fi
  start_parta
  local port
  port="$(env_value PARTA_HTTP_PORT 8080)"
  await_healthy "$port" 120 || fail "Parta did not become healthy on port ${port}; see $($systemd && echo 'journalctl -u parta' || echo "${data}/parta.log")"
  local secure first=""
  secure="$(env_value PARTA_HTTPS_PORT 8443)"
  say "Parta ${version} is running. Open it at:"
  local name
  name="$(env_value PARTA_MDNS_NAME parta).local"
  for address in "$name" $(addresses); do
    case "$address" in *:*) address="[${address}]" ;; esac
    # The certificate page by address: a phone that does not trust the box yet may not resolve .local names either.
    [ -n "$first" ] || [ "$address" = "$name" ] || first="$address"
    say "  $(url https "$address" "$secure")"
  done
  [ -n "$first" ] || first="$name"
  say "Phones and computers open it without warnings once they trust the school's certificate:"
  say "  $(url http "$first" "$port")certificate   (instructions for Android, iPhone, Windows, macOS, Linux)"
  local code
  code="$(setup_code)"
  [ -n "$code" ] && say "First-run setup code: ${code} (open one of the addresses above and enter it)"
  return 0
}

upgrade_parta() {
  [ -L "${opt}/current" ] || fail "Parta is not installed here; use: install.sh install"
  local old new port snapshot
  old="$(readlink "${opt}/current")"
  new="$(cat "${bundle}/VERSION")-$(sha256sum "${bundle}/parta.jar" | cut -c1-12)"
  if [ "$old" = "$new" ]; then
    say "This build (${new}) is already installed."
    return 0
  fi
  port="$(env_value PARTA_HTTP_PORT 8080)"
  say "Upgrading Parta ${old} → ${new}…"
  rm -rf "${opt}/${new}"
  cp -a "${bundle}" "${opt}/${new}.new"
  mv "${opt}/${new}.new" "${opt}/${new}"
  stop_parta
  refuse_if_port_answers
  # The data exactly as the old version left it, checked byte for byte: the new version may change
  # the database's schema at its first start, and a rollback must find the old one.
  snapshot="${data}/before-upgrade"
  rm -rf "${snapshot}"
  mkdir -p "${snapshot}"
  cp -p "${data}/parta.mv.db" "${snapshot}/parta.mv.db"
  cmp -s "${data}/parta.mv.db" "${snapshot}/parta.mv.db" || fail "the copy of the database before the upgrade differs from it; nothing was changed (start Parta again: install.sh install)"
  [ -d "${data}/files" ] && cp -al "${data}/files" "${snapshot}/files"
  echo "${old}" >"${snapshot}/VERSION"
  ln -sfn "${new}" "${opt}/current"
  train_aot "${opt}/${new}"
  start_parta
  if await_healthy "$port" 120; then
    say "Parta ${new} is running; the data as it was before is kept in ${snapshot}."
    return 0
  fi
  say "The new version did not become healthy: going back to ${old}…"
  stop_parta
  cp -p "${snapshot}/parta.mv.db" "${data}/parta.mv.db"
  # Files are never changed in place (named by their content): linking back any the new version
  # removed is enough; ones it added are unknown to the old database and left to its housekeeping.
  if [ -d "${snapshot}/files" ]; then
    cp -aln "${snapshot}/files/." "${data}/files/" || say "(some files could not be linked back from ${snapshot}/files)"
  fi
  ln -sfn "${old}" "${opt}/current"
  start_parta
  await_healthy "$port" 120 || fail "the old version did not come back either; see the log"
  say "Rolled back: Parta ${old} runs on the data as it was before the upgrade."
  return 1
}

status_parta() {
  local port version="none"
  port="$(env_value PARTA_HTTP_PORT 8080)"
  [ -L "${opt}/current" ] && version="$(cat "${opt}/current/VERSION" 2>/dev/null || echo unknown)"
  say "Installed version: ${version}"
  if healthy "$port"; then
    say "Running and healthy on port ${port}"
    return 0
  fi
  say "Not answering on port ${port}"
  return 3
}

uninstall_parta() {
  stop_parta
  if $systemd; then
    systemctl disable parta.service >/dev/null 2>&1 || true
    rm -f "${unit}"
    systemctl daemon-reload
  fi
  rm -rf "${opt}"
  if $purge; then
    rm -rf "${etc}" "${data}"
    $systemd && userdel parta 2>/dev/null || true
    say "Parta, its settings and all the school's data are removed."
  else
    say "Parta is removed. The school's data (${data}) and settings (${etc}) are kept; --purge removes them too."
  fi
}

case "$command" in
  install) install_parta ;;
  upgrade) upgrade_parta ;;
  status) status_parta ;;
  uninstall) uninstall_parta ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
