import { test } from "uvu";
import * as assert from "uvu/assert";
import { Gui, GuiConfigurationError, TemplateSyntaxError } from "../../mod.ts";

test("new Gui() refuses a function named like a state variable", () => {
  assert.throws(
    () => new Gui({ page: "<|{chosen}|>", state: { chosen: 1 }, functions: { chosen: () => 2 } }),
    (error: unknown) => error instanceof GuiConfigurationError && /both a state variable and a registered function/.test(error.message),
  );
});

test("new Gui() refuses a registered function that is no function (JavaScript apps are not type-checked)", () => {
  const functions: Record<string, unknown> = { save: "save" };
  assert.throws(
    () => new Gui({ page: "<|{x}|>", state: { x: 1 }, functions: functions as Record<string, () => void> }),
    (error: unknown) => error instanceof GuiConfigurationError && /functions\.save is string, not a function/.test(error.message),
  );
});

test("new Gui() refuses state that cannot be copied per client", () => {
  assert.throws(
    () => new Gui({ page: "<|{x}|>", state: { x: 1, handler: () => 1 } }),
    (error: unknown) => error instanceof GuiConfigurationError && /cannot be copied/.test(error.message),
  );
});

test("new Gui() throws a TemplateSyntaxError for a malformed page before anything runs", () => {
  assert.throws(
    () => new Gui({ page: "ok\n\n<|{x}|slider|max=ten|>", state: { x: 1 } }),
    (error: unknown) => error instanceof TemplateSyntaxError && error.line === 3 && error.column === 18,
  );
});

test("gui.run() reads a page file and reports its errors with the file's positions", async () => {
  const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { pathToFileURL } = await import("node:url");
  const folder = await mkdtemp(join(tmpdir(), "tapir-"));
  try {
    const file = join(folder, "page.md");
    await writeFile(file, "# Title\n\n<|{y}|>\n");
    const gui = new Gui({ page: pathToFileURL(file), state: { x: 1 } });
    let caught: unknown;
    await gui.run({ port: 0, quiet: true }).catch((error) => (caught = error));
    assert.instance(caught, TemplateSyntaxError);
    assert.equal([(caught as TemplateSyntaxError).line, (caught as TemplateSyntaxError).column], [3, 4]);
    await gui.stop();
  } finally {
    await rm(folder, { recursive: true });
  }
});

test.run();
