#!/usr/bin/env bash
# Measures the time from `java -jar doctor-onboarding.jar serve` to the first 200 from /api/v1/live.
# Each run uses a new SQLite file, so it applies the migrations, and development mode, so it needs no
# token secret or SMS gateway. Prints each run and the median.
# Usage: scripts/measure-startup.sh [RUNS]   (default 5; needs bootstrap/target/doctor-onboarding.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
java_bin=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=bootstrap/target/doctor-onboarding.jar
port=${ONBOARDING_HTTP_PORT:-7391}
[[ -f "$jar" ]] || { echo "Build first: ./mvnw -q package -DskipTests" >&2; exit 1; }

times=()
for run in $(seq 1 "$runs"); do
  folder=$(mktemp -d)
  start=$(date +%s%N)
  ONBOARDING_ENV=dev ONBOARDING_DB_URL="jdbc:sqlite:$folder/onboarding.db" ONBOARDING_HTTP_PORT=$port \
    "$java_bin" -jar "$jar" serve >"$folder/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/api/v1/live" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$folder/server.log" >&2; exit 1; fi
    if (( ($(date +%s%N) - start) > 60000000000 )); then echo "timed out: /api/v1/live did not return 200 within 60 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.01
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$folder"
  times+=("$elapsed")
  echo "run $run: ${elapsed} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median: ${median} ms over $runs runs"
