/**
 * What the server answered to one message, and nothing later: the message is followed by a request to
 * element 0 (which answers every request, if only with an error), and the errors received before that
 * request's response are the message's.
 */
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import type { TestClient } from "./test_client.ts";

let sentinel = 0;

/**
 * Sends `message`, then returns the error messages the server sent in answer to it.
 *
 * @example
 * ```ts
 * const errors = await errorsAnswering(client, { type: "update", key: "x", value: "no" });
 * ```
 */
export async function errorsAnswering(
  client: TestClient,
  message: Record<string, unknown>,
): Promise<ServerMessage[]> {
  const start = client.received.length;
  const id = ++sentinel;
  client.send(message);
  client.send({ type: "request", id, element: 0 });
  await client.waitFor((answer) => answer.type === "response" && answer.id === id);
  return client.received.slice(start).filter((answer) => answer.type === "error");
}
