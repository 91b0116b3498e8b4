/**
 * A multipart bomb (a body within the size limit made of very many tiny parts) is refused at its limit,
 * and parsing a big body never keeps the other clients waiting until it is done.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Hono } from "hono";
import { Gui } from "../../mod.ts";
import { UPLOAD_HEADERS, UPLOAD_PATH } from "../../gui/protocol/file_transfer.ts";
import { serveApp } from "../../gui/runtime/mod.ts";
import { readMultipartUpload, UploadRefusal } from "../../gui/server/read_multipart_upload.ts";
import { startTestGui } from "../../gui/testing.ts";

const BOUNDARY = "----tapir-test-boundary";

/** A multipart body of `count` parts named `name`, each a file (when `file`) or a field of `size` bytes. */
function manyParts(count: number, options: { name: string; file: boolean; size: number }): Uint8Array {
  const disposition = `form-data; name="${options.name}"${options.file ? '; filename="p.txt"' : ""}`;
  const part = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n${"x".repeat(options.size)}\r\n`;
  return new TextEncoder().encode(part.repeat(count) + `--${BOUNDARY}--\r\n`);
}

const contentType = `multipart/form-data; boundary=${BOUNDARY}`;

test("an upload of too many parts, fields or files is refused with 413 naming the limit, and nothing is stored", async () => {
  const app = await startTestGui(
    new Gui({
      page: "<|{files}|file_selector|extensions=*|multiple|>",
      state: { files: null as unknown },
      limits: { maxUploadParts: 50, maxUploadFields: 5 },
    }),
  );
  try {
    const client = await app.connect();
    const post = async (body: Uint8Array) => {
      const response = await fetch(app.url.replace(/\/$/, "") + UPLOAD_PATH, {
        method: "POST",
        body: body as Uint8Array<ArrayBuffer>,
        headers: {
          "content-type": contentType,
          origin: app.url.replace(/\/$/, ""),
          [UPLOAD_HEADERS.stateId]: client.ticket.stateId,
          [UPLOAD_HEADERS.secret]: client.ticket.secret,
          [UPLOAD_HEADERS.element]: "0",
        },
      });
      return { status: response.status, body: await response.json() as { ok: boolean; error?: string } };
    };
    const bomb = await post(manyParts(100_000, { name: "other", file: true, size: 1 }));
    assert.is(bomb.status, 413);
    assert.match(bomb.body.error ?? "", /more than 50 parts \(limits\.maxUploadParts\)/);
    const fields = await post(manyParts(6, { name: "field", file: false, size: 1 }));
    assert.is(fields.status, 413);
    assert.match(fields.body.error ?? "", /more than 5 fields \(limits\.maxUploadFields\)/);
    const files = await post(manyParts(11, { name: "file", file: true, size: 1 }));
    assert.is(files.status, 413);
    assert.match(files.body.error ?? "", /at most 10 file\(s\)/);
    assert.is(app.state(client).files, null);
    const good = await post(manyParts(2, { name: "file", file: true, size: 3 }));
    assert.is(good.status, 200);
    assert.is((app.state(client).files as unknown[]).length, 2);
  } finally {
    await app.stop();
  }
});

test("readMultipartUpload() gives other connections their turn while it parses a big many-part body", async () => {
  // A body that is all there at once is read in microtasks only: without turns given back, a request of
  // another client (network I/O) would wait until the whole body is parsed.
  const body = manyParts(8_000, { name: "field", file: false, size: 4096 });
  const request = new Request("http://tapir.test/upload", {
    method: "POST",
    body: body as Uint8Array<ArrayBuffer>,
    headers: { "content-type": contentType },
  });
  const server = await serveApp(() => new Hono().get("/ping", (c) => c.text("pong")), {
    port: 0,
    hostname: "127.0.0.1",
  });
  try {
    const order: string[] = [];
    const ping = fetch(`http://127.0.0.1:${server.port}/ping`).then(async (response) => {
      await response.text();
      order.push("other client answered");
    });
    const parsed = readMultipartUpload(request, {
      maxFileSize: 1 << 20,
      maxTotalSize: 64 << 20,
      maxFiles: 10,
      maxParts: 100_000,
      maxFields: 100_000,
    }).then((files) => {
      assert.is(files.length, 0);
      order.push("upload parsed");
    });
    await Promise.all([ping, parsed]);
    assert.equal(order, ["other client answered", "upload parsed"]);
  } finally {
    await server.close();
  }
});

test("readMultipartUpload() refuses a body that is not multipart, or not well-formed", async () => {
  const limits = { maxFileSize: 1024, maxTotalSize: 4096, maxFiles: 2, maxParts: 10, maxFields: 10 };
  const post = (body: string, type: string) =>
    readMultipartUpload(
      new Request("http://x/", { method: "POST", body, headers: { "content-type": type } }),
      limits,
    );
  for (const [body, type] of [["a", "multipart/form-data"], [`--${BOUNDARY}\r\nbroken`, contentType]]) {
    try {
      await post(body ?? "", type ?? "");
      assert.unreachable("refused");
    } catch (error) {
      assert.instance(error, UploadRefusal);
      assert.is((error as UploadRefusal).status, 400);
    }
  }
  const big = new Request("http://x/", {
    method: "POST",
    body: "x",
    headers: { "content-type": contentType, "content-length": String(1 << 30) },
  });
  await readMultipartUpload(big, limits).then(
    () => assert.unreachable("refused"),
    (error: unknown) => assert.is((error as UploadRefusal).status, 413),
  );
});

test("readMultipartUpload() stops reading a body that grows past its limit without declaring its size", async () => {
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(
        new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"\r\n\r\n`),
      );
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const request = new Request("http://x/", {
    method: "POST",
    body: endless,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);
  const limits = { maxFileSize: 1 << 30, maxTotalSize: 256 * 1024, maxFiles: 2, maxParts: 10, maxFields: 10 };
  await readMultipartUpload(request, limits).then(
    () => assert.unreachable("refused"),
    (error: unknown) => {
      assert.is((error as UploadRefusal).status, 413);
      assert.match((error as UploadRefusal).message, /exceeds 256 kB/);
    },
  );
  assert.ok(pulled < 20, `read ${pulled} chunks of an endless body`);
});

test.run();
