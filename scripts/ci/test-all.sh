#!/usr/bin/env bash
# Everything CI runs after `npm ci`: system packages; the unit, language, CLI,
# server, browser, fuzz and robustness tests (`npm test`); the packaged
# extension in a real VS Code (code-server) and in VS Code for the Web; then
# one total line over every suite.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p test-results
logs=(grammar e2e integration web)
rm -f test-results/vitest.json test-results/summary.txt test-results/*.log

bash scripts/ci/setup-system.sh

failed_stages=()

# A runner that exits non-zero without having counted a failure still failed: name it.
counted_failure() { grep -Eq '^[a-z:-]+: [0-9]+ passed, [1-9][0-9]* failed' "$1" 2>/dev/null; }

if ! npm test; then
  # npm test stops at its first failing stage; name the stage only when vitest did not already count the failure.
  node -e 'const r=require("./test-results/vitest.json"); process.exit(r.numFailedTests > 0 ? 0 : 1)' 2>/dev/null \
    || counted_failure test-results/grammar.log \
    || failed_stages+=(--failed-stage "npm test (build, type check, lint or test run)")
fi

# suite NAME SETUP-SCRIPT COMMAND...: run a suite whose runner prints `NAME: N passed, N failed[, N skipped]`.
suite() {
  local name=$1 setup=$2; shift 2
  if [ -n "$setup" ] && ! bash "$setup"; then
    failed_stages+=(--failed-stage "$name (setup: $setup)")
    return
  fi
  "$@" 2>&1 | tee "test-results/$name.log"
  if [ "${PIPESTATUS[0]}" -ne 0 ] && ! counted_failure "test-results/$name.log"; then
    failed_stages+=(--failed-stage "$name (exited without counting its failure)")
  fi
}

# The packaged extension in code-server (a real VS Code) driven in Chromium; then the integration suite.
suite e2e scripts/e2e/setup-tools.sh node test/e2e/run-e2e.mjs
suite integration "" node test/integration/run-integration.mjs
# The web extension in VS Code for the Web.
suite web scripts/web/setup-web-tools.sh node test/web/run-web.mjs

node scripts/ci/tally.mjs "${failed_stages[@]}" $(printf "test-results/%s.log " "${logs[@]}") | tee test-results/summary.txt
exit "${PIPESTATUS[0]}"
