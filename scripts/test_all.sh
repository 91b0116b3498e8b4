#!/usr/bin/env bash
# The one command a contributor keeps green (`npm test`): type-check, then every test on Node and on Deno.
# Arguments go to both test runners, e.g. `npm test -- --unit` or `npm test -- tests/template`.
# Every step runs even if an earlier one failed, so one run shows everything that is wrong; the script
# ends with one line `N passed, N failed` over both runtimes (a failed check or a runner that crashed
# before its summary counts as one failure) and exits non-zero if anything failed.
set -uo pipefail

cd "$(dirname "$0")/.."
# deno comes from the npm package of the same name.
export PATH="$PWD/node_modules/.bin:$PATH"

output_dir="$(mktemp -d)"
trap 'rm -rf "$output_dir"' EXIT

passed=0
failed=0
status=0

# Runs a check that has no test count of its own; a failure counts as one failed test.
check() {
  local title="$1"
  shift
  echo "== $title"
  if "$@"; then
    echo "ok"
  else
    failed=$((failed + 1))
    status=1
  fi
  echo
}

# Runs one test runner and adds up its closing `N passed, N failed` line.
run_tests() {
  local title="$1" log="$output_dir/$2.log"
  shift 2
  echo "== $title"
  "$@" 2>&1 | tee "$log"
  local code="${PIPESTATUS[0]}"
  local summary
  summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)"
  if [[ -z "$summary" ]]; then
    echo "(no summary line: the runner stopped before its summary)"
    failed=$((failed + 1))
    status=1
  else
    local runner_passed="${summary%% passed*}"
    local runner_failed="${summary#*, }"
    runner_failed="${runner_failed%% failed}"
    passed=$((passed + runner_passed))
    failed=$((failed + runner_failed))
  fi
  if [[ "$code" != 0 ]]; then status=1; fi
  echo
}

check "Type check (tsc)" tsc -p tsconfig.json
check "Type check (deno)" deno check --quiet mod.ts gui tests examples scripts
run_tests "Tests on Node" node node --import tsx tests/run_tests.ts "$@"
run_tests "Tests on Deno" deno deno run -A tests/run_tests.ts "$@"

if [[ "$status" != 0 && "$failed" == 0 ]]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
