import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Gui, type State } from "../../mod.ts";
import type { ServerMessage } from "../../gui/protocol/messages.ts";
import { startTestGui, type TestGui } from "../../gui/testing.ts";

type AppState = { count: number };

const original = "Count: <|{count}|id=count|>\n\n<|Add|button|id=add|on_action=add|>\n";

async function startApp(
  folder: string,
  useReloader: boolean,
): Promise<{ app: TestGui<AppState>; file: string }> {
  const file = join(folder, "home.md");
  await writeFile(file, original);
  const gui = new Gui<AppState>({
    pages: { "/": "<|content|>", home: pathToFileURL(file) },
    state: { count: 0 },
    functions: { add: (state: State<AppState>) => void (state.count += 1) },
  });
  return { app: await startTestGui(gui, { useReloader }), file };
}

const isDevError = (error: string | null) => (message: ServerMessage) =>
  message.type === "dev-error" &&
  (error === null ? message.error === null : message.error?.includes(error) === true);

async function withFolder(use: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "tapir-reload-"));
  try {
    await use(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test("dev mode: an edited page file is shown to an open tab, which keeps its state", () =>
  withFolder(async (folder) => {
    const { app, file } = await startApp(folder, true);
    try {
      const client = await app.connect("/");
      client.action("add");
      await client.settled();
      await writeFile(
        file,
        "# Edited\n\nDouble: <|{count * 2}|id=double|>\n\n<|Add|button|id=add|on_action=add|>\n",
      );
      await client.waitFor((message) =>
        message.type === "page" && message.values?.["count * 2"] !== undefined
      );
      assert.is(client.text("double"), "2");
      client.action("add");
      await client.settled();
      assert.is(client.text("double"), "4", "the new page's elements work");
      const fresh = await fetch(app.url);
      assert.match(await fresh.text(), /Edited/, "a new page load gets the new document");
    } finally {
      await app.stop();
    }
  }));

test("dev mode: a page that no longer compiles sends its error with a code frame, until fixed", () =>
  withFolder(async (folder) => {
    const { app, file } = await startApp(folder, true);
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(" "));
    try {
      const client = await app.connect("/");
      await writeFile(file, "Count: <|{count}|slidr|>\n");
      const sent = await client.waitFor(isDevError('"slidr"'));
      assert.match(sent.type === "dev-error" ? sent.error ?? "" : "", /line 1, column \d+[\s\S]*\|/);
      assert.match(String(errors[0]), /slidr/, "the error is printed too");
      const late = await app.connect("/");
      await late.waitFor(isDevError('"slidr"'));
      client.action("add");
      await client.settled();
      assert.is(client.value("count"), 1, "the last good page still works");
      await writeFile(file, original.replace("Count:", "Total:"));
      await client.waitFor(isDevError(null));
      await late.waitFor(isDevError(null));
    } finally {
      console.error = consoleError;
      await app.stop();
    }
  }));

test("dev mode: a changed root page asks its tabs to load the page again", () =>
  withFolder(async (folder) => {
    const file = join(folder, "root.md");
    await writeFile(file, "# App\n\n<|{count}|>\n");
    const gui = new Gui<AppState>({ page: pathToFileURL(file), state: { count: 0 } });
    const app = await startTestGui(gui, { useReloader: true });
    try {
      const client = await app.connect("/");
      await writeFile(file, "# Renamed app\n\n<|{count}|>\n");
      await client.waitFor((message) => message.type === "reload");
    } finally {
      await app.stop();
    }
  }));

test("without dev mode, page files are read once", () =>
  withFolder(async (folder) => {
    const { app, file } = await startApp(folder, false);
    try {
      const client = await app.connect("/");
      await writeFile(file, "Changed: <|{count}|>\n");
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(client.messages, []);
    } finally {
      await app.stop();
    }
  }));

test.run();
