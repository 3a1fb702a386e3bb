#!/usr/bin/env bash
# Profiles a running puzzlelens JVM with async-profiler and draws the CPU flame graph as an SVG.
#
#   scripts/profile.sh [--after S] [--for S] [--interval NS] [--jvm PATTERN] [--title T] OUT.svg -- COMMAND...
#
# COMMAND runs (usually ./puzzlelens ...); after --after seconds (default 10: past start-up and the JIT's
# first compilations) the profiler is attached to the JVM for --for seconds (default 20), sampling CPU time
# every --interval nanoseconds (default 5000000), Java, native (PyTorch, zlib) and kernel frames alike. The
# JVM is COMMAND's own process unless --jvm gives a pattern of its command line (for a script that starts
# the JVM as a child, e.g. `--jvm 'rewards serve'` with scripts/bench-service-wrk.sh). Writes OUT.svg
# (scripts/flamegraph.py) and OUT.collapsed beside it. async-profiler (Apache 2.0) comes from Maven
# Central as tools.profiler:async-profiler through the Maven wrapper, into target/profiler/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
after=10 duration=20 interval=5000000 jvm="" title=""
usage() { sed -n '4,5p' "$0" | sed 's/^# *//' >&2; echo "$1" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --after) after="$2"; shift 2 ;;
    --for) duration="$2"; shift 2 ;;
    --interval) interval="$2"; shift 2 ;;
    --jvm) jvm="$2"; shift 2 ;;
    --title) title="$2"; shift 2 ;;
    --) usage "OUT.svg is missing before --" ;;
    -*) usage "unknown option $1" ;;
    *) break ;;
  esac
done
[ $# -ge 3 ] && [ "$2" = "--" ] || usage "give OUT.svg, then --, then the command to profile"
out="$1"; shift 2
[[ "$out" == *.svg ]] || usage "OUT must end in .svg: $out"
mkdir -p "$(dirname "$out")"
collapsed="${out%.svg}.collapsed"

JAVA_HOME="$("$root/scripts/java-home.sh")"
export JAVA_HOME
version=4.2
lib="$root/target/profiler/linux-x64/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "profile.sh: async-profiler's jar is fetched for Linux x86-64 only" >&2; exit 1; }
  (cd "$root" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$version" \
    -DoutputDirectory=target/profiler) >&2
  (cd "$root/target/profiler" && "$JAVA_HOME/bin/jar" xf "async-profiler-$version.jar" linux-x64/libasyncProfiler.so)
fi

"$@" &
command_pid=$!
trap 'kill "$command_pid" 2>/dev/null || true' INT TERM
sleep "$after"
pid="$command_pid"
if [ -n "$jvm" ]; then
  pid="$(pgrep -n -f -- "bin/java .*$jvm" || true)"
  [ -n "$pid" ] || { echo "profile.sh: no process matches --jvm '$jvm' after $after s" >&2; kill "$command_pid"; exit 1; }
fi
agent() { "$JAVA_HOME/bin/jcmd" "$pid" JVMTI.agent_load "$lib" "\"$1,collapsed,file=$(realpath "$collapsed")\"" >/dev/null; }
rm -f "$collapsed"
kill -0 "$pid" 2>/dev/null || { echo "profile.sh: the JVM ($pid) ended within --after $after s" >&2; exit 1; }
agent "start,event=cpu,interval=$interval,cstack=vm"
sleep "$duration"
# a JVM that ends sooner writes the profile as it exits
kill -0 "$pid" 2>/dev/null && agent stop
status=0
wait "$command_pid" || status=$?
python3 "$root/scripts/flamegraph.py" --title "${title:-$*}" \
  --subtitle "$(($(awk '{s += $NF} END {print s}' "$collapsed") * interval / 1000000)) ms of CPU sampled from ${after} s after the start, for at most ${duration} s" \
  "$collapsed" >"$out"
echo "profile.sh: $out ($(wc -l <"$collapsed") distinct stacks); the command exited with $status" >&2
exit "$status"
