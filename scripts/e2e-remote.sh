#!/usr/bin/env bash
# QA against a real backend (README "QA against a real backend"): builds the console for
# E2E_API_BASE_URL and E2E_API_PROFILE, serves it, and runs the non-destructive journeys of
# e2e/remote/ signed in with E2E_API_TOKEN. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${E2E_API_BASE_URL:?set E2E_API_BASE_URL to the API origin, e.g. https://api.example.com}"
: "${E2E_API_TOKEN:?set E2E_API_TOKEN to the token (or API key) of a test user}"
export E2E_API_PROFILE="${E2E_API_PROFILE:-console}"
# The API address is baked into this build; once the console reads it from /config.json at
# run time, write that file into a standard build here instead.
VITE_API_BASE_URL="$E2E_API_BASE_URL" VITE_API_PROFILE="$E2E_API_PROFILE" VITE_API_MOCKING=off \
  npx vite build --outDir dist-e2e-remote --emptyOutDir --logLevel warn
bash scripts/ensure-chromium.sh
exec npx playwright test --config playwright.remote.config.ts "$@"
