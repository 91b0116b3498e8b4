/** The benchmark's command line: `--quick`, `--runtime node|deno`, `--only a,b`, `--profile`, `--json FILE`. */

/** A runtime a server under test can run on. */
export type RuntimeName = "node" | "deno";

/** The figures, in the order they run. */
export const FIGURE_NAMES = ["pages", "start", "package", "latency", "rate", "fanout", "data"] as const;

/** One of {@link FIGURE_NAMES}. */
export type FigureName = (typeof FIGURE_NAMES)[number];

/** What a run measures and how hard. */
export interface BenchOptions {
  /** A smoke run: a few seconds per figure, fewer clients, smaller data. */
  quick: boolean;
  /** The runtime of the servers under test (and of the page compiler's worker). */
  runtime: RuntimeName;
  /** The figures to run. */
  figures: FigureName[];
  /** Record a CPU profile of every Node server (`node --cpu-prof`) into this folder. */
  profileDir: string | undefined;
  /** Also write the rows and the machine as JSON to this file. */
  jsonPath: string | undefined;
  /** Rebuild the client bundle first, so servers start from a prebuilt bundle as after `npm install`. */
  build: boolean;
}

function flag(args: readonly string[], name: string): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    if (arg === `--${name}`) return args[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

function isFigureName(name: string): name is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(name);
}

/**
 * Reads the benchmark's options from its arguments; throws on an unknown runtime or figure.
 *
 * @example
 * ```ts
 * parseBenchOptions(["--quick", "--runtime", "deno", "--only", "latency,rate"]);
 * ```
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const runtime = flag(args, "runtime") ?? "node";
  if (runtime !== "node" && runtime !== "deno") {
    throw new Error(`--runtime expects node or deno, got "${runtime}"`);
  }
  const only = flag(args, "only");
  const figures: FigureName[] = [];
  for (const name of only === undefined ? FIGURE_NAMES : only.split(",").map((part) => part.trim())) {
    if (!isFigureName(name)) {
      throw new Error(`--only: unknown figure "${name}" (known: ${FIGURE_NAMES.join(", ")})`);
    }
    figures.push(name);
  }
  const profile = flag(args, "profile-dir") ?? (args.includes("--profile") ? "bench/profiles" : undefined);
  return {
    quick: args.includes("--quick"),
    runtime,
    figures,
    profileDir: profile,
    jsonPath: flag(args, "json"),
    build: !args.includes("--no-build"),
  };
}
