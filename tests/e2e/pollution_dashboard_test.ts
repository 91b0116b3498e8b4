import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { type Dashboard, startDashboard } from "../../examples/pollution_sensors/receiver.ts";
import { startSensorSender } from "../../examples/pollution_sensors/sender.ts";
import { GRID_COLUMNS, GRID_ROWS } from "../../examples/pollution_sensors/simulation.ts";
import { launchBrowser } from "./browser.ts";
import { openTab, waitForText } from "./open_tab.ts";

const READINGS = GRID_ROWS * GRID_COLUMNS;

let browser: Browser;
let dashboard: Dashboard;

test.before(async () => {
  browser = await launchBrowser();
  dashboard = await startDashboard({ port: 0, tcpPort: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await dashboard.stop();
});

/** The pollution map's data as the tab holds it: the readings, or a summary when there are many. */
type FieldValue = { length?: number; pollution?: number[] } | undefined;

/** The value the tab holds for the `data` property of the element with this id. */
function dataOf(tab: Page, elementId: string): Promise<unknown> {
  return tab.evaluate((id) => {
    const descriptor = JSON.parse(document.getElementById("tapir-page")?.textContent ?? "{}") as {
      elements: { props: Record<string, unknown>; bindings: Record<string, string> }[];
    };
    const key = descriptor.elements.find((element) => element.props.id === id)?.bindings.data ?? "";
    const store = (window as unknown as { __tapir: { store: { peek(key: string): unknown } } }).__tapir.store;
    return store.peek(key);
  }, elementId);
}

const fieldValue = (tab: Page) => dataOf(tab, "field") as Promise<FieldValue>;

async function fieldSize(tab: Page): Promise<number> {
  const value = await fieldValue(tab);
  return value?.pollution?.length ?? value?.length ?? -1;
}

test("every tab sees every tick: field, indicators, drone table and the live history", async () => {
  const first = await openTab(browser, dashboard.gui.url);
  const second = await openTab(browser, dashboard.gui.url);
  await startSensorSender({ tcpPort: dashboard.tcp.port, interval: 0.05, count: 3, quiet: true }).done;
  for (const tab of [first, second]) {
    await waitForText(tab, "tp-text", "3");
    assert.is(await fieldSize(tab), READINGS);
    await tab.waitForFunction(() => document.querySelectorAll("#drones tbody tr").length === 10);
    assert.match(await tab.locator("#max-aqi").innerText(), /\d+\.\d/);
    assert.is(((await dataOf(tab, "history")) as unknown[]).length, 3);
  }
  await Promise.all([first.close(), second.close()]);
});

test("a tab opened late sees the current picture at once", async () => {
  const late = await openTab(browser, dashboard.gui.url);
  await waitForText(late, "tp-text", "3");
  assert.is(await fieldSize(late), READINGS);
  await late.close();
});

test("a tab's threshold slider changes only what that tab shows", async () => {
  const mine = await openTab(browser, dashboard.gui.url);
  const other = await openTab(browser, dashboard.gui.url);
  await mine.locator("#threshold input[type=range]").evaluate((input: HTMLInputElement) => {
    input.value = "100";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const deadline = Date.now() + 10_000;
  let shown = await fieldValue(mine);
  while (!(shown?.pollution !== undefined && shown.pollution.every((reading) => reading >= 100))) {
    if (Date.now() > deadline) assert.unreachable(`the tab's field was not filtered: ${JSON.stringify(shown)}`);
    await mine.waitForTimeout(50);
    shown = await fieldValue(mine);
  }
  assert.ok((await fieldSize(mine)) < READINGS);
  await startSensorSender({ tcpPort: dashboard.tcp.port, interval: 0.05, count: 1, quiet: true, seed: 2 }).done;
  await waitForText(other, "tp-text", "4");
  assert.is(await fieldSize(other), READINGS, "the other tab still shows every reading");
  await Promise.all([mine.close(), other.close()]);
});

test("a sender that stops and comes back, or a second sender, keeps the dashboard going", async () => {
  const tab = await openTab(browser, dashboard.gui.url);
  await waitForText(tab, "tp-text", "4");
  const [a, b] = [
    startSensorSender({ tcpPort: dashboard.tcp.port, interval: 0.05, count: 2, quiet: true, seed: 3 }),
    startSensorSender({ tcpPort: dashboard.tcp.port, interval: 0.05, count: 2, quiet: true, seed: 4 }),
  ];
  await Promise.all([a.done, b.done]);
  await waitForText(tab, "tp-text", "8");
  await tab.close();
});

test.run();
