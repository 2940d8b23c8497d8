#!/usr/bin/env bash
# Vault throughput and size figures (see README "Performance"). Usage:
#   veil-vault/bench.sh [sqlite|postgres] [distinct values] [batch size]
# Builds the module's test classes, then runs dev.veil.vault.VaultBench in a 512 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
mvn -q -B -o -pl veil-vault -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/veil-vault/target/bench.classpath" -Dmdep.includeScope=test
CP="veil-vault/target/test-classes:veil-vault/target/classes:$(cat veil-vault/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Xmx512m --sun-misc-unsafe-memory-access=allow -Djava.io.tmpdir=veil-vault/target \
  -cp "$CP" dev.veil.vault.VaultBench "${1:-sqlite}" "${2:-200000}" "${3:-100}"
