/**
 * The raw baseline: the realtime tutorial's receiver written with no framework. A TCP listener takes
 * numbers one per line and forwards each over one plain WebSocket (`ws`) per page to a minimal HTML page
 * whose script writes it into the DOM with `textContent`. It sends the same JSON text Tapir sends (a patch
 * with the value under its key), so both move the same bytes, and answers the same commands as
 * `tapir_server.ts`.
 *
 *   node --import tsx bench/servers/baseline_server.ts
 */
import { createServer as createHttpServer } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import { epochNow } from "../support/clock.ts";
import {
  collectGarbage,
  cpuMilliseconds,
  heapUsedBytes,
  numberParam,
  residentBytes,
  serveCommands,
} from "../support/child_endpoint.ts";
import { loadWs } from "../support/ws_module.ts";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Receiver Page</title></head>
<body><h1>Receiver</h1><p>Received Data: <span id="value"></span></p>
<script>
const out = document.getElementById("value");
const socket = new WebSocket("ws://" + location.host + "/ws");
socket.onmessage = (event) => { out.textContent = String(JSON.parse(event.data).values.receivedData); };
</script></body></html>`;

const { WebSocketServer } = await loadWs();
const http = createHttpServer((request, response) => {
  if (request.url !== "/") {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
});
const sockets = new WebSocketServer({ server: http, path: "/ws" });
let latest = 0;
let seq = 0;

const messageOf = (value: number) =>
  JSON.stringify({ type: "patch", seq: ++seq, values: { receivedData: value } });

/** Sends one value to every page: one JSON text, written to each socket. */
function deliver(value: number): void {
  latest = value;
  const message = messageOf(value);
  for (const client of sockets.clients) client.send(message);
}

// A page opened late shows the latest number at once.
sockets.on("connection", (socket) => socket.send(messageOf(latest)));

const tcpSockets = new Set<Socket>();
const tcp = createTcpServer((socket) => {
  tcpSockets.add(socket);
  socket.on("close", () => tcpSockets.delete(socket));
  socket.on("error", () => {});
  socket.setEncoding("utf8");
  let partial = "";
  socket.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const value = Number(line);
      if (line.trim() !== "" && Number.isFinite(value)) deliver(value);
    }
  });
});

const listen = (server: { listen(port: number, host: string, done: () => void): unknown }) =>
  new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
await Promise.all([listen(http), listen(tcp)]);
const listeningAt = epochNow();
const portOf = (address: unknown) =>
  typeof address === "object" && address !== null ? Number(Reflect.get(address, "port")) : 0;

serveCommands({
  invoke(params) {
    const t = epochNow();
    deliver(numberParam(params, "value", 0));
    return { t };
  },
  broadcast(params) {
    const t = epochNow();
    deliver(numberParam(params, "value", 0));
    return { t, took: epochNow() - t };
  },
  async burst(params) {
    const from = numberParam(params, "from", 1);
    const count = numberParam(params, "count", 1);
    const t = epochNow();
    // Awaited one by one, as Tapir's burst awaits each broadcast.
    for (let value = from; value < from + count; value++) await Promise.resolve(deliver(value));
    return { t, took: epochNow() - t };
  },
  stats(params) {
    if (params["gc"] === true) collectGarbage();
    return {
      cpuMs: cpuMilliseconds(),
      heap: heapUsedBytes(),
      rss: residentBytes(),
      states: sockets.clients.size,
    };
  },
}, {
  url: `http://127.0.0.1:${portOf(http.address())}/`,
  tcpPort: portOf(tcp.address()),
  processStart: performance.timeOrigin,
  listeningAt,
}, {
  cleanup: () =>
    new Promise<void>((resolve) => {
      for (const client of sockets.clients) client.terminate();
      for (const socket of tcpSockets) socket.destroy();
      sockets.close();
      tcp.close();
      http.close(() => resolve());
      http.closeAllConnections();
    }),
});
