#!/usr/bin/env bash
# The reward service under an outside load generator: wrk (C, one thread, epoll) sends POST /v1/rewards with
# the request bodies of `rewards bench` (one completion each, the three kinds in turn: described correct,
# think-then-answer with a wrong letter, untagged) to `rewards serve` started here on a free 127.0.0.1 port.
# Unlike `rewards bench`, whose clients are the JDK's HttpClient in the server's own JVM, the server's
# process then holds the server alone, so its CPU time per request is the server's.
#
#   scripts/bench-service-wrk.sh                               # 1, 8, 64 connections, 30 s each, after a 5 s warm-up
#   scripts/bench-service-wrk.sh --connections 64 --duration 60s --server-cpus 0 --wrk-cpu 1
#   scripts/bench-service-wrk.sh --batch 64 --connections 1,8 --server-cpus 0 --wrk-cpu 1   # the batch endpoint on one core
#
# Options: --types LIST (clock,maze) --records N per type (10) --design NAME (vanilla, the bench's)
#   --batch N completions per request (1; the body's items, as `rewards bench --batch`)
#   --connections LIST (1,8,64) --duration D (30s) --warmup D (5s, per level, not reported)
#   --wrk-cpu N / --server-cpus LIST: pin wrk / the server with taskset (default: neither pinned)
# Extra JVM options for the server: PUZZLELENS_JAVA_OPTS (e.g. a JFR recording), as for ./puzzlelens.
#
# For each level it prints wrk's requests/s and latency percentiles (wrk corrects none: a closed loop of
# -c connections), the answers that were not 200 (a Lua response hook counts them; any makes the script
# fail), the server's CPU time per request (utime + stime of its process from /proc, 10 ms ticks), wrk's,
# the server's young collections, the heap it allocated per request (from its collector's log: the MB
# allocated between the window's collections over their time, divided by the request rate; "-" with fewer
# than two collections in the window) and its heap in use after (jcmd GC.heap_info). Requires wrk and curl; nothing else
# (not .ci/run, not the tests) needs them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/reward-service.sh
. "$root/scripts/lib/reward-service.sh"

types=clock,maze
records=10
design=vanilla
batch=1
connections=1,8,64
duration=30s
warmup=5s
wrk_cpu=""
server_cpus=""
while [ $# -gt 0 ]; do
  check_option "$@"
  case "$1" in
    --types) types="$2" ;;
    --records) records="$2" ;;
    --design) design="$2" ;;
    --batch) batch="$2" ;;
    --connections) connections="$2" ;;
    --duration) duration="$2" ;;
    --warmup) warmup="$2" ;;
    --wrk-cpu) wrk_cpu="$2" ;;
    --server-cpus) server_cpus="$2" ;;
    *) unknown_option "$1" ;;
  esac
  shift 2
done
for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench-service-wrk: $tool is missing; install it with: apt-get update && apt-get install -y $tool (as root)" >&2
    exit 1
  fi
done
JAVA_HOME="$("$root/scripts/java-home.sh")"
export JAVA_HOME

work="$(mktemp -d)"
trap 'stop_server; rm -rf "$work"' EXIT

"$root/puzzlelens" rewards bench --types "$types" --records "$records" --batch "$batch" --write-requests "$work" >&2

pin() { # taskset prefix for a CPU list, or nothing
  if [ -n "$1" ]; then printf 'taskset -c %s' "$1"; fi
}
# shellcheck disable=SC2046
start_server $(pin "$server_cpus")

# The answers are real scores, not errors: the first body is a described correct answer, the second a
# think-then-answer with a wrong letter.
for line in 1 2; do
  answer="$(sed -n "${line}p" "$work/requests.jsonl" | curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary @- "$url/v1/rewards")"
  want=$([ "$line" = 1 ] && echo true || echo false)
  if [ "$(tail -n 1 <<<"$answer")" != 200 ] || ! grep -q "\"correct\":$want" <<<"$answer"; then
    echo "bench-service-wrk: request $line was not answered 200 with \"correct\":$want:" >&2
    echo "$answer" >&2
    exit 1
  fi
done

cat >"$work/requests.lua" <<'LUA'
-- Cycles through the request bodies given (a file, one a line); counts answers that are not 200.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local prepared = {}
local at = 1
not_ok = 0
function init(args)
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. args[2]}
  for body in io.lines(args[1]) do
    prepared[#prepared + 1] = wrk.format("POST", "/v1/rewards", headers, body)
  end
end

function request()
  local r = prepared[at]
  at = at % #prepared + 1
  return r
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("not_ok")
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %d %d %.3f %.3f %.3f %.3f %.3f\n", summary.requests,
    summary.duration / 1e6, bad, e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1e3,
    latency:percentile(90) / 1e3, latency:percentile(99) / 1e3, latency:percentile(99.9) / 1e3, latency.max / 1e3))
end
LUA

