# Sourced by ./veil and ./run-tests: finds a JDK 21+ and exports JAVA_HOME. Prints nothing on success.
java_major() { # major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1 || echo 0
}

# Major version of the JDK at $JAVA_HOME, from its release file (no JVM start); 0 if unknown.
java_release_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null)"
  echo "${v:-0}"
}

find_java() {
  local candidates=() c v d
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
  for d in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/homebrew/opt/openjdk*/bin/java \
           /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java; do
    [[ -x "$d" ]] && candidates+=("$d")
  done
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for c in "${candidates[@]}"; do
    [[ -x "$c" ]] || continue
    v="$(java_major "$c")"
    if [[ "$v" =~ ^[0-9]+$ ]] && (( v >= 21 )); then
      echo "$c"
      return 0
    fi
  done
  return 1
}

use_jdk21() {
  local j
  j="$(find_java)" || { echo "veil: no JDK 21+ found; install one or set JAVA_HOME" >&2; return 1; }
  JAVA="$j"
  JAVA_HOME="$(cd "$(dirname "$j")/.." && pwd)"
  export JAVA JAVA_HOME
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
}
