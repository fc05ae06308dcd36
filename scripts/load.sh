#!/usr/bin/env bash
# Load bench (issue 13.5): a national-size corridor (100,000 lots, 1,000 projects) on PostgreSQL, the web app in Release,
# and wrk (apt-get install wrk) at 64 connections on the home page and on a lot query. Figures: docs/load.md.
#   bash scripts/load.sh [CONNECTION_STRING_WITHOUT_DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-Host=localhost;Username=postgres;Password=corridor}
db=corridor_load
psql "postgresql://postgres:corridor@localhost/postgres" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
dotnet run -c Release --project bench/Corridor.Bench -- import 100000 --database "$base;Database=$db"
dotnet build -c Release src/Corridor.Web -nologo -v q
ASPNETCORE_ENVIRONMENT=Production dotnet src/Corridor.Web/bin/Release/net10.0/Corridor.Web.dll --urls http://127.0.0.1:5080 \
  --Corridor:Database "$base;Database=$db;Maximum Pool Size=100" --Corridor:SeedDemo false >/dev/null 2>&1 &
web=$!
trap 'kill $web' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null http://127.0.0.1:5080/health/ready && break; sleep 1; done
uptime
for url in "/" "/api/corridors/1/lots?bbox=5,52,5.5,52.3&from=2027-01-01&to=2027-12-31" "/api/corridors/1/lots?page=50&pageSize=50"; do
  echo "== $url"
  curl -s -o /dev/null -w "single request: %{time_total} s, %{size_download} bytes\n" "http://127.0.0.1:5080$url"
  wrk -t2 -c64 -d15s --latency "http://127.0.0.1:5080$url" | grep -E "50%|99%|Requests/sec|Non-2xx|Socket errors|requests in"
done
