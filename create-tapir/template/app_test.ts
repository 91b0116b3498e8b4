/** Drives the app as a browser tab would, headless: `npm test` (or `deno task test`). */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { startTestGui } from "tapir/testing";
import { createApp, tick } from "./app.ts";

test("the slider sets the threshold and the status follows", async () => {
  const app = await startTestGui(createApp());
  try {
    const client = await app.connect("/");
    assert.is(client.text("reading"), "50");
    assert.is(client.text("status"), "Below the threshold");

    client.set("threshold", 20);
    // Resolves at once if the change has arrived already, else with the message that brings it.
    await client.waitFor(() => client.text("status") === "Above the threshold", 10_000);
    assert.is(app.state(client).threshold, 20);
  } finally {
    await app.stop();
  }
});

test("tick() moves the reading and appends it to the chart", async () => {
  const app = await startTestGui(createApp());
  try {
    const client = await app.connect("/");
    tick(app.state(client), 0);
    tick(app.state(client), 5);
    const expected = String(Math.round(50 + 40 * Math.sin(1)));
    await client.waitFor(() => client.text("reading") === expected, 10_000);
    assert.equal(app.state(client).history.map((point) => point.t), [0, 5]);
  } finally {
    await app.stop();
  }
});

test.run();
