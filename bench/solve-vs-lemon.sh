#!/usr/bin/env bash
# Times `corridor solve` against LEMON's NetworkSimplex (block search) as whole processes, on the shared DIMACS
# instances and on generated corridor-shaped instances of about 1e4, 1e5 and 1e6 arcs, checks both report the same
# optimal cost, and prints a markdown table. Both programs parse the file, solve and print every non-zero flow.
#
# Needs: g++, Debian's liblemon-dev, the .NET SDK; hyperfine if installed (else /usr/bin/time, one run each).
# Usage: bench/solve-vs-lemon.sh [SIZES...]     (default sizes: 10000 100000 1000000)
# Env:   OUT=dir for binaries and instances (default artifacts/bench), RUNS=timed runs per command (default 3),
#        SEED=generator seed (default 1), DATA=folder of shared .min files (default: found beside the clone).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$ROOT/artifacts/bench}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)

if [ -z "${DATA:-}" ]; then
  dir=$ROOT
  while [ "$dir" != / ] && [ ! -d "$dir/shared/data/mcf-dimacs" ]; do dir=$(dirname "$dir"); done
  DATA=$dir/shared/data/mcf-dimacs
fi
[ -d "$DATA" ] || { echo "shared/data/mcf-dimacs not found beside or above $ROOT; set DATA=" >&2; exit 1; }
[ -f /usr/include/lemon/network_simplex.h ] || { echo "LEMON headers missing: apt-get install -y liblemon-dev" >&2; exit 1; }

mkdir -p "$OUT"
log=$OUT/build.log
echo "building LEMON driver and publishing the CLI (log: $log)" >&2
g++ -O2 -std=c++17 -o "$OUT/lemon_solve" "$ROOT/bench/lemon/lemon_solve.cpp" >"$log" 2>&1
dotnet publish "$ROOT/src/Corridor.Cli" -c Release -o "$OUT/cli" >>"$log" 2>&1
dotnet build "$ROOT/bench/Corridor.Bench" -c Release -o "$OUT/gen" >>"$log" 2>&1
CORRIDOR=$OUT/cli/corridor
LEMON=$OUT/lemon_solve

instances=()
for f in "$DATA"/netgen_*.min "$DATA"/transport_400x300.min; do [ -f "$f" ] && instances+=("$f"); done
for n in "${SIZES[@]}"; do
  f=$OUT/corridor_${n}_s$SEED.min
  [ -f "$f" ] || dotnet "$OUT/gen/Corridor.Bench.dll" gen-mcf --arcs "$n" --seed "$SEED" --out "$f" >&2
  instances+=("$f")
done

# "WALL USER": mean wall-clock and user-CPU seconds of RUNS runs (hyperfine, after one warm-up run), or of one run
# (/usr/bin/time). User time is the steadier figure on a machine shared with other work.
seconds() {
  if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/run.json" --output=pipe "$*" >/dev/null 2>&1
    python3 -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f" % (r["mean"], r["user"]))' "$OUT/run.json"
  else
    /usr/bin/time -f "%e %U" -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || true
    tail -1 "$OUT/time.txt"
  fi
}

cost() { "$@" 2>/dev/null | sed -n '1s/^s //p' || true; }

echo
echo "| instance | nodes | arcs | corridor s | LEMON s | ratio | corridor user s | LEMON user s | optimal cost | same cost |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|:-:|"
status=0
for f in "${instances[@]}"; do
  read -r nodes arcs < <(awk '$1 == "p" { print $3, $4; exit }' "$f")
  ours=$(cost "$CORRIDOR" solve "$f")
  theirs=$(cost "$LEMON" "$f")
  same=yes
  if [ -z "$ours" ] || [ "$ours" != "$theirs" ]; then same="NO ($ours vs $theirs)"; status=1; fi
  read -r t_ours u_ours < <(seconds "$CORRIDOR" solve "$f")
  read -r t_theirs u_theirs < <(seconds "$LEMON" "$f")
  ratio=$(python3 -c 'import sys; a, b = map(float, sys.argv[1:]); print("%.2f" % (a / b) if b > 0 else "-")' "$t_ours" "$t_theirs")
  echo "| $(basename "$f") | $nodes | $arcs | $t_ours | $t_theirs | $ratio | $u_ours | $u_theirs | $theirs | $same |"
done
echo
echo "hyperfine: $(command -v hyperfine >/dev/null && echo "mean of $RUNS runs after 1 warm-up" || echo "not installed, single /usr/bin/time run"); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
