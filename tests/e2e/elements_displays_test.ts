/** Browser tests of the display elements: indicator, metric, progress, status, alert and image. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { collectPageErrors, launchBrowser } from "./browser.ts";
import { stateIdOf, waitForText } from "./open_tab.ts";

type Status = [string, string] | { status: string; message: string };

const svg = new TextEncoder().encode(
  `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="green"/></svg>`,
);
// The smallest PNG signature-led header is enough for the type to be detected.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const page = `
<|{level}|indicator|value={level}|min=0|max=100|format=%.1f|id=ind|>
<|{level}|indicator|value={level}|min=100|max=0|orientation=vertical|height=120px|id=ind-rev|>

<|{sales}|metric|min=0|max=200|delta={change}|threshold=150|format=%.1f|title=Sales|id=met|>
<|{sales}|metric|type=linear|max=200|delta={change}|delta_color=invert|id=met-lin|>
<|{sales}|metric|type=none|id=met-none|>

<|{done}|progress|linear|show_value|title=Upload|id=prog|>
<|{pending}|progress|id=prog-ring|>

<|{statuses}|status|id=stat|>
<|{statuses}|status|without_close|id=stat-fixed|>

<|{problem}|alert|severity={severity}|variant=outlined|id=al|>

<|{photo}|image|label=Badge|on_action=clicked|id=img|> <|/missing.png|image|label=Static|width=50|id=img-url|>
Clicks: <|{clicks}|id=clicks|>
`;

const initial = {
  level: 25,
  sales: 120,
  change: 5,
  done: 40 as number | null,
  pending: null as number | null,
  statuses: [["i", "Started"], ["warning", "Slow network"]] as Status | Status[],
  problem: "Disk full",
  severity: "warning",
  photo: svg,
  clicks: 0,
};
type AppState = typeof initial;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: initial,
    functions: { clicked: (state: State<AppState>) => void (state.clicks += 1) },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

/** Opens a tab and returns it with its state id and the errors it logs. */
async function open(): Promise<{ tab: Page; stateId: string; errors: string[] }> {
  const tab = await browser.newPage();
  const errors = collectPageErrors(tab);
  await tab.goto(gui.url);
  await tab.waitForFunction(() => document.querySelector("#ind .tp-indicator-label")?.textContent !== "");
  return { tab, stateId: await stateIdOf(tab), errors };
}

/** The page's errors but the 404s it asks for on purpose (an image URL that does not exist, the favicon). */
const unexpected = (errors: string[]) => errors.filter((error) => !error.includes("404"));

const set = (stateId: string, values: Partial<AppState>) =>
  invokeCallback(gui, stateId, (state: State<AppState>) => void Object.assign(state, values), []);

const styleOf = (tab: Page, selector: string, property: string) =>
  tab.locator(selector).evaluate(
    (element, name) => (element as HTMLElement).style.getPropertyValue(name),
    property,
  );

test("indicator places its formatted label on the scale and follows the value", async () => {
  const { tab, stateId, errors } = await open();
  await waitForText(tab, "#ind .tp-indicator-label", "25.0");
  assert.is(await styleOf(tab, "#ind .tp-indicator-marker", "left"), "25%");
  assert.is(await tab.locator("#ind [role=meter]").getAttribute("aria-valuenow"), "25");
  // min > max: the same value sits at the other end, and a vertical scale grows upwards.
  assert.is(await styleOf(tab, "#ind-rev .tp-indicator-marker", "bottom"), "75%");
  assert.is(await styleOf(tab, "#ind-rev .tp-indicator", "height"), "120px");
  await set(stateId, { level: 80 });
  await waitForText(tab, "#ind .tp-indicator-label", "80.0");
  assert.is(await styleOf(tab, "#ind .tp-indicator-marker", "left"), "80%");
  assert.is(await styleOf(tab, "#ind-rev .tp-indicator-marker", "bottom"), "20%");
  assert.equal(unexpected(errors), []);
  await tab.close();
});

