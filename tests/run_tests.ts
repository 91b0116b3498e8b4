/**
 * Tapir's test runner, the same on Node and Deno.
 *
 * ```sh
 * node --import tsx tests/run_tests.ts [--unit] [filter ...]
 * deno run -A tests/run_tests.ts [--unit] [filter ...]
 * ```
 *
 * It runs every `tests/**\/*_test.ts` (or those whose path contains one of the filters; `--unit` leaves out
 * `tests/e2e/` and the slow `tests/package/`) in one process, the way uvu's own CLI does: with `UVU_DEFER`
 * set, each file's `test.run()` queues its suites instead of running them, and the runner runs them file by
 * file. uvu's CLI only works on Node and counts neither import errors nor crashes; this runner does, and
 * ends with the line `N passed, N failed` (tests) and exit code 1 on any failure.
 *
 * @module
 */

import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What each queued uvu suite resolves to: errors (or true), passed, skipped, total run. */
type SuiteResult = [errors: string | true, passed: number, skipped: number, total: number];

/** A suite that has not finished by then counts as failed, so one hung test cannot stall CI. */
const SUITE_TIMEOUT_MS = 300_000;

const root = fileURLToPath(new URL("..", import.meta.url));
const write = (text: string): void => void process.stdout.write(text);

/** Every `*_test.ts` below `folder`, as paths relative to the repository root with `/` separators. */
async function findTestFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules") files.push(...(await findTestFiles(path)));
    else if (entry.isFile() && entry.name.endsWith("_test.ts")) {
      files.push(relative(root, path).split(sep).join("/"));
    }
  }
  return files.sort();
}

function isSuiteResult(value: unknown): value is SuiteResult {
  return Array.isArray(value) && value.length === 4 &&
    value.slice(1).every((item) => typeof item === "number");
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/** Resolves with the suite's result, or with a description of why there is none. */
async function runSuite(run: unknown): Promise<SuiteResult | string> {
  if (typeof run !== "function") return "uvu queued something that is not a suite";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`),
      SUITE_TIMEOUT_MS,
    );
  });
  try {
    const result: unknown = await Promise.race([run(), timeout]);
    if (typeof result === "string") return result;
    return isSuiteResult(result) ? result : "uvu returned an unexpected suite result";
  } catch (error) {
    return describeError(error);
  } finally {
    clearTimeout(timer);
  }
}

const args = process.argv.slice(2);
const unknownFlags = args.filter((arg) => arg.startsWith("--") && arg !== "--unit");
if (unknownFlags.length > 0) {
  console.error(`Unknown option ${unknownFlags.join(", ")}. Usage: run_tests.ts [--unit] [path filter ...]`);
  process.exit(2);
}
const filters = args.filter((arg) => !arg.startsWith("--"));
const files = (await findTestFiles(join(root, "tests"))).filter(
  (file) =>
    // tests/package/ builds, packs and installs packages: slow, like the browser tests.
    (!args.includes("--unit") || !(file.startsWith("tests/e2e/") || file.startsWith("tests/package/"))) &&
    (filters.length === 0 || filters.some((filter) => file.includes(filter))),
);
if (files.length === 0) {
  console.error(`No test files match ${filters.length > 0 ? filters.join(", ") : "tests/**/*_test.ts"}`);
  process.exit(1);
}

// uvu reads these when it is first imported, so they are set before any test file (or uvu) loads.
const queue: unknown[][] = [];
Reflect.set(globalThis, "UVU_DEFER", 1);
Reflect.set(globalThis, "UVU_QUEUE", queue);
const uvu = await import("uvu");

let total = 0;
let passed = 0;
let skipped = 0;
let failed = 0;
let currentFile = "";
const started = performance.now();

// A rejection nobody awaited or an exception thrown from a timer is a failure of the file that caused it,
// not a reason to lose the summary.
const reportCrash = (kind: string) => (error: unknown): void => {
  failed++;
  write(`\n  FAIL  ${kind} while running ${currentFile}\n    ${describeError(error)}\n\n`);
};
process.on("unhandledRejection", reportCrash("unhandled rejection"));
process.on("uncaughtException", reportCrash("uncaught exception"));

for (const file of files) {
  currentFile = file;
  const group: unknown[] = [file];
  Reflect.set(globalThis, "UVU_INDEX", queue.push(group) - 1);
  if (queue.length > 1) write("\n");
  write(`${file}\n`);
  try {
    await import(pathToFileURL(join(root, file)).href);
  } catch (error) {
    // Tests registered before the error would otherwise join the next file's suite: queue them here, unrun.
    uvu.test.run();
    failed++;
    write(`  FAIL  could not load ${file}\n    ${describeError(error)}\n`);
    continue;
  }
  const suites = group.slice(1);
  if (suites.length === 0) write("  (no suites queued: does the file end with test.run()?)\n");
  for (const suite of suites) {
    const result = await runSuite(suite);
    if (typeof result === "string") {
      failed++;
      write(`\n  FAIL  ${file}: ${result}\n`);
      continue;
    }
    const [errors, suitePassed, suiteSkipped, suiteTotal] = result;
    total += suiteTotal;
    passed += suitePassed;
    skipped += suiteSkipped;
    failed += suiteTotal - suitePassed;
    if (errors !== true) write(`\n${errors}\n`);
    // uvu swallows an error thrown by a before() hook: its tests simply did not pass.
    else if (suitePassed < suiteTotal) write(`\n  FAIL  ${file}: a before() hook failed\n`);
  }
  // One macrotask turn lets errors the file's tests left behind surface while they are still its own.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

write(`\n  Total:     ${total}\n  Passed:    ${passed}\n  Skipped:   ${skipped}\n`);
write(`  Duration:  ${(performance.now() - started).toFixed(2)}ms\n\n`);
write(`${passed} passed, ${failed} failed\n`);
// Exit explicitly: a test that left a server or timer behind must not keep the run open.
process.exit(failed > 0 ? 1 : 0);