ticks="$(getconf CLK_TCK)"
cpu_ticks() { # utime + stime of a process; the fields after the command name, which may hold spaces
  sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}
young_gcs() { # count and seconds of the server's young collections
  "$JAVA_HOME/bin/jstat" -gc "$server_pid" | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR == 2 {print $col["YGC"], $col["YGCT"]}'
}
last_gc() { # the number of the collector's last collection so far, -1 before the first
  awk 'match($0, /GC\([0-9]+\)/) {n = substr($0, RSTART + 3, RLENGTH - 4)} END {print (n == "" ? -1 : n)}' "$work/gc.log"
}
allocated_per_second() { # first last -> MB allocated per second between the ends of collections first and last
  awk -v first="$1" -v last="$2" 'match($0, /GC\([0-9]+\)/) && match($0, /[0-9]+M->[0-9]+M/) {
      id = substr($0, index($0, "GC(") + 3) + 0
      split(substr($0, RSTART, RLENGTH), m, /M->/); before = m[1] + 0; after = m[2] + 0
      t = substr($0, 2) + 0
      if (id == first) {t0 = t; prev = after}
      else if (id > first && id <= last) {sum += before - prev; prev = after; t1 = t}
    }
    END {if (t1 > t0) printf "%.1f", sum / (t1 - t0); else print "nan"}' "$work/gc.log"
}
heap_used_mib() { # the heap in use now, summed over the collector's spaces (GC.heap_info's "used" of each)
  "$JAVA_HOME/bin/jcmd" "$server_pid" GC.heap_info |
    awk '/(Gen|heap) +total/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); s += v}}
      END {printf "%.0f", s / 1024}'
}

wrk_run() { # connections duration -> wrk's output
  # shellcheck disable=SC2046
  $(pin "$wrk_cpu") wrk -t1 -c"$1" -d"$2" --latency -s "$work/requests.lua" "$url/v1/rewards" -- \
    "$work/requests.jsonl" "$token"
}

echo "load before: $(uptime)"
echo "server: $url (pid $server_pid, cpus ${server_cpus:-any}); wrk 1 thread (cpus ${wrk_cpu:-any}); design $design; \
$(wc -l <"$work/requests.jsonl") bodies of $batch completion(s) of $types, $records records per type; ${duration} per level after ${warmup}"
echo
echo "| connections | requests | requests/s | completions/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | not 200 | socket errors | server CPU µs/request | wrk CPU µs/request | young GCs (s) | server heap allocated KB/request | heap in use after, MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
failed=0
for c in ${connections//,/ }; do
  wrk_run "$c" "$warmup" >/dev/null
  gc_before=($(young_gcs))
  log_before=$(last_gc)
  cpu_before=$(cpu_ticks "$server_pid")
  TIMEFORMAT='%U %S'
  { time wrk_run "$c" "$duration" >"$work/wrk.out"; } 2>"$work/wrk.time"
  cpu_after=$(cpu_ticks "$server_pid")
  gc_after=($(young_gcs))
  mb_per_second=$(allocated_per_second "$log_before" "$(last_gc)")
  read -r requests seconds bad errors p50 p90 p99 p999 max < <(sed -n 's/^RESULT //p' "$work/wrk.out")
  read -r wrk_user wrk_sys <"$work/wrk.time"
  awk -v c="$c" -v n="$requests" -v s="$seconds" -v batch="$batch" -v bad="$bad" -v err="$errors" -v p50="$p50" -v p90="$p90" \
    -v p99="$p99" -v p999="$p999" -v max="$max" -v cpu=$((cpu_after - cpu_before)) -v hz="$ticks" \
    -v wu="$wrk_user" -v ws="$wrk_sys" \
    -v gcs=$((gc_after[0] - gc_before[0])) -v gct="$(awk -v a="${gc_after[1]}" -v b="${gc_before[1]}" 'BEGIN {print a - b}')" \
    -v mbs="$mb_per_second" -v heap="$(heap_used_mib)" 'BEGIN {
      printf "| %d | %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.1f | %.1f | %d (%.3f) | %s | %d |\n",
        c, n, n / s, n * batch / s, p50, p90, p99, p999, max, bad, err, cpu / hz * 1e6 / n, (wu + ws) * 1e6 / n, gcs, gct,
        mbs == "nan" ? "-" : sprintf("%.1f", mbs * 1024 / (n / s)), heap }'
  if [ "$bad" != 0 ] || [ "$errors" != 0 ]; then failed=1; fi
done
echo
echo "load after: $(uptime)"
echo "server's peak resident memory: $(peak_rss)"
stop_server
if ! grep -q '^stopped$' "$work/serve.log"; then
  echo "bench-service-wrk: the service did not stop cleanly:" >&2
  tail -n 5 "$work/serve.log" >&2
  failed=1
fi
if [ "$failed" != 0 ]; then
  echo "bench-service-wrk: some answers were not 200, or sockets failed (columns 'not 200', 'socket errors')" >&2
  exit 1
fi
