import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  commandLineArgs,
  environmentVariable,
  residentMemoryBytes,
  runtimeName,
  spawnProcess,
} from "../../gui/runtime/mod.ts";
import { runtimeCommand } from "./runtime_command.ts";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Runs a fixture and returns its first stdout line parsed as JSON, and its exit code. */
async function runFixture(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ report: unknown; code: number }> {
  const [command, commandArgs] = runtimeCommand(script, args);
  const child = spawnProcess(command, commandArgs, { env });
  const lines: string[] = [];
  for await (const line of child.stdoutLines) lines.push(line);
  const code = await child.exited;
  if (lines[0] === undefined) throw new Error(`no output; stderr: ${await child.stderrText()}`);
  return { report: JSON.parse(lines[0]), code };
}

test("runtimeName matches the presence of Deno's namespace", () => {
  assert.is(runtimeName, "Deno" in globalThis ? "deno" : "node");
});

test("commandLineArgs() and environmentVariable() read the current process", () => {
  assert.ok(Array.isArray(commandLineArgs()));
  assert.type(environmentVariable("PATH"), "string");
  assert.is(environmentVariable("TAPIR_SURELY_UNSET_VARIABLE"), undefined);
});

test("residentMemoryBytes() is a positive number", () => {
  assert.ok(residentMemoryBytes() > 1_000_000);
});

test("a spawned script sees its arguments, extra environment, and that it is the main module", async () => {
  const { report, code } = await runFixture(fixture("report_process.ts"), ["--flag", "two words"], {
    TAPIR_TEST_VALUE: "forty-two",
  });
  assert.is(code, 0);
  assert.equal(report, { main: true, other: false, args: ["--flag", "two words"], value: "forty-two" });
});

test("isMainModule() on Node also matches a script named without its extension", async () => {
  if (runtimeName === "deno") return; // Deno requires the extension
  const { report } = await runFixture(fixture("report_process.ts").replace(/\.ts$/, ""), []);
  assert.is(Reflect.get(Object(report), "main"), true);
});

test("onTerminationSignal() runs the handler on SIGTERM and exitProcess() sets the code", async () => {
  const [command, args] = runtimeCommand(fixture("wait_for_signal.ts"));
  const child = spawnProcess(command, args);
  const lines = child.stdoutLines[Symbol.asyncIterator]();
  assert.is((await lines.next()).value, "ready");
  child.kill("SIGTERM");
  assert.is((await lines.next()).value, "stopping");
  assert.is(await child.exited, 7);
  child.kill(); // killing an exited child does nothing
});

test("spawnProcess() reports stderr, a signal's exit code, and a missing command", async () => {
  const [command, args] = runtimeCommand(fixture("wait_for_signal.ts"));
  const killed = spawnProcess(command, args);
  assert.ok(killed.pid > 0);
  await killed.stdoutLines[Symbol.asyncIterator]().next();
  killed.kill("SIGKILL");
  assert.is(await killed.exited, 128 + 9);

  const failing = spawnProcess("sh", ["-c", "echo oops >&2; exit 4"]);
  assert.is(await failing.exited, 4);
  assert.is(await failing.stderrText(), "oops\n");

  const missing = spawnProcess("tapir-no-such-command", []);
  assert.is(await missing.exited, 127);
  assert.match(await missing.stderrText(), "tapir-no-such-command");
});

test.run();
