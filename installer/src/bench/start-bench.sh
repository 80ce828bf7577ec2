#!/usr/bin/env bash
# The installed service's start-up, measured as a school's server sees it (docs/performance.md):
# builds the offline bundle, installs it under a temporary root in no-systemd mode (which trains the
# ahead-of-time cache, as on a real install), then starts it N times the way its service does
# (run.sh with parta.env) and prints the time from launch until the health check answers, and the
# CPU time the process had used by then.
#   start-bench.sh <jar> <repository root> [starts]
set -euo pipefail
command -v curl >/dev/null || { echo "start-bench.sh needs curl" >&2; exit 1; }
jar="$1"; repo="$2"; starts="${3:-10}"
work="$(mktemp -d)"
trap 'pkill -f "${work}/root/opt/parta" 2>/dev/null || true; rm -rf "${work}"' EXIT
free_port() {
  # A port nothing answers on (bash alone: the server may have nothing else).
  local port
  while port=$(( 20000 + RANDOM % 40000 )); (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; do :; done
  echo "$port"
}
http="$(free_port)"; https="$(free_port)"; console="$(free_port)"

PARTA_BUNDLE_TAR=false bash "${repo}/installer/src/bundle/make-bundle.sh" 0.0.0-bench "${jar}" "${repo}" "${work}" >/dev/null
bundle="${work}/parta-0.0.0-bench-linux-x64"
root="${work}/root"
begin=$(date +%s)
"${bundle}/install.sh" install --root "${root}" --http-port "${http}" --https-port "${https}" --console-port "${console}" >/dev/null
echo "install (with the cache's training start): $(( $(date +%s) - begin )) s"
data="${root}/var/lib/parta"

stop() {
  local pid
  pid="$(pgrep -f "${root}/opt/parta/current/runtime/bin/java" || true)"
  [ -n "$pid" ] || return 0
  kill -TERM $pid
  while kill -0 $pid 2>/dev/null; do sleep 0.1; done
}

healthy() {
  curl -fs -o /dev/null -m 2 "http://127.0.0.1:${http}/api/health"
}

tick=$(getconf CLK_TCK)
ready=(); cpu=()
for _ in $(seq 1 "${starts}"); do
  stop
  sleep 0.5
  launched=$(date +%s%N)
  (set -a; . "${root}/etc/parta/parta.env"; set +a; cd "${data}"; exec "${root}/opt/parta/current/run.sh" >>"${data}/parta.log" 2>&1) &
  until healthy; do
    [ $(( ($(date +%s%N) - launched) / 1000000000 )) -lt 60 ] || { echo "not healthy within 60 s; see ${data}/parta.log" >&2; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - launched) / 1000000 ))
  pid="$(pgrep -f "${root}/opt/parta/current/runtime/bin/java")"
  read -r user system < <(awk '{print $14, $15}' "/proc/${pid}/stat")
  ready+=("$ms"); cpu+=($(( (user + system) * 1000 / tick )))
done
stop
sorted() { printf '%s\n' "$@" | sort -n | tr '\n' ' '; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "starts: ${starts} on $(nproc) cores"
echo "ready after launch (ms), sorted: $(sorted "${ready[@]}")"
echo "ready after launch, median: $(median "${ready[@]}") ms (goal ≤ 2000)"
echo "CPU used by then (ms), median: $(median "${cpu[@]}")"
