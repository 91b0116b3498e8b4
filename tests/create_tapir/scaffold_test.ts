import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_DEPENDENCIES, scaffold, ScaffoldError } from "../../create-tapir/scaffold.js";

const root = new URL("../../", import.meta.url);
const readJson = async (url: URL): Promise<Record<string, unknown>> => JSON.parse(await readFile(url, "utf8"));

async function inTempFolder(use: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "create-tapir-"));
  try {
    await use(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test("scaffold() writes an ES module project that depends on the Tapir version released with it", async () => {
  await inTempFolder(async (folder) => {
    const target = join(folder, "My App");
    const { name } = await scaffold(target);
    assert.is(name, "my-app");
    const files = (await readdir(target)).sort();
    assert.equal(files, [".gitignore", "README.md", "app.ts", "app_test.ts", "deno.json", "package.json", "tsconfig.json"]);
    const project = JSON.parse(await readFile(join(target, "package.json"), "utf8"));
    assert.is(project.type, "module");
    const tapir = await readJson(new URL("package.json", root));
    assert.is(project.dependencies.tapir, `^${tapir["version"]}`);
    assert.ok(project.scripts.start && project.scripts.test, "npm start and npm test are defined");
    assert.match(await readFile(join(target, "app.ts"), "utf8"), "slider");
  });
});

test("create-tapir is released with Tapir's version, and its tools are the versions Tapir is tested with", async () => {
  const tapir = await readJson(new URL("package.json", root));
  const creator = await readJson(new URL("create-tapir/package.json", root));
  assert.is(creator["version"], tapir["version"]);
  const devDependencies = tapir["devDependencies"] as Record<string, string>;
  for (const [name, version] of Object.entries(DEV_DEPENDENCIES)) assert.is(version, devDependencies[name], name);
});

test("scaffold() refuses a folder that has files, and names them", async () => {
  await inTempFolder(async (folder) => {
    await mkdir(join(folder, "taken"));
    await writeFile(join(folder, "taken", "notes.txt"), "mine");
    try {
      await scaffold(join(folder, "taken"));
      assert.unreachable("scaffold() wrote into a non-empty folder");
    } catch (error) {
      assert.instance(error, ScaffoldError);
      assert.match((error as Error).message, /is not empty \(it has notes\.txt\)/);
    }
    assert.equal(await readdir(join(folder, "taken")), ["notes.txt"]);
  });
});

test.run();
