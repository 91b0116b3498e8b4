/**
 * A WebSocket client for tests on every runtime: the one the testing API uses (see
 * gui/runtime/web_socket_client.ts).
 *
 * @module
 */
export {
  type ClientWebSocket,
  openWebSocket,
  type QueuedWebSocket as TestWebSocket,
} from "../../gui/runtime/web_socket_client.ts";
