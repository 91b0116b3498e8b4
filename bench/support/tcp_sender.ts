/** The sender of the realtime tutorial, as the benchmark drives it: numbers, one per line, over TCP. */
import { connect, type Socket } from "node:net";

/** An open connection to a receiver's TCP port. */
export interface TcpSender {
  /** Writes text at once (Nagle's delay is off, as for a sender that wants low latency). */
  write(text: string): void;
  close(): void;
}

/**
 * Connects to `127.0.0.1:port`.
 *
 * @example
 * ```ts
 * const sender = await connectSender(5050);
 * sender.write("42\n");
 * sender.close();
 * ```
 */
export function connectSender(port: number): Promise<TcpSender> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ port, host: "127.0.0.1" }, () => {
      socket.off("error", reject);
      socket.on("error", () => {});
      resolve({
        write: (text) => void socket.write(text),
        close: () => void socket.end(),
      });
    });
    socket.setNoDelay(true);
    socket.once("error", reject);
  });
}
