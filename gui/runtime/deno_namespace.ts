/**
 * The few members of Deno's global namespace that Tapir uses, typed locally.
 *
 * `tsc` type-checks the Deno adapters too, and it does not know Deno's global types; declaring the subset
 * we call keeps both checkers happy and documents exactly which Deno APIs Tapir depends on.
 *
 * @module
 */

/** A network address as Deno reports it. */
export interface DenoNetAddr {
  readonly hostname: string;
  readonly port: number;
}

/** The value `Deno.serve()` returns. */
export interface DenoHttpServer {
  readonly addr: DenoNetAddr;
  shutdown(): Promise<void>;
}

/** Options of `Deno.serve()` that Tapir passes. */
export interface DenoServeOptions {
  port: number;
  hostname: string;
  onListen: (addr: DenoNetAddr) => void;
}

/** A TCP connection (`Deno.Conn`). */
export interface DenoConn {
  readonly remoteAddr: DenoNetAddr;
  readonly readable: ReadableStream<Uint8Array>;
  write(data: Uint8Array): Promise<number>;
  close(): void;
}

/** A TCP listener (`Deno.Listener`). */
export interface DenoListener {
  readonly addr: DenoNetAddr;
  accept(): Promise<DenoConn>;
  close(): void;
}

/** Options of `new Deno.Command()` that Tapir passes. */
export interface DenoCommandOptions {
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  stdin: "null";
  stdout: "piped";
  stderr: "piped";
}

/** A running child (`Deno.ChildProcess`). */
export interface DenoChildProcess {
  readonly pid: number;
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  /** `code` is 128 + the signal's number when a signal ended the child. */
  readonly status: Promise<{ code: number; signal: string | null }>;
  kill(signal?: string): void;
}

/** The subset of `globalThis.Deno` that Tapir calls. */
export interface DenoNamespace {
  readonly mainModule: string;
  serve(
    options: DenoServeOptions,
    handler: (request: Request, info: unknown) => Response | Promise<Response>,
  ): DenoHttpServer;
  listen(options: { port: number; hostname: string; transport: "tcp" }): DenoListener;
  connect(options: { port: number; hostname: string; transport: "tcp" }): Promise<DenoConn>;
  Command: new (command: string, options: DenoCommandOptions) => { spawn(): DenoChildProcess };
}

function isDenoNamespace(value: unknown): value is DenoNamespace {
  if (typeof value !== "object" || value === null) return false;
  return ["serve", "listen", "connect", "Command"].every((name) =>
    typeof Reflect.get(value, name) === "function"
  );
}

/**
 * Returns Deno's global namespace, narrowed to the members Tapir uses.
 *
 * @throws {Error} when called on another runtime; callers only reach it after checking `runtimeName`.
 * @example
 * ```ts
 * import { denoNamespace } from "./deno_namespace.ts";
 * const server = denoNamespace().serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, () => new Response("hi"));
 * ```
 */
export function denoNamespace(): DenoNamespace {
  const value: unknown = Reflect.get(globalThis, "Deno");
  if (!isDenoNamespace(value)) {
    throw new Error("Deno's global namespace is not available: this code path is only for Deno");
  }
  return value;
}
