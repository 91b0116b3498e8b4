/**
 * `gui.run()`'s options, and the same settings read from the command line (`--port 8080`, `--host=0.0.0.0`,
 * `--dark`, `--no-browser`). The command line wins, as in Taipy, so a deployed app can be moved without
 * editing its code.
 */
import { GuiConfigurationError } from "../errors.ts";

/**
 * What `gui.run()` takes. `--port`, `--host`, `--dark` and `--watch` on the command line win over them.
 *
 * @example
 * ```ts
 * await gui.run({ port: 0, host: "0.0.0.0", title: "Plant monitor", darkMode: true, quiet: true });
 * console.log(gui.url); // the port actually bound
 * ```
 */
export interface RunOptions {
  /** Port to listen on; 0 picks a free one (read it back from `gui.url`). Default 5000. */
  port?: number;
  /** Interface to listen on. Default "127.0.0.1". */
  host?: string;
  /** The browser tab's title. Default "Tapir". */
  title?: string;
  /** Start in the dark theme. */
  darkMode?: boolean;
  /** Open the app in the default browser once it listens. */
  runBrowser?: boolean;
  /** Print nothing on start. */
  quiet?: boolean;
  /**
   * Dev mode (also `--watch`): page files are watched, and open tabs show a changed page at once, keeping
   * their state; a page that no longer compiles shows its error over the page until it is fixed. The app's
   * code is not watched: run it with `node --watch` or `deno run --watch` to restart on change; open tabs
   * then reconnect to fresh states, and say so.
   */
  useReloader?: boolean;
}

export type ResolvedRunOptions = Required<RunOptions>;

const DEFAULTS: ResolvedRunOptions = {
  port: 5000,
  host: "127.0.0.1",
  title: "Tapir",
  darkMode: false,
  runBrowser: false,
  quiet: false,
  useReloader: false,
};

/** Merges defaults, the options given in code, and the command line, in that order. */
export function resolveRunOptions(options: RunOptions, args: readonly string[]): ResolvedRunOptions {
  const resolved: ResolvedRunOptions = { ...DEFAULTS, ...definedOnly(options) };
  const port = flagValue(args, "port");
  if (port !== undefined) {
    const parsed = Number(port);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
      throw new GuiConfigurationError(`--port expects a port number from 0 to 65535, got "${port}"`);
    }
    resolved.port = parsed;
  }
  const host = flagValue(args, "host");
  if (host !== undefined) resolved.host = host;
  if (args.includes("--dark")) resolved.darkMode = true;
  if (args.includes("--no-browser")) resolved.runBrowser = false;
  if (args.includes("--watch") || args.includes("--use-reloader")) resolved.useReloader = true;
  return resolved;
}

/**
 * The value of `--name value` or `--name=value`, if present.
 *
 * @example
 * ```ts
 * import { commandLineArgs, flagValue } from "tapir";
 *
 * const port = Number(flagValue(commandLineArgs(), "tcp-port") ?? 5050); // --tcp-port 6000
 * ```
 */
export function flagValue(args: readonly string[], name: string): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg === `--${name}`) return args[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

function definedOnly(options: RunOptions): Partial<ResolvedRunOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
