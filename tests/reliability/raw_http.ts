/**
 * A GET request written by hand on a TCP connection, so that the path reaches the server exactly as given:
 * `fetch` and URL parsers resolve `/../` and re-encode before sending, which would hide what a hostile
 * client can send.
 */
import { connectTcp } from "../../gui/runtime/mod.ts";

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Sends `GET path` to 127.0.0.1:port and reads the whole response (the server closes after it). */
export async function rawGet(port: number, path: string): Promise<RawResponse> {
  const connection = await connectTcp({ hostname: "127.0.0.1", port });
  await connection.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of connection.readable) text += decoder.decode(chunk, { stream: true });
  connection.close();
  const end = text.indexOf("\r\n\r\n");
  const head = end < 0 ? text : text.slice(0, end);
  return {
    status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0),
    headers: head,
    body: end < 0 ? "" : text.slice(end + 4),
  };
}
