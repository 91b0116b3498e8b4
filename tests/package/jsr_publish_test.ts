/**
 * `deno publish --dry-run` for the JSR name in deno.json: no error (licence, slow types, unresolvable
 * imports), and only what a user needs is in the package. Slow (it type-checks the public API), so
 * `--unit` leaves it out; it runs under the Deno test runner only, where `deno` is the runtime itself (the
 * Node runner has the npm install path to do meanwhile, in install_path_test.ts).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { runtimeName, spawnProcess } from "../../gui/runtime/mod.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

if (runtimeName === "deno") {
  test("deno publish --dry-run passes and publishes the modules, the client bundle, README and LICENSE only", async () => {
    // --allow-dirty: a contributor runs the tests with uncommitted changes.
    const publish = spawnProcess(process.execPath, ["publish", "--dry-run", "--allow-dirty"], {
      cwd: ROOT,
      env: { NO_COLOR: "1" },
    });
    const lines: string[] = [];
    for await (const line of publish.stdoutLines) lines.push(line);
    const stderr = await publish.stderrText();
    const output = `${lines.join("\n")}\n${stderr}`;
    // The output quotes minified bundle lines in its warnings: a failure shows the error lines only.
    const errors = output.split("\n").filter((line) => /^\s*error/.test(line)).join("\n");
    assert.is(await publish.exited, 0, errors === "" ? output.slice(-2000) : errors);
    assert.is(errors, "");
    const published = output.split("\n").filter((line) => line.trim().startsWith("file://"))
      .map((line) => line.trim().split(" ")[0]?.slice(`file://${ROOT}`.length) ?? "");
    for (const required of ["mod.ts", "worker.ts", "gui/gui.ts", "gui/testing.ts", "dist/client/manifest.json", "LICENSE"]) {
      assert.ok(published.includes(required), `${required} is not published:\n${published.join("\n")}`);
    }
    const unwanted = published.filter((path) => /^(tests|bench|scripts|examples|gui\/client|create-tapir)\//.test(path));
    assert.equal(unwanted, [], "tests, benchmarks, scripts, examples and client sources stay out");
  });
}

test.run();
