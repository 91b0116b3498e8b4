/** Browser tests of the file elements: file_download and file_selector, and the HTTP routes behind them. */
import { readFile } from "node:fs/promises";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { Gui, invokeCallback, type State } from "../../mod.ts";
import { UploadedFile } from "../../gui/files/uploaded_file.ts";
import { launchBrowser } from "./browser.ts";
import { openTab, stateIdOf, waitForText } from "./open_tab.ts";

type AppState = {
  report: Uint8Array | null;
  notes: string;
  label: string;
  downloads: number;
  upload: UploadedFile | null;
  many: UploadedFile[];
  note: string;
};

const page = `
<|{report}|file_download|name=report.csv|label={label}|on_action=downloaded|id=dl|>
<|{notes}|file_download|name=notes.txt|auto|id=dl-auto|>

<|{upload}|file_selector|extensions=.csv,.txt|label=Choose a table|on_action=uploaded|id=fs|>
<|{many}|file_selector|multiple|extensions=*|id=fs-many|>

Uploaded: <|{note}|id=note|> Shown: <|{upload}|id=upload-json|>
`;

const csv = new TextEncoder().encode("city,aqi\nParis,42\n");
let browser: Browser;
let gui: Gui<AppState>;

test.before(async () => {
  browser = await launchBrowser();
  gui = new Gui<AppState>({
    page,
    state: { report: null, notes: "", label: "Get report", downloads: 0, upload: null, many: [], note: "" },
    uploads: { maxFileSize: 1000, maxFiles: 3 },
    functions: {
      downloaded: (state: State<AppState>) => void (state.downloads += 1),
      uploaded: (state: State<AppState>, _id: string | undefined, payload: unknown) => {
        const files = (payload as { files: UploadedFile[] }).files;
        state.note = `${state.upload?.name} ${files.length} ${state.upload?.text().length}`;
      },
    },
  });
  await gui.run({ port: 0, quiet: true });
});

test.after(async () => {
  await browser.close();
  await gui.stop();
});

async function open(): Promise<{ tab: Page; stateId: string }> {
  const tab = await openTab(browser, gui.url);
  await waitForText(tab, "#dl button", "Get report");
  return { tab, stateId: await stateIdOf(tab) };
}

const set = (stateId: string, values: Partial<AppState>): Promise<void> =>
  invokeCallback(gui, stateId, (state) => void Object.assign(state, values), []);
const read = <K extends keyof AppState>(stateId: string, name: K): Promise<AppState[K]> =>
  invokeCallback(gui, stateId, (state) => state[name], []);

type TapirPage = { __tapir: { store: { peek(key: string): unknown } } };
type TapirElement = { descriptor: { bindings: Record<string, string> } };

/** The value the page holds for an element's `content`, as the socket delivered it. */
const contentOf = (tab: Page, id: string): Promise<unknown> =>
  tab.evaluate((selector) => {
    const key = (document.querySelector(selector) as unknown as TapirElement).descriptor.bindings["content"];
    return (window as unknown as TapirPage).__tapir.store.peek(key ?? "");
  }, `#${id}`);

test("file_download downloads the state's bytes under its name, from a link, never the bytes", async () => {
  const { tab, stateId } = await open();
  await set(stateId, { report: csv, label: "Download CSV" });
  await waitForText(tab, "#dl button", "Download CSV");
  const link = await contentOf(tab, "dl") as { url: string; local: boolean; size: number };
  assert.ok(link.url.startsWith("/_tapir/download/") && link.local && link.size === csv.byteLength);
  const [download] = await Promise.all([tab.waitForEvent("download"), tab.locator("#dl button").click()]);
  assert.is(download.suggestedFilename(), "report.csv");
  assert.equal(new Uint8Array(await readFile(await download.path())), csv);
  await tab.waitForTimeout(100);
  assert.is(await read(stateId, "downloads"), 1, "the press ran on_action");

  const response = await fetch(new URL(`${link.url}/r%C3%A9sum%C3%A9.csv`, gui.url));
  assert.is(response.status, 200);
  assert.match(
    response.headers.get("content-disposition") ?? "",
    /^attachment; .*filename\*=UTF-8''r%C3%A9sum%C3%A9\.csv/,
  );
  assert.equal(new Uint8Array(await response.arrayBuffer()), csv);
  assert.is((await fetch(new URL("/_tapir/download/not-a-token/x.csv", gui.url))).status, 404);
  await set(stateId, { report: new TextEncoder().encode("new") });
  await tab.waitForFunction((old) => !document.querySelector("#dl")?.outerHTML.includes(old), link.url);
  assert.is((await fetch(new URL(link.url, gui.url))).status, 404, "a replaced content's token is revoked");
  await tab.close();
});

