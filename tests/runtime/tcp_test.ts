import { test } from "uvu";
import * as assert from "uvu/assert";
import { connectTcp, listenTcp, type TcpConnection } from "../../gui/runtime/mod.ts";

const local = { port: 0, hostname: "127.0.0.1" };
const decoder = new TextDecoder();

/** Reads a connection to its end and returns everything as text. */
async function readAll(connection: TcpConnection): Promise<string> {
  let text = "";
  for await (const chunk of connection.readable) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

test("listenTcp() on port 0 reports the bound port", async () => {
  const listener = await listenTcp(local, (connection) => connection.close());
  try {
    assert.ok(listener.port > 0);
    assert.is(listener.hostname, "127.0.0.1");
  } finally {
    await listener.close();
  }
});

test("connectTcp() sends several chunks and reads the reply until the server closes", async () => {
  const remoteAddresses: string[] = [];
  const listener = await listenTcp(local, async (connection) => {
    remoteAddresses.push(connection.remoteAddress);
    let line = "";
    for await (const chunk of connection.readable) {
      line += decoder.decode(chunk);
      if (line.endsWith("\n")) break;
    }
    await connection.write(line.toUpperCase());
    await connection.write(new TextEncoder().encode("bye"));
    connection.close();
  });
  try {
    const client = await connectTcp({ port: listener.port, hostname: "127.0.0.1" });
    await client.write("alpha,");
    await client.write(new TextEncoder().encode("beta,"));
    await client.write("gamma\n");
    assert.is(await readAll(client), "ALPHA,BETA,GAMMA\nbye");
    client.close();
    assert.equal(remoteAddresses, ["127.0.0.1"]);
  } finally {
    await listener.close();
  }
});

test("TcpConnection.close() on the client ends the server's stream after all data", async () => {
  let resolveText: (text: string) => void = () => {};
  const serverText = new Promise<string>((resolve) => (resolveText = resolve));
  const listener = await listenTcp(local, (connection) => void readAll(connection).then(resolveText));
  try {
    const client = await connectTcp({ port: listener.port, hostname: "127.0.0.1" });
    const chunks = Array.from({ length: 50 }, (_, index) => `chunk ${index};`);
    for (const chunk of chunks) await client.write(chunk);
    client.close();
    client.close(); // a second close is harmless
    assert.is(await serverText, chunks.join(""));
  } finally {
    await listener.close();
  }
});

test("TcpListener.close() closes the connections it accepted and frees the port", async () => {
  const listener = await listenTcp(local, () => {});
  const client = await connectTcp({ port: listener.port, hostname: "127.0.0.1" });
  const clientText = readAll(client);
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the server accept it
  await listener.close();
  assert.is(await clientText, "");
  client.close();
  const again = await listenTcp({ port: listener.port, hostname: "127.0.0.1" }, () => {});
  assert.is(again.port, listener.port);
  await again.close();
});

test("connectTcp() rejects when nothing listens on the port", async () => {
  const listener = await listenTcp(local, () => {});
  const port = listener.port;
  await listener.close();
  let failed = false;
  try {
    (await connectTcp({ port, hostname: "127.0.0.1" })).close();
  } catch {
    failed = true;
  }
  assert.ok(failed, "connecting to a closed port should fail");
});

test.run();
