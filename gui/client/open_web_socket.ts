/**
 * The socket as the connection sees it, so that tests can hand it a fake one.
 */

/** The two things the connection does to a socket. A browser `WebSocket` qualifies. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
}

/** Socket events, passed to {@linkcode SocketOpener}. */
export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  /** Called once when the socket closes or fails. */
  onClose(): void;
}

/** Opens a socket to `url` and reports its events to `handlers`. */
export type SocketOpener = (url: string, handlers: SocketHandlers) => SocketLike;

/**
 * Opens a browser WebSocket.
 *
 * @example
 * ```ts
 * const socket = openWebSocket("wss://example.com/_tapir/ws", {
 *   onOpen: () => socket.send("hi"),
 *   onMessage: (data) => console.log(data),
 *   onClose: () => console.log("closed"),
 * });
 * ```
 */
export function openWebSocket(url: string, handlers: SocketHandlers): SocketLike {
  const socket = new WebSocket(url);
  socket.onopen = () => handlers.onOpen();
  socket.onmessage = (event) => handlers.onMessage(event.data);
  // "error" is always followed by "close", so close alone drives reconnection.
  socket.onclose = () => handlers.onClose();
  return socket;
}

