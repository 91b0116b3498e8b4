/**
 * Reads a request body into memory, but never more than a limit: a body announced or found larger is
 * refused without reading the rest, so a client cannot make the server hold more than it allows.
 */

/**
 * The body's bytes, or undefined when it is (or claims to be) larger than `maxBytes`.
 *
 * @example
 * ```ts
 * const bytes = await readLimitedBody(request, 1024);
 * if (bytes === undefined) return new Response("too large", { status: 413 });
 * ```
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
