/**
 * The first message a scripted tab receives after its hello, bounded in time: without a bound a broken
 * welcome shows as a test that hangs until the runner gives up, with no word of what was awaited.
 */
import type { QueuedWebSocket } from "../runtime/mod.ts";

/**
 * Resolves with the first message on `connection`; rejects, and closes the socket, if the socket closes
 * first or nothing arrives within `timeoutMs`.
 *
 * @example
 * ```ts
 * const first = await awaitWelcome(connection, "/", 5000); // the welcome's JSON
 * ```
 */
export async function awaitWelcome(
  connection: QueuedWebSocket,
  page: string,
  timeoutMs: number,
): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      connection.socket.close();
      reject(
        new Error(
          `No welcome within ${timeoutMs} ms of the hello for page "${page}": the server accepted the socket ` +
            "but did not answer (an onInit that never settles? see the server's log), or raise welcomeTimeoutMs",
        ),
      );
    }, timeoutMs);
  });
  const closed = connection.closed.then((code): never => {
    throw new Error(`The server closed the socket (code ${code}) before welcoming page "${page}"`);
  });
  // The socket closes at the end of every test too: that later rejection is nobody's to handle.
  closed.catch(() => undefined);
  try {
    return await Promise.race([connection.nextMessage(), timedOut, closed]);
  } finally {
    clearTimeout(timer);
  }
}
