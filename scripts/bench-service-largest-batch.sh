#!/usr/bin/env bash
# The reward service's heap bound under the largest batches: --bodies concurrent POST /v1/rewards, each a body
# as large as the service's body limit (64 MiB: some 43,700 described completions of 1.5 KB of one `map`
# record, as `rewards bench --write-requests` writes them), sent with curl to `rewards serve` started here with the
# launcher's JVM settings. The bodies in flight share one body limit, so they are scored one after another,
# each waiting for the room of those before it; one that waits past the service's 10 s is refused (503 busy,
# or a reset connection while curl is still sending); none may run the heap out.
#
#   scripts/bench-service-largest-batch.sh                    # 3 bodies of 64 MiB
#   PUZZLELENS_JAVA_OPTS=-Xmn200m scripts/bench-service-largest-batch.sh --bodies 2
#
# Options: --bodies N concurrent requests (3); --type NAME the record's type (map; its described completion
#   is 1.5 KB, so that a body holds under the service's 65,536 items)
# Extra JVM options for the server: PUZZLELENS_JAVA_OPTS, as for ./puzzlelens.
#
# Prints each request's status, seconds and answer size, the server's heap settings, the most heap in use
# when a collection began and the most left after one (from its collector's log), its full collections and
# peak resident memory, and GET /health after. Exits 1 when the server ran out of memory or died, /health
# did not answer 200, no body was answered 200, or an answer was neither 200 nor the refusal above.
# Requires curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/reward-service.sh
. "$root/scripts/lib/reward-service.sh"

bodies=3
type=map
while [ $# -gt 0 ]; do
  check_option "$@"
  case "$1" in
    --bodies) bodies="$2" ;;
    --type) type="$2" ;;
    *) unknown_option "$1" ;;
  esac
  shift 2
done
[[ "$bodies" =~ ^[1-9][0-9]*$ ]] || { echo "bench-service-largest-batch: --bodies must be a positive integer" >&2; usage 2; }
command -v curl >/dev/null || {
  echo "bench-service-largest-batch: curl is missing; install it with: apt-get update && apt-get install -y curl (as root)" >&2
  exit 1
}
JAVA_HOME="$("$root/scripts/java-home.sh")"
export JAVA_HOME

work="$(mktemp -d)"
trap 'stop_server; rm -rf "$work"' EXIT

limit=$((64 << 20)) # the service's default body limit (ServerConfig), which no option here changes
# one item's size, then as many items as fit the limit: {"items":[item,item,...]}
"$root/puzzlelens" rewards bench --types "$type" --records 1 --batch 1 --write-requests "$work/one" >/dev/null
empty='{"items":[]}'
item=$(($(head -n 1 "$work/one/requests.jsonl" | wc -c) - 1 - ${#empty}))
items=$(((limit - ${#empty} + 1) / (item + 1)))
"$root/puzzlelens" rewards bench --types "$type" --records 1 --batch "$items" --write-requests "$work" >/dev/null
head -n 1 "$work/requests.jsonl" | tr -d '\n' >"$work/body.json"
size=$(wc -c <"$work/body.json")
[ "$size" -le "$limit" ] || { echo "bench-service-largest-batch: the body came out at $size bytes, over $limit" >&2; exit 1; }

start_server
echo "load before: $(uptime)"
echo "server: $url (pid $server_pid), heap: $("$JAVA_HOME/bin/jcmd" "$server_pid" VM.flags |
  tr ' ' '\n' | sed -n 's/^-XX:\(MaxHeapSize\|NewSize\|MaxNewSize\)=\([0-9]*\)$/\1 \2/p' |
  awk '{printf "%s%s %d MiB", (NR > 1 ? ", " : ""), $1, $2 / 1048576}')"
echo "$bodies concurrent bodies of $size bytes ($items completions of $item bytes, $type)"
echo
clients=()
for i in $(seq "$bodies"); do
  curl -sS -o "$work/answer.$i" -w '%{http_code} %{time_total} %{size_download}\n' \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary @"$work/body.json" "$url/v1/rewards" >"$work/status.$i" 2>"$work/curl.$i" &
  clients+=($!)
done
for pid in "${clients[@]}"; do
  wait "$pid" || true # curl fails on a reset connection; judged below by its status
done
echo "| request | status | seconds | answer bytes | note |"
echo "|---|---|---|---|---|"
failed=0
answered=0
for i in $(seq "$bodies"); do
  read -r status seconds answer <"$work/status.$i" || true
  note=""
  case "$status" in
    200) answered=$((answered + 1)) ;;
    503) note="$(grep -o '"code":"[a-z_]*"' "$work/answer.$i" || true)" ;;
    000) note="connection reset while sending: $(tr '\n' ' ' <"$work/curl.$i")" ;;
    *) note="$(head -c 200 "$work/answer.$i")"; failed=1 ;;
  esac
  echo "| $i | $status | $seconds | $answer | $note |"
done
health=$(curl -sS -o /dev/null -w '%{http_code}' "$url/health" || echo 000)
echo
echo "GET /health after: $health"
# "GC(n) Pause Young (Allocation Failure) 300M->120M(480M) 12.3ms": the heap in use before -> after
awk 'match($0, /[0-9]+M->[0-9]+M/) {
    split(substr($0, RSTART, RLENGTH), m, /M->/)
    if (m[1] + 0 > before) before = m[1] + 0
    if (/Pause Full/) {full++; if (m[2] + 0 > live) live = m[2] + 0}
  }
  END {printf "heap in use at most (when a collection began): %d MiB; full collections: %d%s\n", before, full,
    full ? sprintf(", the most left after one: %d MiB", live) : ""}' "$work/gc.log"
echo "server's peak resident memory: $(peak_rss)"
echo "load after: $(uptime)"
if grep -q OutOfMemoryError "$work/serve.log"; then
  echo "bench-service-largest-batch: the server ran out of memory:" >&2
  grep -m 3 OutOfMemoryError "$work/serve.log" >&2
  failed=1
fi
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "bench-service-largest-batch: the server died" >&2
  failed=1
fi
[ "$health" = 200 ] || failed=1
[ "$answered" -ge 1 ] || failed=1
stop_server
[ "$failed" = 0 ] || { echo "bench-service-largest-batch: failed (see above)" >&2; exit 1; }
