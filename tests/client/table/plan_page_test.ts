import { test } from "uvu";
import * as assert from "uvu/assert";
import { planPage, type ShownPage } from "../../../gui/client/table/plan_page.ts";
import type { TableSummary } from "../../../gui/protocol/table_wire.ts";

const shown: ShownPage = { version: 1, lineage: 7, start: 0, size: 10, rowCount: 3, key: "k" };
const summary = (changes: Partial<TableSummary>): TableSummary => ({
  kind: "table",
  version: 2,
  lineage: 7,
  count: 4,
  columns: [],
  ...changes,
});
const wanted = (changes: Partial<TableSummary>, reordered = false) => ({
  summary: summary(changes),
  start: 0,
  size: 10,
  key: "k",
  reordered,
});

test("planPage() reloads when nothing is shown yet or the page, size or selection changed", () => {
  assert.equal(planPage(undefined, wanted({})), { kind: "reload" });
  assert.equal(planPage(shown, { ...wanted({}), start: 10 }), { kind: "reload" });
  assert.equal(planPage(shown, { ...wanted({}), size: 20 }), { kind: "reload" });
  assert.equal(planPage(shown, { ...wanted({}), key: "other" }), { kind: "reload" });
});

test("planPage() does nothing for the version shown", () => {
  assert.equal(planPage(shown, wanted({ version: 1 })), { kind: "none" });
});

test("planPage() fetches only the appended rows that fall on the page", () => {
  assert.equal(planPage(shown, wanted({ count: 4 })), { kind: "tail", start: 3, count: 1 });
  assert.equal(planPage(shown, wanted({ count: 50 })), { kind: "tail", start: 3, count: 7 });
});

test("planPage() fetches nothing when the appended rows fall after a full page", () => {
  const full = { ...shown, rowCount: 10 };
  assert.equal(planPage(full, wanted({ count: 11 })), { kind: "none" });
});

test("planPage() reloads after a replacement, a shrink, or an append to sorted or filtered rows", () => {
  assert.equal(planPage(shown, wanted({ lineage: 8 })), { kind: "reload" });
  assert.equal(planPage(shown, wanted({ count: 2 })), { kind: "reload" });
  assert.equal(planPage(shown, wanted({ count: 5 }, true)), { kind: "reload" });
});

test.run();