test("file_download with auto downloads new text as soon as the state sets it", async () => {
  const { tab, stateId } = await open();
  const [download] = await Promise.all([
    tab.waitForEvent("download"),
    set(stateId, { notes: "hello notes" }),
  ]);
  assert.is(download.suggestedFilename(), "notes.txt");
  assert.is(await readFile(await download.path(), "utf8"), "hello notes");
  await tab.close();
});

test("file_selector uploads a file into the state, shows progress and status, and runs its action", async () => {
  const { tab, stateId } = await open();
  assert.is(await tab.locator("#fs .tp-file-selector-button").innerText(), "Choose a table");
  assert.is(await tab.locator("#fs input[type=file]").getAttribute("accept"), ".csv,.txt");
  await tab.locator("#fs input[type=file]").setInputFiles({
    name: "air.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await waitForText(tab, "#note", `air.csv 1 ${csv.byteLength}`);
  const upload = await read(stateId, "upload");
  assert.ok(upload instanceof UploadedFile);
  assert.equal(upload?.bytes, csv);
  assert.is(
    await tab.locator("#upload-json").innerText(),
    JSON.stringify({ name: "air.csv", type: "text/csv", size: csv.byteLength }),
  );
  assert.match(await tab.locator("#fs [role=status]").innerText(), /Uploaded air\.csv/);

  await tab.locator("#fs-many input[type=file]").setInputFiles([
    { name: "a.bin", mimeType: "application/octet-stream", buffer: Buffer.from([1, 2]) },
    { name: "b.bin", mimeType: "application/octet-stream", buffer: Buffer.from([3]) },
  ]);
  await tab.waitForFunction(() =>
    document.querySelector("#fs-many [role=status]")?.textContent?.startsWith("Uploaded")
  );
  assert.equal((await read(stateId, "many")).map((file) => file.name), ["a.bin", "b.bin"]);
  await tab.close();
});

test("file_selector refuses a wrong extension in the browser and on the server, and oversized uploads", async () => {
  const { tab, stateId } = await open();
  const exe = { name: "run.exe", mimeType: "", buffer: Buffer.from("MZ") };
  await tab.locator("#fs input[type=file]").setInputFiles(exe);
  await tab.waitForFunction(() =>
    document.querySelector("#fs [role=status]")?.textContent?.includes("is not one of")
  );
  const post = (name: string, size: number) =>
    tab.evaluate(async ([fileName, bytes]) => {
      const ticket = JSON.parse(sessionStorage.getItem("tapir:resume") ?? "{}");
      const form = new FormData();
      form.append("file", new File([new Uint8Array(Number(bytes))], String(fileName)));
      const element = document.querySelector("#fs")?.getAttribute("data-tp") ?? "";
      const response = await fetch("/_tapir/upload", {
        method: "POST",
        headers: {
          "x-tapir-state": ticket.stateId,
          "x-tapir-secret": ticket.secret,
          "x-tapir-element": element,
        },
        body: form,
      });
      return [response.status, await response.text()] as const;
    }, [name, size] as const);
  const [extensionStatus, extensionBody] = await post("run.exe", 10);
  assert.is(extensionStatus, 415, extensionBody);
  const [sizeStatus, sizeBody] = await post("big.csv", 5000);
  assert.is(sizeStatus, 413, sizeBody);
  assert.is(await read(stateId, "upload"), null, "nothing refused reached the state");
  await tab.close();
});

test("an upload from another origin, or without the tab's secret, is refused", async () => {
  const { tab, stateId } = await open();
  const ticket = await tab.evaluate(() => JSON.parse(sessionStorage.getItem("tapir:resume") ?? "{}"));
  const element = await tab.locator("#fs").getAttribute("data-tp") ?? "";
  const upload = (origin: string, secret: string) => {
    const form = new FormData();
    form.append("file", new File([csv], "air.csv", { type: "text/csv" }));
    return fetch(new URL("/_tapir/upload", gui.url), {
      method: "POST",
      headers: { origin, "x-tapir-state": stateId, "x-tapir-secret": secret, "x-tapir-element": element },
      body: form,
    });
  };
  const own = new URL(gui.url).origin;
  assert.is((await upload("http://evil.example", ticket.secret)).status, 403);
  assert.is((await upload(own, "wrong-secret")).status, 403);
  assert.is(await read(stateId, "upload"), null);
  assert.is((await upload(own, ticket.secret)).status, 200, "the same request from the page's origin passes");
  await waitForText(tab, "#note", `air.csv 1 ${csv.byteLength}`);
  await tab.close();
});

test.run();
