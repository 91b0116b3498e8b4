/**
 * Every bound value is shown as text, never run as HTML, in every element of the catalogue; Markdown from
 * a bound value is sanitised; and the client runs under the server's content security policy without a
 * single violation while pages with every element are used.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui } from "../../mod.ts";
import { elementCatalogue } from "../../gui/elements/catalogue.ts";
import { launchBrowser } from "./browser.ts";
import { waitUntilConnected } from "./open_tab.ts";

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";
const EVIL = `${IMG}${SCRIPT}"'><svg onload=window.__xss=1>`;
const MARKDOWN =
  `${IMG}\n\n${SCRIPT}\n\n[link](javascript:window.__xss=1) ![pic](x" onerror="window.__xss=1)`;

/** The root frames every page: a navbar and the content slot, so those two elements are covered too. */
const root = "<|navbar|lov={pagesList}|>\n\n<|content|>\n";

/** Every element of the catalogue but the root's two, each with the payload in its bound values. */
const evilPage = `
<|{evil}|text|id=t-raw|> <|{evil}|text|mode=pre|> <|{markdown}|text|mode=markdown|id=t-md|>
<|{evil}|button|hover_text={evil}|class_name={evil}|>
<|{evil}|input|label={evil}|>
<|{number}|number|label={evil}|>
<|{choice}|slider|lov={lov}|labels|>
<|{flag}|toggle|label={evil}|>
<|{choice}|toggle|lov={lov}|>
<|{day}|date|label={evil}|> <|{alarm}|time|label={evil}|> <|{period}|date_range|label_start={evil}|label_end={evil}|>
<|{choice}|selector|lov={lov}|label={evil}|> <|{choice}|selector|lov={lov}|dropdown|>
<|{node}|tree|lov={tree}|label={evil}|expanded={expanded}|>
<|{evil}|indicator|value={number}|min=0|max=100|>
<|{number}|metric|title={evil}|>
<|{number}|progress|title={evil}|show_value|>
<|{statuses}|status|>
<|{evil}|alert|>
<|menu|lov={lov}|label={evil}|>
<|{evil}|image|label={evil}|>
<|{evil}|login|message={evil}|>
<|{messages}|chat|users={users}|sender_id=me|>
<|{rows}|table|>
<|{rows}|chart|x=name|y=value|title={evil}|>
<|{evil}|file_download|label={evil}|name={evil}|>
<|{files}|file_selector|label={evil}|drop_message={evil}|extensions=*|>

<|{evil}|expandable|expanded|
<|part|class_name={evil}|
<|layout|columns=1 1|
<|{evil}|> <|{evil}|>
|>
|>
|>

<|{dialogOpen}|dialog|title={evil}|labels={lov}|
<|{evil}|>
|>

<|{paneOpen}|pane|
<|{evil}|>
|>
`;

const state = {
  pagesList: [["evil", EVIL], ["calm", "Calm"]] as [string, string][],
  evil: EVIL,
  markdown: MARKDOWN,
  number: 42,
  flag: true,
  choice: EVIL,
  lov: [EVIL, "plain"],
  day: "2024-05-01",
  alarm: "2024-05-01T10:30:00",
  period: ["2024-05-01", "2024-05-09"],
  node: "a",
  tree: [["a", EVIL, [["b", EVIL]]]],
  expanded: ["a"],
  statuses: [["error", EVIL], ["info", EVIL]],
  messages: [["1", EVIL, "them"], ["2", EVIL, "me"]],
  users: [["them", EVIL], ["me", EVIL]],
  rows: [{ name: EVIL, value: 1 }, { name: "b", value: 2 }],
  files: null as unknown,
  dialogOpen: true,
  paneOpen: true,
};

/** The same elements with ordinary values: the page the CSP test uses. */
const calmPage = evilPage.replaceAll("{evil}", "{calm}").replaceAll("{markdown}", "{calmMarkdown}")
  .replace("{dialogOpen}", "{closed}").replace("{paneOpen}", "{closed}");

