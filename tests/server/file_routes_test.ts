import { test } from "uvu";
import * as assert from "uvu/assert";
import { Hono } from "hono";
import { DownloadRegistry } from "../../gui/files/download_registry.ts";
import { contentDisposition, downloadHandler } from "../../gui/server/download_route.ts";

test("contentDisposition() keeps any name: an ASCII fallback and the exact UTF-8 name", () => {
  assert.is(
    contentDisposition('résumé "1".pdf'),
    `attachment; filename="r_sum_ _1_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%221%22.pdf`,
  );
});

test("the download route serves a token's bytes as an attachment and answers 404 otherwise", async () => {
  const registry = new DownloadRegistry();
  const token = registry.register({}, {}, new Uint8Array([7, 8]), "application/octet-stream");
  const app = new Hono().get("/d/:token/:name?", downloadHandler(registry));
  const response = await app.request(`/d/${token}/../secret.txt`);
  assert.is(response.status, 404, "a name with folders is not a route");
  const served = await app.request(`/d/${token}/a%2F..%2Fb.bin`);
  assert.is(served.status, 200);
  assert.match(served.headers.get("content-disposition") ?? "", /filename="b\.bin"/);
  assert.is(served.headers.get("cache-control"), "no-store");
  assert.equal(new Uint8Array(await served.arrayBuffer()), new Uint8Array([7, 8]));
  assert.is((await app.request("/d/unknown/a.bin")).status, 404);
});

test.run();
