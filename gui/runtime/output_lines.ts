/**
 * Turning a child's output streams into lines or text, the same way on every runtime.
 *
 * @module
 */

/**
 * Reads `chunks` as lines (without line endings), starting at once and buffering lines until they are read,
 * so that a child whose output nobody reads never stalls on a full pipe.
 */
export function bufferLines(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  void (async () => {
    const decoder = new TextDecoder();
    let partial = "";
    try {
      for await (const chunk of chunks) {
        const parts = (partial + decoder.decode(chunk, { stream: true })).split(/\r?\n/);
        partial = parts.pop() ?? "";
        lines.push(...parts);
        wake?.();
      }
    } catch {
      // A broken pipe ends the output like a close.
    }
    partial += decoder.decode();
    if (partial !== "") lines.push(partial);
    ended = true;
    wake?.();
  })();
  return (async function* () {
    while (true) {
      const line = lines.shift();
      if (line !== undefined) yield line;
      else if (ended) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  })();
}

/** Reads all of `chunks` as text, starting at once. */
export async function collectText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  try {
    for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  } catch {
    // A broken pipe ends the output like a close.
  }
  return text + decoder.decode();
}