let browser: Browser;
let gui: Gui<typeof state & { calm: string; calmMarkdown: string; closed: boolean }>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui({
    pages: { "/": root, evil: evilPage, calm: calmPage },
    state: {
      ...state,
      calm: "Calm text",
      calmMarkdown: "# Title\n\n*Calm* [link](https://example.com)",
      closed: false as boolean,
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

interface Recorded {
  __xss?: unknown;
  __violations?: string[];
}

async function open(page: string): Promise<Page> {
  const tab = await browser.newPage();
  await tab.addInitScript(() => {
    const recorded = window as unknown as Recorded;
    recorded.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      recorded.__violations?.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  await tab.goto(gui.url + page);
  await waitUntilConnected(tab);
  // Every element has rendered once its text is in: wait for the last ones of the page.
  await tab.waitForFunction(() => document.querySelectorAll("tp-table td, tp-chart canvas").length > 1);
  await tab.waitForTimeout(300);
  return tab;
}

test("the injection page uses every element of the catalogue", () => {
  const used = new Set([...`${root}${evilPage}`.matchAll(/\|([a-z_]+)\|/g)].map((match) => match[1]));
  const missing = [...elementCatalogue.keys()].filter((name) => !used.has(name) && name !== "text");
  assert.equal(missing, [], "elements without a payload");
});

test("a script payload in every element's bound values never runs and adds no element", async () => {
  const tab = await open("evil");
  try {
    // Interact a little so that lazily rendered parts (dropdowns, menus) render too.
    const quick = { timeout: 2000, force: true };
    await tab.locator("tp-menu button, tp-menu [role=button]").first().click(quick).catch(() => {});
    await tab.locator("tp-selector select, tp-selector input").last().click(quick).catch(() => {});
    await tab.waitForTimeout(300);
    const found = await tab.evaluate(() => {
      const all = [...document.querySelectorAll("*")];
      return {
        xss: (window as unknown as Recorded).__xss,
        injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
        injectedScripts: [...document.scripts].filter((script) => script.text.includes("__xss")).length,
        handlers: all.filter((element) =>
          [...element.attributes].some((attribute) =>
            attribute.name.startsWith("on") && attribute.value.includes("__xss")
          )
        ).map((element) => element.tagName),
        javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        svg: document.querySelectorAll("svg[onload]").length,
        shownAsText: document.querySelector("#t-raw")?.textContent?.includes("<img src=x onerror=") ?? false,
        markdownShownAsText: document.querySelector("#t-md")?.textContent?.includes("<img src=x") ?? false,
      };
    });
    assert.equal(found, {
      xss: undefined,
      injectedImages: 0,
      injectedScripts: 0,
      handlers: [],
      javascriptLinks: 0,
      svg: 0,
      shownAsText: true,
      markdownShownAsText: true,
    });
  } finally {
    await tab.close();
  }
});

test("pages with every element run under the content security policy without a violation", async () => {
  const header = (await fetch(gui.url + "calm")).headers.get("content-security-policy") ?? "";
  assert.ok(header.includes("script-src 'self'"), "the policy is in force");
  const tab = await open("calm");
  try {
    const quick = { timeout: 2000 };
    await tab.locator("tp-input input").first().fill("typed", quick);
    await tab.locator("tp-button button").first().click(quick);
    await tab.locator("tp-expandable summary, tp-expandable button").first().click(quick).catch(() => {});
    await tab.locator("tp-toggle input, tp-toggle button").first().click(quick).catch(() => {});
    await tab.locator("tp-navbar a").last().click(quick).catch(() => {});
    await tab.waitForTimeout(500);
    const violations = await tab.evaluate(() => (window as unknown as Recorded).__violations ?? []);
    assert.equal(violations, []);
  } finally {
    await tab.close();
  }
});

test.run();
