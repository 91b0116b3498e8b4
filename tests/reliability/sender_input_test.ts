/**
 * What senders write into the examples' TCP receivers, at its worst: garbage, partial lines, a number split
 * across writes, a sender that vanishes mid-line, a line that never ends, a tick too large to spread, and a
 * thousand senders at once (loopback only, bounded). The receiver skips what is not data, keeps what is,
 * and goes on serving.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { connectTcp, type TcpConnection } from "../../gui/runtime/mod.ts";
import { startReceiver } from "../../examples/receiver.ts";
import { startDashboard } from "../../examples/pollution_sensors/receiver.ts";
import { encodeTick, TickReader } from "../../examples/pollution_sensors/tick_framing.ts";
import { connectClient, delay, eventually } from "../helpers/test_client.ts";

const send = (port: number) => connectTcp({ hostname: "127.0.0.1", port });

/** Starts the number receiver with a tab open, and gives a way to wait for what the tab shows. */
async function receiverWithTab() {
  const receiver = await startReceiver({ port: 0, tcpPort: 0, quiet: true });
  const tab = await connectClient(receiver.gui.url);
  const shows = (value: number) =>
    eventually(() => tab.values["receivedData"] === value, `the tab to show ${value}`);
  return { receiver, tab, shows, tcpPort: receiver.tcp.port };
}

test("the receiver skips garbage and binary noise and keeps reading numbers", async () => {
  const { receiver, tab, shows, tcpPort } = await receiverWithTab();
  try {
    const sender = await send(tcpPort);
    await sender.write("hello\nNaN\n--3\n12\n");
    await shows(12);
    await sender.write(new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]));
    await sender.write("1e999\n0x10\n13\n");
    await shows(13);
    sender.close();
  } finally {
    await tab.close();
    await receiver.stop();
  }
});

test("the receiver joins a number split across writes and bounds a line that never ends", async () => {
  const { receiver, tab, shows, tcpPort } = await receiverWithTab();
  try {
    const sender = await send(tcpPort);
    await sender.write("4");
    await sender.write("2");
    await sender.write("\n");
    await shows(42);
    await sender.write("7".repeat(1 << 20));
    await sender.write("\n21\n");
    await shows(21);
    sender.close();
  } finally {
    await tab.close();
    await receiver.stop();
  }
});

test("a sender that vanishes mid-line delivers what it had sent; the next sender is read", async () => {
  const { receiver, tab, shows, tcpPort } = await receiverWithTab();
  try {
    const first = await send(tcpPort);
    await first.write("1\n9");
    first.close();
    await shows(9);
    const second = await send(tcpPort);
    await second.write("10\n");
    await shows(10);
    second.close();
  } finally {
    await tab.close();
    await receiver.stop();
  }
});

test("a thousand senders connecting at once are all read, and the receiver still answers", async () => {
  const lines: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  const receiver = await startReceiver({ port: 0, tcpPort: 0 });
  try {
    const tab = await connectClient(receiver.gui.url);
    const count = 1000;
    const senders: TcpConnection[] = [];
    // Connect in waves of 250 so that the listen backlog is never the bottleneck of the test.
    for (let wave = 0; wave < count; wave += 250) {
      senders.push(...await Promise.all(Array.from({ length: 250 }, () => send(receiver.tcp.port))));
    }
    await Promise.all(senders.map((sender, index) => sender.write(`${1000 + index}\n`)));
    const received = () => new Set(lines.filter((line) => line.startsWith("Data received: ")));
    await eventually(() => received().size === count, "every sender's number", 15_000);
    for (const sender of senders) sender.close();
    const last = await send(receiver.tcp.port);
    await last.write("424242\n");
    await eventually(() => tab.values["receivedData"] === 424242, "a number after the crowd left");
    last.close();
    await tab.close();
  } finally {
    console.log = original;
    await receiver.stop();
  }
});

test("TickReader joins split ticks, separates packed ones, skips bad lines and recovers from a huge one", () => {
  const ticks: unknown[] = [];
  const bad: string[] = [];
  const reader = new TickReader<{ n: number }>({
    accept: (
      value,
    ) => (typeof value === "object" && value !== null && "n" in value ? value as { n: number } : undefined),
    onTick: (tick) => ticks.push(tick.n),
    onBadLine: (reason) => bad.push(reason),
    maxLineBytes: 1024,
  });
  const bytes = (text: string) => new TextEncoder().encode(text);
  const line = encodeTick({ n: 1 });
  reader.push(bytes(line.slice(0, 3)));
  reader.push(bytes(line.slice(3) + encodeTick({ n: 2 }) + encodeTick({ n: 3 })));
  reader.push(bytes('not json\n[1,2]\n\n{"n":4}\n'));
  reader.push(bytes("x".repeat(2000)));
  reader.push(bytes("still the same line\n" + encodeTick({ n: 5 })));
  // A multi-byte character split across reads stays whole.
  const accented = bytes(encodeTick({ n: 6, name: "é" }));
  reader.push(accented.slice(0, 12));
  reader.push(accented.slice(12));
  reader.push(bytes('{"n": 7'));
  assert.equal(ticks, [1, 2, 3, 4, 5, 6], "a line cut off by a vanished sender is never a tick");
  assert.equal(bad, [
    "a line that is not JSON was skipped",
    "a line that is not a tick was skipped",
    "a line longer than the limit was dropped",
  ]);
});

test("the dashboard survives a tick too large to spread into Math.max and shows the next one", async () => {
  const dashboard = await startDashboard({ port: 0, tcpPort: 0, quiet: true });
  try {
    const tab = await connectClient(dashboard.gui.url);
    const sensors = await send(dashboard.tcp.port);
    const tick = (readings: number[], value: number) => ({
      tick: 1,
      time: new Date(0).toISOString(),
      lat: readings.map(() => 48.8),
      lon: readings.map(() => 2.2),
      pollution: readings.map(() => value),
      drones: [],
    });
    // 300,000 arguments overflow the stack of Math.max(...values) on V8.
    await sensors.write(encodeTick(tick(new Array<number>(300_000).fill(0), 50)));
    await sensors.write("garbage\n" + encodeTick({ tick: "not a tick" }));
    await sensors.write(encodeTick(tick([1, 2, 3], 77)));
    await eventually(() => tab.values["maxAqi"] === 77, "the next tick's maximum", 10_000);
    sensors.close();
    await delay(20);
    await tab.close();
  } finally {
    await dashboard.stop();
  }
});

test.run();
