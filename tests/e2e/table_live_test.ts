/**
 * The table in headless Chromium, with data that changes: edits through on_edit / on_add / on_delete, rows
 * appended by a live feed (fetched alone, counted in the WebSocket frames), and virtual scrolling over
 * 200,000 rows with auto_loading.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { stateIdOf, waitUntilConnected } from "./open_tab.ts";

type Item = { name: string; qty: number };
type AppState = {
  items: Item[];
  feed: { n: number; label: string }[];
  big: { n: number[]; label: string[] };
};

const page = `
<|{items}|table|id=items|editable|editable[name]=false|on_edit=edit|on_add=add|on_delete=remove|>

<|{feed}|table|id=feed|page_size=10|>

<|{big}|table|id=big|auto_loading|height=300px|>
`;

const BIG = 200_000;

let browser: Browser;
let gui: Gui<AppState>;
const edits: unknown[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: {
      items: [{ name: "apple", qty: 3 }, { name: "pear", qty: 5 }],
      feed: [{ n: 1, label: "one" }, { n: 2, label: "two" }, { n: 3, label: "three" }],
      big: {
        n: Array.from({ length: BIG }, (_, i) => i),
        label: Array.from({ length: BIG }, (_, i) => `row ${i}`),
      },
    },
    functions: {
      edit: (
        state: State<AppState>,
        _id: string,
        payload: { index: number; col: string; value: unknown },
      ) => {
        edits.push(payload);
        state.items = state.items.map((
          item,
          i,
        ) => (i === payload.index ? { ...item, [payload.col]: payload.value } : item));
      },
      add: (state: State<AppState>) => void (state.items = [...state.items, { name: "new", qty: 0 }]),
      remove: (state: State<AppState>, _id: string, payload: { index: number }) =>
        void (state.items = state.items.filter((_, i) => i !== payload.index)),
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

type SentRequest = { element: number; query: Record<string, unknown> };

/** Opens the page, recording the request frames the tab sends. */
async function openPage(): Promise<{ tab: Page; sent: SentRequest[] }> {
  const tab = await browser.newPage();
  const sent: SentRequest[] = [];
  tab.on("websocket", (socket) =>
    socket.on("framesent", ({ payload }) => {
      const message = JSON.parse(String(payload)) as SentRequest & { type: string };
      if (message.type === "request") sent.push({ element: message.element, query: message.query });
    }));
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
  await tab.waitForSelector("#items tbody tr");
  return { tab, sent };
}

const cellTexts = (tab: Page, table: string, column: number) =>
  tab.locator(`#${table} tbody tr td:nth-child(${column})`).allInnerTexts();

test("edits, adds and deletes reach the State through on_edit, on_add and on_delete", async () => {
  const { tab } = await openPage();
  await tab.waitForSelector("#items tbody tr");
  assert.is(await tab.locator("#items td[data-col=name] .tp-table-edit").count(), 0, "editable[name]=false");
  await tab.locator("#items tbody tr").first().getByRole("button", { name: /^Edit qty/ }).click();
  const input = tab.getByLabel("New value of qty");
  await input.fill("42");
  await input.press("Enter");
  await tab.waitForFunction(() =>
    document.querySelector("#items tbody tr td[data-col=qty]")?.textContent?.includes("42")
  );
  assert.equal(edits.at(-1), { index: 0, col: "qty", value: 42, user_value: "42" });
  await tab.getByRole("button", { name: "Add row" }).click();
  await tab.waitForFunction(() => document.querySelectorAll("#items tbody tr").length === 3);
  await tab.locator("#items").getByRole("button", { name: "Delete row 1" }).click();
  await tab.waitForFunction(() => document.querySelectorAll("#items tbody tr").length === 2);
  assert.equal(await cellTexts(tab, "items", 1), ["pear", "new"]);
  await tab.close();
});

test("rows appended by a live feed show up without refetching the page", async () => {
  const { tab, sent } = await openPage();
  await tab.waitForFunction(() => document.querySelectorAll("#feed tbody tr").length === 3);
  const feed = Number(await tab.locator("#feed").getAttribute("data-tp"));
  const before = sent.length;
  const stateId = await stateIdOf(tab);
  await invokeCallback(
    gui,
    stateId,
    (state) => void (state.feed = [...state.feed, { n: 4, label: "four" }]),
    [],
  );
  await tab.waitForFunction(() => document.querySelectorAll("#feed tbody tr").length === 4);
  assert.equal(await cellTexts(tab, "feed", 2), ["one", "two", "three", "four"]);
  const requests = sent.slice(before).filter((request) => request.element === feed);
  assert.equal(requests.map((request) => [request.query.start, request.query.count]), [[3, 1]]);
  await tab.close();
});

test("auto_loading keeps few rows in the DOM and shows the right rows in the middle", async () => {
  const { tab } = await openPage();
  // The virtualizer renders the rows of the part of the table that is on screen.
  await tab.locator("#big").scrollIntoViewIfNeeded();
  await tab.waitForFunction(() => document.querySelector("#big tbody tr td")?.textContent === "0");
  assert.is(await tab.locator("#big table").getAttribute("aria-rowcount"), String(BIG + 1));
  const rendered = await tab.locator("#big tbody tr").count();
  assert.ok(rendered > 5 && rendered < 200, `${rendered} rows in the DOM`);
  await tab.locator("#big tbody").evaluate((body) => (body.scrollTop = body.scrollHeight / 2));
  await tab.waitForFunction(() => {
    const rows = [...document.querySelectorAll("#big tbody tr[data-index]")];
    return rows.some((row) => Number(row.getAttribute("data-index")) > 90_000);
  });
  const rows = await tab.locator("#big tbody tr[data-index]").evaluateAll((elements) =>
    elements.map((
      row,
    ) => [
      row.getAttribute("aria-rowindex"),
      row.querySelector("td")?.textContent,
      row.querySelectorAll("td")[1]?.textContent,
    ])
  );
  for (const [rowIndex, n, label] of rows) {
    assert.is(Number(n), Number(rowIndex) - 2);
    assert.is(label, `row ${n}`);
  }
  assert.ok((await tab.locator("#big tbody tr").count()) < 200);
  await tab.close();
});

test.run();