test("metric draws its gauge, value, delta and threshold, and follows the value", async () => {
  const { tab, stateId } = await open();
  await waitForText(tab, "#met .tp-metric-value", "120.0");
  assert.is(await tab.locator("#met .tp-metric-title").innerText(), "Sales");
  assert.is(await tab.locator("#met [role=meter]").getAttribute("aria-valuenow"), "120");
  assert.ok((await tab.locator("#met path.tp-metric-bar").getAttribute("d"))?.startsWith("M 20 100 A 80 80"));
  assert.is(await tab.locator("#met line.tp-metric-threshold").count(), 1);
  assert.is(await tab.locator("#met .tp-metric-delta").textContent(), "▲up 5");
  assert.ok(await tab.locator("#met .tp-metric-delta.tp-delta-up").isVisible());
  assert.is(await tab.locator("#met-lin rect.tp-metric-bar").getAttribute("width"), "120");
  assert.is(
    await tab.locator("#met-lin .tp-delta-up.tp-delta-inverted").count(),
    1,
    "invert swaps the colours",
  );
  assert.is(await tab.locator("#met-none svg").count(), 0, "type=none draws no gauge");
  await set(stateId, { sales: 50, change: -3 });
  await waitForText(tab, "#met .tp-metric-value", "50.0");
  assert.ok(await tab.locator("#met .tp-metric-delta.tp-delta-down").isVisible());
  assert.is(await tab.locator("#met-lin rect.tp-metric-bar").getAttribute("width"), "50");
  await tab.close();
});

test("progress is a progressbar with its value, indeterminate without one", async () => {
  const { tab, stateId } = await open();
  const bar = tab.locator("#prog [role=progressbar]");
  assert.is(await bar.getAttribute("aria-valuenow"), "40");
  assert.is(await bar.getAttribute("aria-label"), "Upload");
  assert.is(await tab.locator("#prog .tp-progress-value").innerText(), "40%");
  assert.is(await tab.locator("#prog .tp-progress-title").innerText(), "Upload");
  const ring = tab.locator("#prog-ring [role=progressbar]");
  assert.is(await ring.getAttribute("aria-valuenow"), null, "no value: indeterminate");
  assert.ok(await tab.locator("#prog-ring .tp-indeterminate").isVisible());
  await set(stateId, { done: 75, pending: 10 });
  await tab.waitForFunction(() =>
    document.querySelector("#prog [role=progressbar]")?.getAttribute("aria-valuenow") === "75"
  );
  assert.is(await styleOf(tab, "#prog .tp-progress-bar", "width"), "75%");
  assert.is(await ring.getAttribute("aria-valuenow"), "10");
  await tab.close();
});

test("status shows each status by kind, closes one, and shows a new value", async () => {
  const { tab, stateId } = await open();
  const items = tab.locator("#stat .tp-status-item");
  assert.is(await items.count(), 2);
  assert.ok(await tab.locator("#stat .tp-status-info").isVisible());
  assert.is(await tab.locator("#stat .tp-status-warning .tp-status-message").innerText(), "Slow network");
  assert.is(await tab.locator("#stat-fixed button").count(), 0, "without_close hides the close buttons");
  await tab.getByRole("button", { name: "Close info: Started" }).click();
  await tab.waitForFunction(() => document.querySelectorAll("#stat .tp-status-item").length === 1);
  await set(stateId, { statuses: { status: "e", message: "Broken" } });
  await waitForText(tab, "#stat .tp-status-error .tp-status-message", "Broken");
  assert.is(await items.count(), 1);
  await tab.close();
});

test("alert is announced with its severity and variant, and hides when its message is empty", async () => {
  const { tab, stateId } = await open();
  const alert = tab.locator("#al [role=alert]");
  assert.is(await alert.innerText(), "Disk full");
  assert.match((await alert.getAttribute("class")) ?? "", /tp-alert-warning tp-alert-outlined/);
  await set(stateId, { severity: "success", problem: "Saved" });
  await waitForText(tab, "#al [role=alert]", "Saved");
  assert.match((await alert.getAttribute("class")) ?? "", /tp-alert-success/);
  await set(stateId, { problem: "" });
  await tab.waitForFunction(() =>
    (document.querySelector("#al [role=alert]") as HTMLElement | null)?.hidden === true
  );
  await tab.close();
});

test("image shows bytes from the state as a data URL, follows them, and its click reaches the state", async () => {
  const { tab, stateId, errors } = await open();
  const picture = tab.locator("#img img");
  assert.is(await picture.getAttribute("alt"), "Badge");
  assert.ok((await picture.getAttribute("src"))?.startsWith("data:image/svg+xml;base64,"));
  await tab.waitForFunction(() =>
    (document.querySelector("#img img") as HTMLImageElement | null)?.naturalWidth === 8
  );
  assert.is(await tab.locator("#img-url img").getAttribute("src"), "/missing.png");
  assert.is(await styleOf(tab, "#img-url img", "width"), "50px");
  await tab.getByRole("button", { name: "Badge" }).click();
  await tab.getByRole("button", { name: "Badge" }).click();
  await tab.waitForFunction(() => document.querySelector("#clicks")?.textContent === "2");
  await set(stateId, { photo: png });
  await tab.waitForFunction(() =>
    document.querySelector("#img img")?.getAttribute("src")?.startsWith("data:image/png")
  );
  assert.equal(unexpected(errors), []);
  await tab.close();
});

test.run();
