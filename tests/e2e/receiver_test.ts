import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { startReceiver } from "../../examples/receiver.ts";
import { startSender } from "../../examples/sender.ts";
import { spawnProcess } from "../../gui/runtime/mod.ts";
import { eventually } from "../helpers/test_client.ts";
import { useBrowser } from "./open_tab.ts";

const browser = useBrowser();

async function openReceiver(url: string): Promise<Page> {
  const tab = await browser().newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => document.querySelector("tp-text")?.textContent === "0");
  return tab;
}

const shows = (tab: Page, value: string) =>
  tab.waitForFunction((expected) => document.querySelector("tp-text")?.textContent === expected, value);

test("every open tab shows what the sender sends", async () => {
  const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true });
  try {
    const first = await openReceiver(receiver.gui.url);
    const second = await openReceiver(receiver.gui.url);
    const numbers = [11, 22, 33];
    await startSender({ tcpPort: receiver.tcp.port, interval: 0.05, count: 3, quiet: true, next: () => numbers.shift() ?? 0 }).done;
    await shows(first, "33");
    await shows(second, "33");
    const late = await browser().newPage();
    await late.goto(receiver.gui.url);
    await shows(late, "33");
    await Promise.all([first.close(), second.close(), late.close()]);
  } finally {
    await receiver.stop();
  }
});

test("several senders at once, garbage skipped, and a sender that leaves and comes back", async () => {
  const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true });
  try {
    const tab = await openReceiver(receiver.gui.url);
    const a = startSender({ tcpPort: receiver.tcp.port, interval: 0.02, count: 5, quiet: true, next: () => 5 });
    const b = startSender({ tcpPort: receiver.tcp.port, interval: 0.02, count: 5, quiet: true, next: () => 5 });
    await Promise.all([a.done, b.done]);
    await shows(tab, "5");
    const { connectTcp } = await import("../../mod.ts");
    const raw = await connectTcp({ port: receiver.tcp.port, hostname: "127.0.0.1" });
    await raw.write("hello\n4");
    await raw.write("2\n");
    raw.close();
    await shows(tab, "42");
    await startSender({ tcpPort: receiver.tcp.port, count: 1, quiet: true, next: () => 64 }).done;
    await shows(tab, "64");
    await tab.close();
  } finally {
    await receiver.stop();
  }
});

test("closed tabs leave the receiver's list of state ids", async () => {
  const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true, stateRetention: 150 });
  try {
    const kept = await openReceiver(receiver.gui.url);
    const closed = await openReceiver(receiver.gui.url);
    assert.is(receiver.stateIds.length, 2);
    await closed.close();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await startSender({ tcpPort: receiver.tcp.port, count: 1, quiet: true, next: () => 9 }).done;
    await shows(kept, "9");
    await eventually(() => receiver.stateIds.length === 1, "the closed tab to leave the list");
    await kept.close();
  } finally {
    await receiver.stop();
  }
});

test("the tutorial's Python sender.py, unchanged, drives the receiver", async () => {
  // sender.py connects to the fixed port 5050, as in the tutorial; the wrapper sends it to a free port.
  const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true });
  const wrapper = new URL("../fixtures/tutorial_sender_on_port.py", import.meta.url).pathname;
  const python = spawnProcess("python3", [wrapper, String(receiver.tcp.port)]);
  try {
    const tab = await browser().newPage();
    await tab.goto(receiver.gui.url);
    await tab.waitForFunction(() => {
      const value = Number(document.querySelector("tp-text")?.textContent);
      return Number.isInteger(value) && value >= 1 && value <= 100;
    }, undefined, { timeout: 10_000 });
    await tab.close();
  } finally {
    python.kill();
    await python.exited;
    await receiver.stop();
  }
});

test.run();
