/**
 * A WebSocket client written on a plain TCP connection, for tests that need what a normal client hides:
 * any `Origin` header, binary or hand-made frames, and a client that stops reading (its socket buffers fill
 * and the server sees back-pressure). It reads from the network only while a test asks for a message.
 */
import { connectTcp, type TcpConnection } from "../../gui/runtime/mod.ts";

export interface RawWebSocketOptions {
  /** The Origin header to send; none when undefined, as a non-browser client does. */
  origin?: string;
}

export interface RawWebSocket {
  /** The HTTP status of the handshake: 101 when upgraded. */
  readonly status: number;
  /** Sends one text frame. */
  sendText(text: string): Promise<void>;
  /** Sends one frame with the given opcode (2 = binary). */
  sendFrame(opcode: number, payload: Uint8Array): Promise<void>;
  /**
   * The next text message, reading from the network as needed; undefined once the server closed or the
   * timeout passed.
   */
  nextMessage(timeoutMs?: number): Promise<string | undefined>;
  /** The close code the server sent, once a close frame was read. */
  readonly closeCode: number | undefined;
  close(): void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Opens `url` (ws://host:port/path) and completes the handshake. */
export async function openRawWebSocket(
  url: string,
  options: RawWebSocketOptions = {},
): Promise<RawWebSocket> {
  const target = new URL(url);
  const connection = await connectTcp({ hostname: target.hostname, port: Number(target.port) });
  const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const headers = [
    `GET ${target.pathname} HTTP/1.1`,
    `Host: ${target.host}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${key}`,
    "Sec-WebSocket-Version: 13",
    ...(options.origin === undefined ? [] : [`Origin: ${options.origin}`]),
  ];
  await connection.write(`${headers.join("\r\n")}\r\n\r\n`);
  const reader = new FrameReader(connection);
  const status = await reader.readHandshake();
  return {
    status,
    sendText: (text) => writeFrame(connection, 1, encoder.encode(text)),
    sendFrame: (opcode, payload) => writeFrame(connection, opcode, payload),
    nextMessage: (timeoutMs = 3000) => reader.nextMessage(timeoutMs),
    get closeCode() {
      return reader.closeCode;
    },
    close: () => connection.close(),
  };
}

/** Client frames are masked (RFC 6455 5.3); the mask may be anything, zeros included. */
async function writeFrame(connection: TcpConnection, opcode: number, payload: Uint8Array): Promise<void> {
  const length = payload.byteLength;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = new Uint8Array(header + 4 + length);
  frame[0] = 0x80 | opcode;
  if (length < 126) frame[1] = 0x80 | length;
  else if (length < 65536) {
    frame[1] = 0x80 | 126;
    new DataView(frame.buffer).setUint16(2, length);
  } else {
    frame[1] = 0x80 | 127;
    new DataView(frame.buffer).setBigUint64(2, BigInt(length));
  }
  // A zero mask leaves the payload as it is.
  frame.set(payload, header + 4);
  await connection.write(frame);
}

class FrameReader {
  closeCode: number | undefined;
  #buffer: Uint8Array = new Uint8Array(0);
  #fragments: Uint8Array[] = [];
  #ended = false;
  readonly #chunks: AsyncIterator<Uint8Array>;
  readonly #connection: TcpConnection;

  constructor(connection: TcpConnection) {
    this.#connection = connection;
    this.#chunks = connection.readable[Symbol.asyncIterator]();
  }

  async readHandshake(): Promise<number> {
    for (;;) {
      const end = indexOfHeadEnd(this.#buffer);
      if (end >= 0) {
        const head = decoder.decode(this.#buffer.subarray(0, end));
        this.#buffer = this.#buffer.subarray(end + 4);
        return Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0);
      }
      if (!(await this.#pull())) return 0;
    }
  }

  async nextMessage(timeoutMs: number): Promise<string | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = this.#takeMessage();
      if (message !== undefined) return message;
      if (this.#ended || this.closeCode !== undefined) return undefined;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<"timeout">((
        resolve,
      ) => (timer = setTimeout(() => resolve("timeout"), remaining)));
      const pulled = await Promise.race([this.#pullOnce ??= this.#pull(), timeout]);
      clearTimeout(timer);
      if (pulled === "timeout") return undefined;
      this.#pullOnce = undefined;
      if (!pulled) this.#ended = true;
    }
  }

  /** A read still in flight after a timeout: the next call waits for it rather than reading twice. */
  #pullOnce: Promise<boolean> | undefined;

  /** Whole text messages from the buffer; control frames are handled on the way. */
  #takeMessage(): string | undefined {
    for (;;) {
      const frame = parseFrame(this.#buffer);
      if (frame === undefined) return undefined;
      this.#buffer = this.#buffer.subarray(frame.size);
      if (frame.opcode === 8) {
        this.closeCode = frame.payload.byteLength >= 2
          ? new DataView(frame.payload.buffer).getUint16(0)
          : 1005;
        return undefined;
      }
      if (frame.opcode === 9) {
        void writeFrame(this.#connection, 10, frame.payload).catch(() => {});
        continue;
      }
      if (frame.opcode === 10) continue;
      this.#fragments.push(frame.payload);
      if (!frame.fin) continue;
      const whole = concat(this.#fragments);
      this.#fragments = [];
      return decoder.decode(whole);
    }
  }

  async #pull(): Promise<boolean> {
    const { done, value } = await this.#chunks.next();
    if (done) return false;
    this.#buffer = concat([this.#buffer, value]);
    return true;
  }
}

interface Frame {
  fin: boolean;
  opcode: number;
  payload: Uint8Array;
  size: number;
}

/** One server frame (unmasked) from the start of `bytes`, or undefined when it has not fully arrived. */
function parseFrame(bytes: Uint8Array): Frame | undefined {
  if (bytes.byteLength < 2) return undefined;
  const first = bytes[0] ?? 0;
  const second = bytes[1] ?? 0;
  let length = second & 0x7f;
  let offset = 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (length === 126) {
    if (bytes.byteLength < 4) return undefined;
    length = view.getUint16(2);
    offset = 4;
  } else if (length === 127) {
    if (bytes.byteLength < 10) return undefined;
    length = Number(view.getBigUint64(2));
    offset = 10;
  }
  if (bytes.byteLength < offset + length) return undefined;
  return {
    fin: (first & 0x80) !== 0,
    opcode: first & 0x0f,
    payload: bytes.slice(offset, offset + length),
    size: offset + length,
  };
}

function indexOfHeadEnd(bytes: Uint8Array): number {
  for (let index = 0; index + 3 < bytes.byteLength; index++) {
    if (
      bytes[index] === 13 && bytes[index + 1] === 10 && bytes[index + 2] === 13 && bytes[index + 3] === 10
    ) {
      return index;
    }
  }
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const whole = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}
