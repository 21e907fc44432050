#!/usr/bin/env bash
# Everything CI runs after `npm ci`: system packages, the unit/language/CLI/
# server/browser tests (`npm test`), then one total line over every suite.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
rm -f test-results/vitest.json test-results/summary.txt test-results/grammar.log

bash scripts/ci/setup-system.sh

failed_stages=()
if ! npm test; then
  # npm test stops at its first failing stage; name the stage only when vitest did not already count the failure.
  node -e 'const r=require("./test-results/vitest.json"); process.exit(r.numFailedTests > 0 ? 0 : 1)' 2>/dev/null \
    || failed_stages+=(--failed-stage "npm test (build, type check, lint or test run)")
fi

node scripts/ci/tally.mjs "${failed_stages[@]}" test-results/grammar.log | tee test-results/summary.txt
exit "${PIPESTATUS[0]}"
