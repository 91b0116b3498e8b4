/** Browser tests of the tree, and of the slider's ranges, lov and labels. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openWatchedTab } from "./open_tab.ts";
import { untilState as untilStateOf } from "./until_state.ts";

type TreeNode = [string, string, TreeNode[]?];
type AppState = {
  catalog: TreeNode[];
  item: unknown;
  items: string[];
  open: string[];
  span: number[];
  size: string;
};

const page = `
<|{item}|tree|lov={catalog}|label=Catalog|filter|id=tree|>
<|{items}|tree|lov={catalog}|multiple|select_leafs_only|expanded={open}|value_by_id|id=tree-multi|>

<|{span}|slider|min=0|max=100|labels=0:Cold;100:Hot|id=range|>
<|{size}|slider|lov=S;M;L|labels|text_anchor=top|id=lov-slider|>
`;

const catalog: TreeNode[] = [
  ["fruit", "Fruit", [["apple", "Apple"], ["pear", "Pear"]]],
  ["veg", "Vegetables", [["leek", "Leek"], ["carrot", "Carrot"]]],
];

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: { catalog, item: null, items: [], open: ["fruit"], span: [20, 80], size: "M" },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const open = () => openWatchedTab(browser, gui.url);

const untilState = (stateId: string, read: (state: State<AppState>) => unknown, expected: unknown) =>
  untilStateOf(gui, stateId, read, expected);
const set = (stateId: string, change: (state: State<AppState>) => void) =>
  invokeCallback(gui, stateId, change, []);
/** The tree's rows as a screen reader tells them: label, and open or closed for parents. */
const shownRows = (tab: Page, tree: string) =>
  tab.locator(`${tree} [role=treeitem]`).evaluateAll((rows) =>
    rows.map((row) => {
      const expanded = row.getAttribute("aria-expanded");
      const label = row.querySelector(".tp-tree-label")?.textContent ?? "";
      return expanded === null ? label : `${label} (${expanded === "true" ? "open" : "closed"})`;
    })
  );

test("tree: arrows open and move, Enter selects, the filter finds nested items", async () => {
  const { tab, stateId, errors } = await open();
  const rows = tab.locator("#tree [role=treeitem]");
  assert.equal(await shownRows(tab, "#tree"), ["Fruit (closed)", "Vegetables (closed)"]);
  assert.is(await tab.locator("#tree [role=tree]").getAttribute("aria-labelledby") !== null, true);
  await rows.first().focus();
  await tab.keyboard.press("ArrowRight");
  await tab.waitForFunction(() => document.querySelectorAll("#tree [role=treeitem]").length === 4);
  await tab.keyboard.press("ArrowDown");
  await tab.keyboard.press("ArrowDown");
  await tab.keyboard.press("Enter");
  await untilState(stateId, (state) => state.item, ["pear", "Pear"]);
  assert.is(await tab.locator("#tree [aria-selected=true]").innerText(), "Pear");
  await tab.locator("#tree input[type=search]").fill("carr");
  assert.equal(await shownRows(tab, "#tree"), ["Vegetables (open)", "Carrot"]);
  await set(stateId, (state) => void (state.catalog = [...state.catalog, ["nuts", "Nuts"]]));
  await tab.locator("#tree input[type=search]").fill("");
  await tab.waitForFunction(() => document.querySelectorAll("#tree [role=treeitem]").length === 5);
  assert.equal(errors, []);
  await tab.close();
});

test("tree with multiple, select_leafs_only and a bound expanded list", async () => {
  const { tab, stateId } = await open();
  const rows = tab.locator("#tree-multi [role=treeitem]");
  assert.equal(await shownRows(tab, "#tree-multi"), ["Fruit (open)", "Apple", "Pear", "Vegetables (closed)"]);
  await rows.nth(1).click();
  await rows.nth(2).click({ modifiers: ["Control"] });
  await untilState(stateId, (state) => state.items, ["apple", "pear"]);
  await rows.nth(3).click();
  await untilState(stateId, (state) => state.open, ["fruit", "veg"]);
  assert.is(await rows.nth(3).getAttribute("aria-selected"), "false", "a parent is not selectable");
  await rows.nth(1).focus();
  await tab.keyboard.press(" ");
  await untilState(stateId, (state) => state.items, ["pear"]);
  await set(stateId, (state) => void (state.open = []));
  await tab.waitForFunction(() => document.querySelectorAll("#tree-multi [role=treeitem]").length === 2);
  await tab.close();
});

test("slider with two thumbs writes [low, high]; a lov slider moves over items and shows labels", async () => {
  const { tab, stateId, errors } = await open();
  const thumbs = tab.locator("#range input[type=range]");
  assert.equal([await thumbs.first().inputValue(), await thumbs.last().inputValue()], ["20", "80"]);
  assert.equal(await tab.locator("#range .tp-slider-mark").allInnerTexts(), ["Cold", "Hot"]);
  assert.is(await tab.locator("#range output").innerText(), "20 – 80");
  await thumbs.last().focus();
  await thumbs.last().press("ArrowRight");
  await untilState(stateId, (state) => state.span, [20, 81]);
  await set(stateId, (state) => void (state.span = [5, 10]));
  await tab.waitForFunction(() => document.querySelector("#range output")?.textContent === "5 – 10");
  const sizes = tab.locator("#lov-slider input[type=range]");
  assert.equal(await tab.locator("#lov-slider .tp-slider-mark").allInnerTexts(), ["S", "M", "L"]);
  await set(stateId, (state) => void (state.size = "M"));
  await tab.waitForFunction(() => document.querySelector("#lov-slider output")?.textContent === "M");
  await sizes.focus();
  await sizes.press("ArrowRight");
  await untilState(stateId, (state) => state.size, "L");
  assert.is(await sizes.getAttribute("aria-valuetext"), "L");
  assert.equal(errors, []);
  await tab.close();
});

test.run();
