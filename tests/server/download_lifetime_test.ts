/**
 * A download link is a capability: `download()` gives one fetch within a minute, and every link (those of
 * file_download elements too) stops answering as soon as its state is freed, not whenever the garbage
 * collector runs.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Hono } from "hono";
import { download, Gui, type State } from "../../mod.ts";
import { DownloadRegistry } from "../../gui/files/download_registry.ts";
import { downloadHandler } from "../../gui/server/download_route.ts";
import { startTestGui } from "../../gui/testing.ts";
import { eventually } from "../helpers/test_client.ts";

test("a one-use token answers one fetch; a token with a lifetime stops answering when it is over", async () => {
  let now = 0;
  const registry = new DownloadRegistry(() => now);
  const app = new Hono().get("/d/:token/:name?", downloadHandler(registry));
  const owner = {};
  const once = registry.register(owner, {}, new Uint8Array([1]), "application/octet-stream", undefined, {
    once: true,
  });
  assert.is((await app.request(`/d/${once}/a.bin`)).status, 200);
  assert.is((await app.request(`/d/${once}/a.bin`)).status, 404, "the second fetch");

  const timed = registry.register(owner, {}, new Uint8Array([2]), "text/plain", undefined, {
    lifetimeMs: 60_000,
  });
  now = 59_999;
  assert.is((await app.request(`/d/${timed}`)).status, 200);
  now = 60_000;
  assert.is((await app.request(`/d/${timed}`)).status, 404, "after its lifetime");
  assert.is(registry.size, 0, "expired and used tokens are dropped");

  const kept = registry.register(owner, {}, new Uint8Array([3]), "text/plain");
  registry.releaseOwner(owner);
  assert.is((await app.request(`/d/${kept}`)).status, 404, "released with its owner");
});

type AppState = { report: Uint8Array };

test("download() links answer once, and every link of a state dies with the state", async () => {
  const gui = new Gui<AppState>({
    page: "<|{report}|file_download|name=report.bin|>",
    state: { report: new Uint8Array([4, 5, 6]) },
    stateRetention: 50,
  });
  const app = await startTestGui(gui);
  const base = app.url.replace(/\/$/, "");
  const status = async (url: string) => {
    const response = await fetch(base + url);
    await response.body?.cancel();
    return response.status;
  };
  try {
    const client = await app.connect();
    const state: State<AppState> = app.state(client);
    download(state, "a,b", "first.csv");
    download(state, "c,d", "second.csv");
    await client.settled();
    const [first, second] = client.downloads;
    assert.is(await status(`${first?.url}/first.csv`), 200);
    assert.is(await status(`${first?.url}/first.csv`), 404, "a download() link is used up by its fetch");

    const element = client.value(Object.keys(client.values)[0] ?? "") as { url: string };
    assert.is(await status(element.url), 200);
    assert.is(await status(element.url), 200, "the element's link answers each press while its state lives");

    const stateId = client.stateId;
    await client.close();
    await eventually(() => !gui.stateIds().includes(stateId), "the state to expire");
    assert.is(
      await status(`${second?.url}/second.csv`),
      404,
      "an unused download() link died with its state",
    );
    assert.is(await status(element.url), 404, "the element's link died with its state");
  } finally {
    await app.stop();
  }
});

test.run();
