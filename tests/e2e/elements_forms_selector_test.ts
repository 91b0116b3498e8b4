/** Browser tests of the selector: list box, dropdown, radio and check boxes, filter, adapter. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { launchBrowser } from "./browser.ts";
import { openWatchedTab } from "./open_tab.ts";
import { untilState as untilStateOf } from "./until_state.ts";

type User = { uid: number; name: string };
type AppState = {
  country: string | null;
  countries: string[];
  langs: string[];
  languages: [string, string][];
  size: string;
  users: User[];
  user: User | null;
  picks: string[];
};

const page = `
<|{country}|selector|lov=France;Italy;Spain|filter|label=Country|id=sel-list|>
<|{country}|selector|lov={countries}|dropdown|label=Dropdown|id=sel-drop|>
<|{langs}|selector|lov={languages}|multiple|mode=check|value_by_id|label=Languages|id=sel-check|>
<|{size}|selector|lov=S;M;L|mode=radio|label=Size|id=sel-radio|>
<|{user}|selector|lov={users}|adapter=userLov|id=sel-users|> User: <|{user ? user.name : "-"}|id=user-name|>
<|{picks}|selector|lov=Alpha;Beta;Gamma|multiple|filter|id=sel-multi|>
`;

let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: {
      country: "Italy",
      countries: ["France", "Italy", "Spain"],
      langs: ["de"],
      languages: [["fr", "French"], ["de", "German"], ["it", "Italian"]],
      size: "M",
      users: [{ uid: 1, name: "Ada" }, { uid: 2, name: "Grace" }],
      user: null,
      picks: ["Alpha"],
    },
    functions: { userLov: (user: unknown) => [(user as User).uid, (user as User).name] },
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
const checked = (tab: Page, css: string) =>
  tab.locator(css).evaluateAll((inputs) =>
    inputs.filter((input) => (input as HTMLInputElement).checked).map((input) =>
      input.parentElement?.textContent
    )
  );

test("selector list box: keyboard choice reaches the state, the filter narrows it, the dropdown follows", async () => {
  const { tab, stateId, errors } = await open();
  const list = tab.locator("#sel-list select");
  assert.is(await list.inputValue(), "1", "Italy is selected");
  assert.is(await tab.locator("#sel-list .tp-field-label").innerText(), "Country");
  await list.focus();
  await list.press("ArrowDown");
  await untilState(stateId, (state) => state.country, "Spain");
  await tab.waitForFunction(() => {
    const select = document.querySelector<HTMLSelectElement>("#sel-drop select");
    return select?.selectedOptions[0]?.textContent === "Spain";
  });
  await tab.locator("#sel-list input[type=search]").fill("fr");
  assert.equal(await tab.locator("#sel-list option").allInnerTexts(), ["France"]);
  await set(stateId, (state) => void (state.countries = [...state.countries, "Portugal"]));
  await tab.waitForFunction(() => document.querySelectorAll("#sel-drop option").length === 4);
  await tab.locator("#sel-drop select").selectOption({ label: "Portugal" });
  await untilState(stateId, (state) => state.country, "Portugal");
  assert.equal(errors, []);
  await tab.close();
});

test("selector check boxes write ids, radio buttons write the item, and follow the state", async () => {
  const { tab, stateId } = await open();
  assert.equal(await checked(tab, "#sel-check input[type=checkbox]"), ["German"]);
  assert.is(await tab.locator("#sel-check legend").innerText(), "Languages");
  await tab.getByLabel("Italian").check();
  await untilState(stateId, (state) => state.langs, ["de", "it"]);
  await tab.getByLabel("German").uncheck();
  await untilState(stateId, (state) => state.langs, ["it"]);
  assert.equal(await checked(tab, "#sel-radio input[type=radio]"), ["M"]);
  const small = tab.locator("#sel-radio input").first();
  await small.focus();
  await small.press("Space");
  await untilState(stateId, (state) => state.size, "S");
  await set(stateId, (state) => void (state.size = "L"));
  await tab.waitForFunction(() =>
    document.querySelector<HTMLInputElement>("#sel-radio label:last-of-type input")?.checked
  );
  await tab.close();
});

test("selector with an adapter shows labels and writes the item whole; multiple keeps filtered-out picks", async () => {
  const { tab, stateId } = await open();
  assert.equal(await tab.locator("#sel-users option").allInnerTexts(), ["Ada", "Grace"]);
  await tab.locator("#sel-users select").selectOption({ label: "Grace" });
  await untilState(stateId, (state) => state.user, { uid: 2, name: "Grace" });
  assert.is(await tab.locator("#user-name").innerText(), "Grace");
  await tab.locator("#sel-multi input[type=search]").fill("a");
  await tab.locator("#sel-multi input[type=search]").fill("gam");
  await tab.locator("#sel-multi select").selectOption({ label: "Gamma" });
  await untilState(stateId, (state) => state.picks, ["Alpha", "Gamma"]);
  await tab.close();
});

test.run();
