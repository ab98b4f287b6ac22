#!/bin/bash
# CPU time per request of the packaged application (the form it runs in production), complementing
# ReadPathBench, which runs the application inside the test JVM from target/classes.
# Usage: src/test/java/org/regiomonitor/bench/cpu-per-request.sh target/regiomonitor-0.1.0-SNAPSHOT.jar [port]
# Starts the jar on its own throw-away data directory, warms each path up with 1500 requests, then sends
# 1000 requests per path from 4 concurrent curl clients over loopback and prints the CPU time the JVM
# spent per request (all its threads, from /proc; PostgreSQL is another process) and the part of it spent
# in Tomcat's request threads. Linux only.
set -euo pipefail
jar=$1
port=${2:-8101}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
data=$(mktemp -d)
REGIOMONITOR_DATA_DIR=$data REGIOMONITOR_ADMIN_PASSWORD='cpu-per-request-benchmark-1' \
    "$java" -jar "$jar" --server.port="$port" > "$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$data" "$data.log"' EXIT
until curl -s -o /dev/null "http://localhost:$port/"; do sleep 2; done
# CPU ticks of all threads and of the request threads (utime + stime, fields 14 and 15 of stat).
ticks() {
    cat /proc/$pid/task/*/stat 2>/dev/null | awk '{sub(/^[^(]*\(/, ""); name = $0; sub(/\).*/, "", name);
        sub(/^[^)]*\) /, ""); t = $12 + $13; all += t; if (name ~ /^http-nio/) req += t} END {print all, req}'
}
hz=$(getconf CLK_TCK)
for path in / /projects /css/app.css; do
    seq 1 1500 | xargs -P 4 -I{} curl -s -o /dev/null "http://localhost:$port$path"
done
echo "path            JVM CPU ms/req  request threads ms/req"
for path in / /projects /css/app.css; do
    read -r all0 req0 < <(ticks)
    seq 1 1000 | xargs -P 4 -I{} curl -s -o /dev/null "http://localhost:$port$path"
    read -r all1 req1 < <(ticks)
    awk -v p="$path" -v a=$((all1 - all0)) -v r=$((req1 - req0)) -v hz="$hz" \
        'BEGIN {printf "%-15s %14.2f %23.2f\n", p, a * 1000 / hz / 1000, r * 1000 / hz / 1000}'
done
