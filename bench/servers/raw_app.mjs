// The "package start" figure's baseline: the raw receiver (plain node:http and `ws`, as in
// baseline_server.ts) as a JavaScript file started with plain `node` or `deno run`, printing one line
// once it listens.
import { createServer } from "node:http";
import { WebSocketServer } from "ws";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Receiver Page</title></head>
<body><h1>Receiver</h1><p>Received Data: <span id="value"></span></p>
<script>
const out = document.getElementById("value");
const socket = new WebSocket("ws://" + location.host + "/ws");
socket.onmessage = (event) => { out.textContent = String(JSON.parse(event.data).values.receivedData); };
</script></body></html>`;

const http = createServer((request, response) => {
  if (request.url !== "/") return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
});
const sockets = new WebSocketServer({ server: http, path: "/ws" });
sockets.on("connection", (socket) => socket.send(JSON.stringify({ type: "patch", seq: 1, values: { receivedData: 0 } })));
http.listen(0, "127.0.0.1", () => {
  const address = http.address();
  console.log(`@listening http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/`);
});
