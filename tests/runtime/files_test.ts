import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileExists, fileModifiedTime, readBinaryFile, readTextFile } from "../../gui/runtime/mod.ts";

const thisFile = new URL(import.meta.url);
const missing = new URL("./no_such_file.txt", import.meta.url);

test("readTextFile() reads a file given as a URL or a path", async () => {
  const fromUrl = await readTextFile(thisFile);
  assert.match(fromUrl, "readTextFile() reads a file given as a URL or a path");
  assert.is(await readTextFile(fileURLToPath(thisFile)), fromUrl);
});

test("readBinaryFile() returns a plain Uint8Array of the file's bytes", async () => {
  const bytes = await readBinaryFile(thisFile);
  assert.is(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.is(new TextDecoder().decode(bytes), await readTextFile(thisFile));
});

test("readTextFile() rejects for a missing file", async () => {
  let failed = false;
  try {
    await readTextFile(missing);
  } catch {
    failed = true;
  }
  assert.ok(failed);
});

test("fileExists() and fileModifiedTime() tell an existing file from a missing one", async () => {
  assert.is(await fileExists(thisFile), true);
  assert.is(await fileExists(missing), false);
  const modified = await fileModifiedTime(fileURLToPath(thisFile));
  assert.type(modified, "number");
  assert.ok((modified ?? 0) > Date.UTC(2020, 0, 1) && (modified ?? 0) <= Date.now() + 60_000);
  assert.is(await fileModifiedTime(missing), undefined);
});

test.run();
