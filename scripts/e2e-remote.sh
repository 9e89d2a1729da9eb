#!/usr/bin/env bash
# QA against a real backend (README "QA against a real backend"): builds the console for
# E2E_API_BASE_URL and E2E_API_PROFILE (a copy of dist/ with its config.json), serves it, and runs the non-destructive journeys of
# e2e/remote/ signed in with E2E_API_TOKEN. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${E2E_API_BASE_URL:?set E2E_API_BASE_URL to the API origin, e.g. https://api.example.com}"
: "${E2E_API_TOKEN:?set E2E_API_TOKEN to the token (or API key) of a test user}"
export E2E_API_PROFILE="${E2E_API_PROFILE:-console}"
# The standard build (made first if missing or stale), told the backend by its config.json.
npx tsx scripts/e2e-dists.ts dist-e2e-remote
bash scripts/ensure-chromium.sh
exec npx playwright test --config playwright.remote.config.ts "$@"
