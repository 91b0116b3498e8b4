/** Browser tests of the block elements: part, layout, expandable, dialog and pane. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { stateIdOf, waitForText, waitUntilConnected } from "./open_tab.ts";

type AppState = {
  label: string;
  shown: boolean;
  cols: string;
  expanded: boolean;
  ask: boolean;
  question: string;
  answers: unknown[];
  side: boolean;
  drawer: boolean;
  closes: number;
};

const page = `
<|card|render={shown}|id=the-part|width=300px|
Part says <|{label}|id=part-text|>
|>

<|layout|columns={cols}|columns[mobile]=1 1|gap=12px|id=grid|
<|part|id=cell-a|
A
|>
<|part|id=cell-b|
B
|>
<|part|id=cell-c|
C
|>
|>

<|Details|expandable|expanded={expanded}|id=exp|
Folded text <|{label}|id=exp-text|>
|>

<|{ask}|dialog|title={question}|labels=Yes;No|on_action=answered|width=420px|id=dlg|
Dialog says <|{label}|id=dlg-text|>
|>

<|{side}|pane|anchor=right|show_button|width=320px|id=pane|
Pane says <|{label}|id=pane-text|>
|>

<|{drawer}|pane|anchor=bottom|on_close=drawerClosed|id=drawer|
Drawer
|>
`;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: {
      ...{ label: "hi", shown: true, cols: "1 2 2", expanded: true },
      ...{ ask: false, question: "Sure?", answers: [], side: false, drawer: false, closes: 0 },
    },
    functions: {
      answered: (state: State<AppState>, _id: string | undefined, payload: unknown) => {
        state.answers = [...state.answers, payload];
        state.ask = false;
      },
      drawerClosed: (state: State<AppState>) => void (state.closes += 1),
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

const read = <K extends keyof AppState>(stateId: string, name: K): Promise<AppState[K]> =>
  invokeCallback(gui, stateId, (state) => state[name], []);
const set = (stateId: string, values: Partial<AppState>): Promise<void> =>
  invokeCallback(gui, stateId, (state) => void Object.assign(state, values), []);

async function open(): Promise<{ tab: Page; stateId: string; errors: string[] }> {
  const tab = await browser.newPage();
  const errors = collectPageErrors(tab);
  await tab.goto(gui.url);
  await waitUntilConnected(tab);
  await waitForText(tab, "#part-text", "hi");
  return { tab, stateId: await stateIdOf(tab), errors };
}

test("part keeps the server's content, takes its class and width, and render hides it live", async () => {
  const { tab, stateId, errors } = await open();
  const part = tab.locator("#the-part");
  assert.ok(
    await part.evaluate((node) => node.classList.contains("card") && node.classList.contains("taipy-part")),
  );
  assert.is((await part.innerText()).trim(), "Part says hi");
  assert.is(await part.evaluate((node) => getComputedStyle(node).width), "300px");
  assert.is(await part.getAttribute("style"), "width: 300px;", "the width is set through the CSSOM");
  await set(stateId, { shown: false });
  await tab.waitForFunction(() => document.querySelector<HTMLElement>("#the-part")?.offsetParent === null);
  await set(stateId, { shown: true, label: "again" });
  await waitForText(tab, "#part-text", "again");
  assert.ok(await part.isVisible());
  // The browser asks for /favicon.ico, which a Tapir app does not have.
  assert.equal(errors.filter((error) => !error.includes("404")), []);
  await tab.close();
});

test("layout puts each child in a cell of its columns, which change live, and uses columns[mobile] when narrow", async () => {
  const { tab, stateId } = await open();
  const tracks = () =>
    tab.locator("#grid").evaluate((node) =>
      getComputedStyle(node).gridTemplateColumns.split(" ").map(parseFloat)
    );
  const [a = 0, b = 0, c = 0] = await tracks();
  assert.ok(Math.abs(b - 2 * a) < 2 && Math.abs(b - c) < 1, `columns 1 2 2, got ${a} ${b} ${c}`);
  assert.is(await tab.locator("#grid").evaluate((node) => getComputedStyle(node).columnGap), "12px");
  const tops = await tab.locator("#grid > tp-part").evaluateAll((cells) =>
    cells.map((cell) => (cell as HTMLElement).offsetTop)
  );
  assert.is(new Set(tops).size, 1, "the three parts share one row");
  await set(stateId, { cols: "5*1" });
  await tab.waitForFunction(() =>
    getComputedStyle(document.querySelector("#grid")!).gridTemplateColumns.split(" ").length === 5
  );
  await tab.setViewportSize({ width: 400, height: 800 });
  await tab.waitForFunction(() =>
    getComputedStyle(document.querySelector("#grid")!).gridTemplateColumns.split(" ").length === 2
  );
  await tab.close();
});

test("expandable folds on a click, writes expanded back, and follows the state", async () => {
  const { tab, stateId } = await open();
  const details = tab.locator("#exp details");
  assert.is(await tab.locator("#exp summary").innerText(), "Details");
  assert.ok(await details.evaluate((node) => (node as HTMLDetailsElement).open));
  assert.ok(await tab.locator("#exp-text").isVisible(), "the server's content is inside the details");
  await tab.locator("#exp summary").click();
  await tab.waitForFunction(() => !(document.querySelector("#exp details") as HTMLDetailsElement).open);
  await tab.waitForTimeout(100);
  assert.is(await read(stateId, "expanded"), false);
  await set(stateId, { expanded: true });
  await tab.waitForFunction(() => (document.querySelector("#exp details") as HTMLDetailsElement).open);
  await tab.close();
});

test("dialog opens from the state, is modal, and reports its buttons and Escape by index", async () => {
  const { tab, stateId } = await open();
  const dialog = tab.locator("#dlg dialog");
  assert.not.ok(await dialog.evaluate((node) => (node as HTMLDialogElement).open));
  assert.not.ok(await tab.locator("#dlg-text").isVisible());
  await set(stateId, { ask: true, question: "Delete it?" });
  await tab.waitForFunction(() => (document.querySelector("#dlg dialog") as HTMLDialogElement).open);
  assert.is(await tab.locator("#dlg .tp-dialog-title").innerText(), "Delete it?");
  assert.is(await dialog.evaluate((node) => getComputedStyle(node).width), "420px");
  assert.ok(await dialog.evaluate((node) => node.matches(":modal") && node.contains(document.activeElement)));
  assert.ok(await tab.locator("#dlg-text").isVisible(), "the server's content is inside the dialog");
  await tab.locator("#dlg .tp-dialog-actions button", { hasText: "No" }).click();
  await tab.waitForFunction(() => !(document.querySelector("#dlg dialog") as HTMLDialogElement).open);
  assert.equal(await read(stateId, "answers"), [{ args: [1] }]);
  await set(stateId, { ask: true });
  await tab.waitForFunction(() => (document.querySelector("#dlg dialog") as HTMLDialogElement).open);
  await tab.keyboard.press("Escape");
  await tab.waitForFunction(() => !(document.querySelector("#dlg dialog") as HTMLDialogElement).open);
  assert.equal(await read(stateId, "answers"), [{ args: [1] }, { args: [-1] }]);
  await tab.close();
});

test("pane opens from its button, closes on Escape writing open back, and on_close runs instead", async () => {
  const { tab, stateId } = await open();
  const sheet = tab.locator("#pane dialog");
  await tab.locator("#pane .tp-pane-button").click();
  await tab.waitForFunction(() => (document.querySelector("#pane dialog") as HTMLDialogElement).open);
  assert.is(await read(stateId, "side"), true);
  assert.is(await sheet.evaluate((node) => getComputedStyle(node).width), "320px");
  assert.ok(await tab.locator("#pane-text").isVisible());
  await tab.keyboard.press("Escape");
  await tab.waitForFunction(() => !(document.querySelector("#pane dialog") as HTMLDialogElement).open);
  assert.is(await read(stateId, "side"), false);

  await set(stateId, { drawer: true });
  await tab.waitForFunction(() => (document.querySelector("#drawer dialog") as HTMLDialogElement).open);
  await tab.mouse.click(5, 5);
  await tab.waitForTimeout(150);
  assert.is(await read(stateId, "closes"), 1, "a click outside ran on_close");
  assert.is(await read(stateId, "drawer"), true, "on_close decides: the pane stays open");
  await set(stateId, { drawer: false });
  await tab.waitForFunction(() => !(document.querySelector("#drawer dialog") as HTMLDialogElement).open);
  await tab.close();
});

test.run();
