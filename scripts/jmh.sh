#!/usr/bin/env bash
# The JMH benchmarks of the reward path (rewards/src/test/java/org/puzzlelens/rewards/bench/jmh): compiles the
# rewards module's tests (JMH's annotation processor generates the harness), then runs JMH with any arguments
# given, e.g. a benchmark filter and shorter runs:
#
#   scripts/jmh.sh                                  # all, JMH's settings from the class (3 x 1 s warm-up, 5 x 1 s)
#   scripts/jmh.sh 'RewardPathBenchmark.readAnswer' -wi 2 -i 3 -f 1
#
# On a shared machine pin it to a core (taskset -c 1 scripts/jmh.sh) and state the load with the figures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="$("$root/scripts/java-home.sh")"
export JAVA_HOME
cd "$root"
./mvnw -B -q -o -pl rewards -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath >/dev/null
cp="rewards/target/test-classes:rewards/target/classes:$(cat rewards/target/jmh.classpath)"
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "$cp" org.openjdk.jmh.Main "$@"
