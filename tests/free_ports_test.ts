/**
 * Every test takes free ports (port 0), never a fixed one: a fixed port makes the suite fail while the
 * demo, or anything else, runs on it. This check finds a port number written into a test's options.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `port: 5050`, `tcpPort = 8080`, `PORT = 5050`, `.listen(3000`: a port given as a literal other than 0. */
const FIXED_PORT = /\b(?:port|[a-z]\w*Port|PORT)\s*[:=]\s*[1-9]\d*|\.listen\(\s*[1-9]\d*/g;

async function testFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await testFiles(path)));
    else if (/\.(ts|py)$/.test(entry.name)) files.push(path);
  }
  return files;
}

test("no test binds a fixed port", async () => {
  const found: string[] = [];
  for (const path of await testFiles("tests")) {
    // The tutorial's sender.py keeps its fixed port on purpose: its wrapper redirects it to a free one.
    if (path === "tests/fixtures/tutorial_sender.py") continue;
    const lines = (await readFile(join(root, path), "utf8")).split("\n");
    for (const [index, line] of lines.entries()) {
      // Comments and JSDoc examples show a readable port; they bind nothing.
      if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) continue;
      for (const match of line.matchAll(FIXED_PORT)) found.push(`${path}:${index + 1}: ${match[0]}`);
    }
  }
  assert.equal(found, [], `fixed ports in tests (take port 0 and read the bound port):\n${found.join("\n")}`);
});

test.run();
