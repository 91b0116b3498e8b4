/**
 * The floor of the start figure: a TypeScript program that does nothing but say it is ready, started the
 * same way as the servers (on Node, through tsx). No server can start faster than this on the runtime.
 *
 *   node --import tsx bench/servers/empty_program.ts
 */
import { epochNow } from "../support/clock.ts";
import { serveCommands } from "../support/child_endpoint.ts";

serveCommands({}, { listeningAt: epochNow(), processStart: performance.timeOrigin });
