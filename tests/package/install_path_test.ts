/**
 * The path a new user takes, for real: pack Tapir, publish it and create-tapir to a local registry, run
 * `npm create tapir@latest`, `npm install`, `npm test`, `npm run check` and `npm start` in a fresh folder,
 * and see the page live in Chromium; then the same app on Deno from the installed (packed) package, and a
 * plain JavaScript app on plain Node.
 *
 * Slow (about two minutes: it builds and installs packages), so `--unit` leaves it out. It runs on Node
 * only: it drives npm, a Node tool, and starts Deno itself for the Deno part; running it under the Deno
 * test runner too would only do the same work twice.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import process from "node:process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { runtimeName, type SpawnedProcess } from "../../gui/runtime/mod.ts";
import { launchBrowser } from "../e2e/browser.ts";
import { bareImports, packageOf } from "./bare_imports.ts";
import { freePort, run, startLocalRegistry } from "./local_registry.ts";
import { spawnGroup } from "./spawn_group.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DENO = join(ROOT, "node_modules/.bin/deno");
const VERDACCIO = join(ROOT, "node_modules/verdaccio/bin/verdaccio");

/** Starts a server, waits for its "Tapir is serving <url>" line, and hands back the url. */
async function serve(child: SpawnedProcess, timeoutMs: number): Promise<string> {
  const lines: string[] = [];
  const found = (async () => {
    for await (const line of child.stdoutLines) {
      lines.push(line);
      const url = /Tapir is serving (\S+)/.exec(line)?.[1];
      if (url !== undefined) return url;
    }
    return undefined;
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  const url = await Promise.race([found, timeout]);
  clearTimeout(timer);
  if (url === undefined) {
    child.kill("SIGKILL");
    throw new Error(`the app did not start within ${timeoutMs} ms:\n${lines.join("\n")}\n${await child.stderrText()}`);
  }
  return url;
}

/** Opens the starter page and waits until its live reading has changed twice (the timer runs). */
async function assertLive(browser: Browser, url: string): Promise<void> {
  const tab = await browser.newPage();
  try {
    await tab.goto(url);
    const reading = () => tab.evaluate(() => document.querySelector("tp-text")?.textContent ?? "");
    await tab.waitForFunction(() => (document.querySelector("tp-text")?.textContent ?? "") !== "", undefined, { timeout: 30_000 });
    const seen = new Set([await reading()]);
    const deadline = Date.now() + 30_000;
    while (seen.size < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seen.add(await reading());
    }
    assert.ok(seen.size >= 3, `the reading at ${url} did not move: saw ${[...seen].join(", ")}`);
    assert.ok(await tab.locator("tp-slider").count() === 1, "the starter page has its slider");
    assert.ok(await tab.locator("tp-chart").count() === 1, "the starter page has its chart");
  } finally {
    await tab.close();
  }
}

async function stopChild(child: SpawnedProcess | undefined): Promise<void> {
  if (child === undefined) return;
  child.kill("SIGKILL");
  await child.exited;
}

if (runtimeName === "node") {
  test("npm create tapir@latest, npm install, test, check and start: the page is live on Node and on Deno", async () => {
    const folder = await mkdtemp(join(tmpdir(), "tapir-install-"));
    const children: SpawnedProcess[] = [];
    let browser: Browser | undefined;
    const registry = await startLocalRegistry(folder, VERDACCIO);
    try {
      const env = registry.npmEnv;
      // `npm pack` runs prepack, which builds the client bundle and the compiled modules.
      await run("npm", ["pack", "--pack-destination", folder], { cwd: ROOT, env, timeoutMs: 240_000 });
      const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { version: string };
      await run("npm", ["publish", join(folder, `tapir-${version}.tgz`)], { cwd: folder, env, timeoutMs: 60_000 });
      await run("npm", ["publish", join(ROOT, "create-tapir")], { cwd: folder, env, timeoutMs: 60_000 });

      const work = join(folder, "work");
      await mkdir(work);
      await run("npm", ["create", "--yes", "tapir@latest", "my-app"], { cwd: work, env, timeoutMs: 120_000 });
      const app = join(work, "my-app");
      const manifest = JSON.parse(await readFile(join(app, "package.json"), "utf8")) as Record<string, unknown>;
      assert.is(manifest["type"], "module");

      await run("npm", ["install"], { cwd: app, env, timeoutMs: 240_000 });
      const installed = JSON.parse(await readFile(join(app, "node_modules/tapir/package.json"), "utf8")) as { version: string };
      assert.is(installed.version, version);
      // What the package must not bring: a TypeScript loader, a bundler, Node's type package.
      for (const absent of ["node_modules/@types/node", "node_modules/tapir/node_modules/esbuild"]) {
        assert.not.ok(await exists(join(app, absent)), `${absent} was installed`);
      }

      // Nothing the package runs imports a package it does not depend on; esbuild only where the client is
      // built from sources, which the installed package (no sources) never does.
      const tapirDir = join(app, "node_modules/tapir");
      const tapirManifest = JSON.parse(await readFile(join(tapirDir, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      assert.equal(Object.keys(tapirManifest.devDependencies ?? {}).filter((name) => name in tapirManifest.dependencies), []);
      for (const { file, specifier } of await bareImports(join(tapirDir, "dist"))) {
        if (file.startsWith("client/")) continue; // the browser bundle: self-contained, its imports are URLs
        const allowed = packageOf(specifier) in tapirManifest.dependencies ||
          // client_build.ts, as its own chunk of the bundled package.
          (specifier === "esbuild" && /^chunks\/client_build-\w+\.js$/.test(file));
        assert.ok(allowed, `dist/${file} imports "${specifier}", which is not a dependency of the package`);
      }
      for (const tool of ["esbuild", "tsx", "typescript"]) {
        assert.not.ok(tool in tapirManifest.dependencies, `${tool} is a runtime dependency of the package`);
      }

      await run("npm", ["test"], { cwd: app, env, timeoutMs: 120_000 });
      await run("npm", ["run", "check"], { cwd: app, env, timeoutMs: 120_000 });
      await run(DENO, ["check", "app.ts", "app_test.ts"], { cwd: app, env, timeoutMs: 120_000 });

      browser = await launchBrowser();
      const onNode = spawnGroup("npm", ["start", "--", "--port", String(await freePort())], { cwd: app, env });
      children.push(onNode);
      await assertLive(browser, await serve(onNode, 60_000));

      const onDeno = spawnGroup(DENO, ["run", "-A", "app.ts", "--port", String(await freePort())], { cwd: app, env });
      children.push(onDeno);
      await assertLive(browser, await serve(onDeno, 60_000));

      // Plain JavaScript on plain Node: no loader at all.
      await writeFile(
        join(app, "plain.mjs"),
        'import { Gui } from "tapir";\nawait new Gui({ page: "<|{n}|>", state: { n: 41 } }).run({ port: 0 });\n',
      );
      const plain = spawnGroup(process.execPath, ["plain.mjs"], { cwd: app });
      children.push(plain);
      const plainUrl = await serve(plain, 30_000);
      const page = await browser.newPage();
      await page.goto(plainUrl);
      await page.waitForFunction(() => document.querySelector("tp-text")?.textContent === "41", undefined, { timeout: 30_000 });
      await page.close();
    } finally {
      await browser?.close();
      await Promise.all(children.map(stopChild));
      await registry.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });
}

async function exists(path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false);
}

test.run();
