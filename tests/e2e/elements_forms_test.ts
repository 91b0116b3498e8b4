/** Browser tests of the form elements date, time, date_range, and of text's Markdown, toggle's and input's extras. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openTab, openWatchedTab } from "./open_tab.ts";
import { untilState as untilStateOf } from "./until_state.ts";

type AppState = {
  day: Date | string;
  earliest: string;
  meeting: Date | string;
  alarm: string;
  period: (Date | string | null)[];
  notes: string;
  view: string | null;
  query: string;
  secret: string;
  essay: string;
  searches: number;
};

const page = `
<|{day}|date|label=Day|min={earliest}|id=day|> <|{meeting}|date|with_time|id=meeting|>
<|{day}|date|not editable|format=dd/MM/yyyy|label=Shown|id=day-text|>
<|{alarm}|time|label=Alarm|id=alarm|>
<|{period}|date_range|label_start=From|label_end=To|id=period|>

<|{notes}|text|mode=markdown|id=notes|> Raw: <|{notes}|id=notes-raw|>

<|{view}|toggle|lov=Table;Chart|allow_unselect|unselected_value=none|id=view|> <|toggle|theme|id=theme|>

<|{query}|input|change_delay=-1|action_keys=Enter|on_action=search|id=query|>
<|{secret}|input|password|id=secret|> <|{essay}|input|multiline|lines_shown=3|id=essay|>
`;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: {
      day: new Date(2024, 4, 17),
      earliest: "2024-01-01",
      meeting: new Date(2024, 4, 17, 9, 30),
      alarm: "07:45",
      period: [new Date(2024, 0, 1), new Date(2024, 0, 31)],
      notes:
        "# Hello\n\n*world* <img src=x onerror=alert(1)> [bad](javascript:alert(1)) [good](https://taipy.io)",
      view: "Table",
      query: "",
      secret: "",
      essay: "",
      searches: 0,
    },
    functions: { search: (state: State<AppState>) => void (state.searches += 1) },
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

test("date shows a Date from the state, follows it, and writes a pick back as an ISO string", async () => {
  const { tab, stateId, errors } = await open();
  const field = tab.locator("#day input[type=date]");
  assert.is(await field.inputValue(), "2024-05-17");
  assert.is(await field.getAttribute("min"), "2024-01-01");
  assert.is(await tab.locator("#day .tp-field-label").innerText(), "Day");
  assert.is(await tab.locator("#meeting input").inputValue(), "2024-05-17T09:30");
  assert.is((await tab.locator("#day-text").innerText()).trim(), "Shown 17/05/2024");
  await set(stateId, (state) => void (state.day = "2024-06-02"));
  await tab.waitForFunction(() =>
    document.querySelector<HTMLInputElement>("#day input")?.value === "2024-06-02"
  );
  await field.fill("2024-07-04");
  await untilState(stateId, (state) => {
    const day = new Date(state.day);
    return [typeof state.day, day.getFullYear(), day.getMonth(), day.getDate()];
  }, ["string", 2024, 6, 4]);
  assert.is(await tab.locator("#day-text").innerText(), "Shown 04/07/2024");
  assert.equal(errors, []);
  await tab.close();
});

test("time keeps a HH:mm value in that form, and date_range writes both ends", async () => {
  const { tab, stateId } = await open();
  assert.is(await tab.locator("#alarm input[type=time]").inputValue(), "07:45");
  await tab.locator("#alarm input").fill("06:15");
  await untilState(stateId, (state) => state.alarm, "06:15");
  const [from, to] = [tab.locator("#period input").first(), tab.locator("#period input").last()];
  assert.equal([await from.inputValue(), await to.inputValue()], ["2024-01-01", "2024-01-31"]);
  assert.is(await to.getAttribute("min"), "2024-01-01", "the end cannot precede the start");
  assert.equal(await tab.locator("#period .tp-field-label").allInnerTexts(), ["From", "To"]);
  await to.fill("2024-02-10");
  await untilState(stateId, (state) => state.period.map((date) => new Date(date ?? 0).toDateString()), [
    new Date(2024, 0, 1).toDateString(),
    new Date(2024, 1, 10).toDateString(),
  ]);
  await set(stateId, (state) => void (state.period = ["2025-03-01", "2025-03-05"]));
  await tab.waitForFunction(() =>
    document.querySelector<HTMLInputElement>("#period input")?.value === "2025-03-01"
  );
  await tab.close();
});

test("text mode=markdown renders the value safely and follows it; a plain text of it stays raw", async () => {
  const { tab, stateId, errors } = await open();
  await tab.waitForSelector("#notes h1");
  assert.is(await tab.locator("#notes h1").innerText(), "Hello");
  assert.is(await tab.locator("#notes em").innerText(), "world");
  assert.is(await tab.locator("#notes img").count(), 0, "raw HTML in the value is not rendered");
  assert.equal(
    await tab.locator("#notes a").evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
    [
      "https://taipy.io",
    ],
  );
  assert.match(await tab.locator("#notes-raw").innerText(), /^# Hello/);
  await set(stateId, (state) => void (state.notes = "**bold** `code`"));
  await tab.waitForSelector("#notes strong");
  assert.is(await tab.locator("#notes h1").count(), 0);
  assert.equal(errors, []);
  await tab.close();
});

test("toggle with allow_unselect writes unselected_value; the theme toggle switches this tab only", async () => {
  const { tab, stateId } = await open();
  const table = tab.locator("#view button", { hasText: "Table" });
  assert.is(await table.getAttribute("aria-pressed"), "true");
  await table.click();
  await untilState(stateId, (state) => state.view, "none");
  await set(stateId, (state) => void (state.view = "Chart"));
  await tab.waitForFunction(() =>
    document.querySelector("#view button:last-of-type")?.getAttribute("aria-pressed") === "true"
  );
  const other = await openTab(browser, gui.url);
  await tab.locator("#theme button", { hasText: "Dark" }).click();
  assert.is(await tab.evaluate(() => document.documentElement.dataset["theme"]), "dark");
  assert.is(await tab.locator("#theme button", { hasText: "Dark" }).getAttribute("aria-pressed"), "true");
  assert.is(await other.evaluate(() => document.documentElement.dataset["theme"] ?? ""), "");
  await tab.locator("#theme button", { hasText: "Light" }).click();
  assert.is(await tab.evaluate(() => document.documentElement.dataset["theme"]), "light");
  await Promise.all([tab.close(), other.close()]);
});

test("input with change_delay=-1 sends only on its action key; password and multiline fields", async () => {
  const { tab, stateId } = await open();
  const query = tab.locator("#query input");
  await query.fill("tapir");
  await tab.waitForTimeout(400);
  assert.is(await invokeCallback(gui, stateId, (state) => state.query, []), "", "nothing sent before Enter");
  await query.press("Enter");
  await untilState(stateId, (state) => [state.query, state.searches], ["tapir", 1]);
  assert.is(await tab.locator("#secret input").getAttribute("type"), "password");
  const essay = tab.locator("#essay textarea");
  assert.is(await essay.getAttribute("rows"), "3");
  await essay.fill("line 1\nline 2");
  await untilState(stateId, (state) => state.essay, "line 1\nline 2");
  await tab.close();
});

test.run();
