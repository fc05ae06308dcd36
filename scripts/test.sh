#!/usr/bin/env bash
# Runs every test: the whole suite on SQLite, then the database-facing suites again on PostgreSQL.
# PostgreSQL: CORRIDOR_TEST_PG (default Host=localhost;Username=postgres;Password=corridor). When it cannot be
# reached the PostgreSQL pass is skipped with a note, unless CORRIDOR_REQUIRE_PG=1 (as in CI), which makes it fail.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0

dotnet build Corridor.slnx -c Release -nologo -v q || exit 1

run() { # label, then dotnet test arguments
  echo "== $1"
  shift
  dotnet test "$@" -c Release --no-build -nologo 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
}

run "SQLite: all tests" Corridor.slnx

pg_host=localhost
if (exec 3<>/dev/tcp/$pg_host/5432) 2>/dev/null; then
  for p in tests/Corridor.Data.Tests tests/Corridor.Web.Tests tests/Corridor.Cli.Tests; do
    CORRIDOR_TEST_PROVIDER=postgres run "PostgreSQL: $p" "$p"
  done
elif [ "${CORRIDOR_REQUIRE_PG:-0}" = "1" ]; then
  echo "PostgreSQL is required (CORRIDOR_REQUIRE_PG=1) but nothing listens on $pg_host:5432." >&2
  status=1
else
  echo "note: PostgreSQL not reachable on $pg_host:5432; skipped the PostgreSQL pass (see README)."
fi

# One closing line over every test run above.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
