/**
 * The table in headless Chromium: paging, sorting, filtering, selection, row actions, class names computed
 * for visible rows only, and the CSV download. Edits, live appends and virtual scrolling are in
 * table_live_test.ts.
 */
import { readFile } from "node:fs/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { openTab, stateIdOf } from "./open_tab.ts";

type Person = { name: string; age: number; city: string };
type AppState = { people: Person[]; chosen: number[] };

const page = `
<|{people}|table|id=people|page_size=5|page_size_options=5;10|filter|downloadable|selected={chosen}|row_class_name=rowClass|cell_class_name[age]=ageClass|on_action=clicked|>
`;

const people: Person[] = Array.from({ length: 30 }, (_, i) => ({
  name: `P${i}`,
  age: 10 + ((i * 7) % 50),
  city: ["Paris", "Lyon", "Nice"][i % 3] ?? "",
}));

let browser: Browser;
let gui: Gui<AppState>;
let rowClassCalls = 0;
const actions: unknown[] = [];

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: { people, chosen: [] },
    functions: {
      rowClass: (_state: State<AppState>, _index: number, row: Person) => {
        rowClassCalls++;
        return row.age > 40 ? "old" : "";
      },
      ageClass: (_state: State<AppState>, value: number) => (value >= 55 ? "max" : ""),
      clicked: (_state: State<AppState>, _id: string, payload: unknown) => void actions.push(payload),
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

async function openPage(): Promise<{ tab: Page }> {
  const tab = await openTab(browser, gui.url);
  await tab.waitForSelector("#people tbody tr");
  return { tab };
}

const cellTexts = (tab: Page, table: string, column: number) =>
  tab.locator(`#${table} tbody tr td:nth-child(${column})`).allInnerTexts();

const waitForFirstCell = (tab: Page, table: string, text: string) =>
  tab.waitForFunction(
    ([id, expected]) => document.querySelector(`#${id} tbody tr td`)?.textContent?.trim() === expected,
    [table, text],
  );

test("a paged table shows one page and moves with the pager and the page size", async () => {
  const { tab } = await openPage();
  const errors = collectPageErrors(tab);
  assert.equal(await cellTexts(tab, "people", 1), ["P0", "P1", "P2", "P3", "P4"]);
  assert.is((await tab.locator("#people .tp-table-range").innerText()).trim(), "Rows 1–5 of 30");
  await tab.getByRole("button", { name: "Next page" }).first().click();
  await waitForFirstCell(tab, "people", "P5");
  await tab.getByRole("button", { name: "Last page" }).first().click();
  await waitForFirstCell(tab, "people", "P25");
  await tab.getByRole("button", { name: "Previous page" }).first().click();
  await waitForFirstCell(tab, "people", "P20");
  await tab.locator("#people .tp-table-size select").selectOption("10");
  await tab.waitForFunction(() => document.querySelectorAll("#people tbody tr").length === 10);
  assert.is(await tab.locator("#people thead th[scope=col]").count(), 3);
  assert.equal(errors, []);
  await tab.close();
});

test("clicking a header sorts on the server, ascending then descending, with aria-sort", async () => {
  const { tab } = await openPage();
  const header = tab.locator("#people th[data-col=age]");
  await header.getByRole("button").click();
  await tab.waitForFunction(() =>
    document.querySelector("#people th[data-col=age]")?.getAttribute("aria-sort") === "ascending"
  );
  await tab.waitForFunction(() =>
    document.querySelector("#people tbody tr td:nth-child(2)")?.textContent?.trim() === "10"
  );
  await header.getByRole("button").click();
  await tab.waitForFunction(() =>
    document.querySelector("#people tbody tr td:nth-child(2)")?.textContent?.trim() === "59"
  );
  assert.is(await header.getAttribute("aria-sort"), "descending");
  assert.ok((await tab.locator("#people tbody tr td.max").count()) > 0, "cell class names apply");
  assert.ok((await tab.locator("#people tbody tr.old").count()) > 0, "row class names apply");
  await tab.close();
});

test("a filter keeps matching rows and the pager counts them", async () => {
  const { tab } = await openPage();
  await tab.getByRole("button", { name: "Filters (0)" }).click();
  const form = tab.locator("#people .tp-table-filter-form");
  await form.getByLabel("Column").selectOption("city");
  await form.getByLabel("Condition").selectOption("==");
  await form.getByLabel("Value").fill("nice");
  await form.getByRole("button", { name: "Add filter" }).click();
  await tab.waitForFunction(() =>
    document.querySelector("#people .tp-table-range")?.textContent?.trim() === "Rows 1–5 of 10"
  );
  assert.equal(new Set(await cellTexts(tab, "people", 3)), new Set(["Nice"]));
  await tab.getByRole("button", { name: "Remove filter city == nice" }).click();
  await tab.waitForFunction(() =>
    document.querySelector("#people .tp-table-range")?.textContent?.trim() === "Rows 1–5 of 30"
  );
  await tab.close();
});

test("class names are computed for the visible rows only", async () => {
  rowClassCalls = 0;
  const { tab } = await openPage();
  assert.is(rowClassCalls, 5);
  await tab.getByRole("button", { name: "Next page" }).first().click();
  await waitForFirstCell(tab, "people", "P5");
  assert.is(rowClassCalls, 10);
  await tab.close();
});

test("clicking a row writes the selection back and runs on_action", async () => {
  const { tab } = await openPage();
  actions.length = 0;
  await tab.locator("#people tbody tr").nth(2).locator("td").nth(1).click();
  await tab.waitForFunction(() =>
    document.querySelector("#people tbody tr:nth-child(3)")?.getAttribute("aria-selected") === "true"
  );
  const stateId = await stateIdOf(tab);
  const read = () => invokeCallback(gui, stateId, (state) => [...state.chosen], []);
  for (let tries = 0; tries < 50 && (await read()).length === 0; tries++) await tab.waitForTimeout(20);
  assert.equal(await read(), [2]);
  assert.equal(actions, [{ index: 2, col: "age", value: people[2]?.age, reason: "click" }]);
  await tab.close();
});

test("the CSV download holds the sorted and filtered rows", async () => {
  const { tab } = await openPage();
  await tab.getByRole("button", { name: "Filters (0)" }).click();
  const form = tab.locator("#people .tp-table-filter-form");
  await form.getByLabel("Column").selectOption("age");
  await form.getByLabel("Condition").selectOption(">=");
  await form.getByLabel("Value").fill("55");
  await form.getByRole("button", { name: "Add filter" }).click();
  await tab.locator("#people th[data-col=age] button").click();
  await tab.waitForFunction(() =>
    document.querySelector("#people th[data-col=age]")?.getAttribute("aria-sort") === "ascending"
  );
  const [download] = await Promise.all([
    tab.waitForEvent("download"),
    tab.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  assert.is(download.suggestedFilename(), "people.csv");
  const csv = await readFile(String(await download.path()), "utf8");
  const expected = people.filter((person) => person.age >= 55).sort((a, b) => a.age - b.age);
  assert.is(csv, ["name,age,city", ...expected.map((p) => `${p.name},${p.age},${p.city}`), ""].join("\r\n"));
  await tab.close();
});

test.run();
