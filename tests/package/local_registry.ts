/**
 * A throwaway npm registry (verdaccio) on loopback for the install-path test: packages named `tapir` and
 * `create-tapir` live only here (published by the test), everything else is fetched through the registry
 * npm is configured with, read at run time (`npm config get registry`), so no host is named in the code.
 */
import { createServer } from "node:net";
import process from "node:process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SpawnedProcess } from "../../gui/runtime/mod.ts";
import { spawnGroup } from "./spawn_group.ts";

/** A running local registry and the npm settings that point at it. */
export interface LocalRegistry {
  /** e.g. "http://127.0.0.1:4873/" */
  url: string;
  /** Environment for npm: this registry, its auth token, and a cache inside the test's folder. */
  npmEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** A free loopback port: bound, read, released (verdaccio takes no port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `command` to completion; throws with its output if it fails or outlasts `timeoutMs`. */
export async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs: number },
): Promise<string> {
  const child = spawnGroup(command, args, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  const lines: string[] = [];
  const reading = (async () => {
    for await (const line of child.stdoutLines) lines.push(line);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), options.timeoutMs)));
  const code = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  if (code === "timeout") child.kill("SIGKILL");
  const [stderr] = await Promise.all([child.stderrText(), reading]);
  const stdout = lines.join("\n");
  if (code !== 0) {
    const how = code === "timeout" ? `did not finish within ${options.timeoutMs} ms` : `exited with ${code}`;
    throw new Error(`\`${command} ${args.join(" ")}\` ${how}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
  }
  return stdout;
}

/** Starts verdaccio with its config, storage and users in `folder`, and logs in a throwaway user. */
export async function startLocalRegistry(folder: string, verdaccioBin: string): Promise<LocalRegistry> {
  const upstream = (await run("npm", ["config", "get", "registry"], { timeoutMs: 30_000 })).trim();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(folder, "verdaccio.yaml");
  await writeFile(
    config,
    [
      `storage: ${JSON.stringify(join(folder, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(folder, "htpasswd"))}`,
      "uplinks:",
      "  upstream:",
      `    url: ${JSON.stringify(upstream)}`,
      "    timeout: 60s",
      "packages:",
      // Ours are never looked up upstream: what the test published is what gets installed.
      "  'tapir':",
      "    access: $all",
      "    publish: $authenticated",
      "  'create-tapir':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    proxy: upstream",
      "server:",
      "  keepAliveTimeout: 60",
      "logs: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const child: SpawnedProcess = spawnGroup(process.execPath, [verdaccioBin, "--config", config, "--listen", `127.0.0.1:${port}`]);
  void (async () => {
    // Drained so that the child never blocks on a full pipe.
    for await (const _line of child.stdoutLines);
  })();
  const stop = async () => {
    child.kill("SIGKILL");
    await child.exited;
  };
  try {
    await waitForPing(url, child);
    const token = await addUser(url);
    const auth = `//127.0.0.1:${port}/:_authToken`;
    const userConfig = join(folder, "npmrc");
    await writeFile(userConfig, `registry=${url}\n${auth}=${token}\n`);
    const npmEnv = {
      npm_config_registry: url,
      npm_config_userconfig: userConfig,
      npm_config_cache: join(folder, "npm-cache"),
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
      // Deno reads the registry from here when it installs npm packages.
      NPM_CONFIG_REGISTRY: url,
    };
    return { url, npmEnv, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForPing(url: string, child: SpawnedProcess): Promise<void> {
  let exited = false;
  void child.exited.then(() => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`verdaccio exited before it answered: ${await child.stderrText()}`);
    try {
      const response = await fetch(new URL("-/ping", url));
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s`);
}

/** Registers a user, as `npm adduser` would, and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = `tester${Date.now()}`;
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: crypto.randomUUID(), type: "user", roles: [], date: new Date().toISOString() }),
  });
  const body: unknown = await response.json();
  const token = typeof body === "object" && body !== null ? Reflect.get(body, "token") : undefined;
  if (typeof token !== "string") throw new Error(`verdaccio did not register a user: ${response.status} ${JSON.stringify(body)}`);
  return token;
}
