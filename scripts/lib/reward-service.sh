# What the reward service's scripts share (sourced, not run): their options' checks, and starting and
# stopping `rewards serve`, which needs $root (the repository), $work (a scratch folder holding suite/) and
# $JAVA_HOME. Extra JVM options for the server: PUZZLELENS_JAVA_OPTS, as for ./puzzlelens; the collector's
# log always goes to $work/gc.log.

# usage CODE: the calling script's header comment (its help) on stderr, then exit CODE (0 for --help, 2 for
# a usage error)
usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit "$1"
}

# check_option "$@": the help for --help, a usage error for an option without its value
check_option() {
  [ "$1" != --help ] || usage 0
  [ $# -ge 2 ] || { echo "$(basename "$0" .sh): $1 needs a value" >&2; usage 2; }
}

# unknown_option NAME: a usage error
unknown_option() {
  echo "$(basename "$0" .sh): unknown option $1" >&2
  usage 2
}

server_pid=""
url=""
token=""

# start_server [taskset prefix...]: starts the service on a free 127.0.0.1 port and waits for it
start_server() {
  : >"$work/serve.log" # there before the background job opens it, for the loop below
  PUZZLELENS_JAVA_OPTS="-Xlog:gc:file=$work/gc.log:uptime ${PUZZLELENS_JAVA_OPTS:-}" \
    "$@" "$root/puzzlelens" rewards serve --suite "$work/suite" --design "${design:-vanilla}" --port 0 \
    --token-file "$work/token" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 600); do # up to 5 minutes: the launcher may build the project first
    url="$(sed -n 's/^serving design .* on \(http:[^ ]*\) .*/\1/p' "$work/serve.log")"
    [ -z "$url" ] || break
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "$(basename "$0"): the service did not start:" >&2
      cat "$work/serve.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  [ -n "$url" ] || { echo "$(basename "$0"): the service did not start within 5 minutes" >&2; exit 1; }
  token="$(cat "$work/token")"
}

# stop_server: the service's shutdown hook drains the requests in flight, then exits
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# peak_rss: the server's peak resident memory so far
peak_rss() {
  awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' "/proc/$server_pid/status"
}
