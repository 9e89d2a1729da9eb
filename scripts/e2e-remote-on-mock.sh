#!/usr/bin/env bash
# CI's proof of `npm run test:e2e:remote`: the mock backend over HTTP, started here as a separate
# process, stands in for a real backend; the journeys run as Olivia Owner (four orgs, an owner)
# and as Dora Documented (the documents' own example bodies). No control endpoint is called.
set -euo pipefail
cd "$(dirname "$0")/.."
# A free port, so that a server already running (npm run mock:server, another suite) never clashes.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
# tsx itself (not npx, which would not pass the signal on), so that the trap stops the server.
MOCK_PORT=$port MOCK_LATENCY_MS=0 node_modules/.bin/tsx scripts/mock-server.ts &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/v2/user/active-org" && break
  sleep 0.3
done
export E2E_API_BASE_URL="http://127.0.0.1:$port" E2E_API_PROFILE=console
E2E_REMOTE_REPORT=reports/e2e-remote-olivia.json E2E_API_TOKEN=mock-olivia-token \
  bash scripts/e2e-remote.sh
# Same build, another user: no need to build again.
E2E_REMOTE_REPORT=reports/e2e-remote-dora.json E2E_API_TOKEN=mock-dora-token \
  npx playwright test --config playwright.remote.config.ts
