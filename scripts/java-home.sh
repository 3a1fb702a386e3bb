#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the `java` on PATH, else the newest
# under /usr/lib/jvm. Exits 1 with advice when none is found.
set -u
major() { # the feature version of a JDK home, from its release file or `java -version`
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p')
  echo "${v:-0}"
}
ok() { [ -x "$1/bin/javac" ] && [ "$(major "$1")" -ge 21 ]; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
if command -v javac >/dev/null 2>&1; then
  h=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  if ok "$h"; then echo "$h"; exit 0; fi
fi
best=""; bestv=0
for h in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$h" ] || continue
  if ok "$h"; then v=$(major "$h"); if [ "$v" -gt "$bestv" ]; then best=$h; bestv=$v; fi; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi
echo "PuzzleLens needs a JDK 21 or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm)." >&2
echo "Install one (e.g. Temurin 21+) and set JAVA_HOME to it." >&2
exit 1
