import { test } from "uvu";
import * as assert from "uvu/assert";
import { statusKind, toStatusItems } from "../../gui/client/status_items.ts";

test("statusKind() reads words and first letters, and defaults to info", () => {
  assert.is(statusKind("i"), "info");
  assert.is(statusKind("Success"), "success");
  assert.is(statusKind("w"), "warning");
  assert.is(statusKind("ERROR"), "error");
  assert.is(statusKind("unknown"), "info");
  assert.is(statusKind(null), "info");
});

test("toStatusItems() reads one pair or one object", () => {
  assert.equal(toStatusItems(["w", "Disk almost full"]), [{ kind: "warning", message: "Disk almost full" }]);
  assert.equal(toStatusItems({ status: "error", message: "Down" }), [{ kind: "error", message: "Down" }]);
});

test("toStatusItems() reads a list of pairs and objects in order", () => {
  assert.equal(toStatusItems([["s", "Saved"], { status: "e", message: "Lost" }]), [
    { kind: "success", message: "Saved" },
    { kind: "error", message: "Lost" },
  ]);
});

test("toStatusItems() gives nothing for an empty value", () => {
  assert.equal(toStatusItems(null), []);
  assert.equal(toStatusItems(undefined), []);
  assert.equal(toStatusItems([]), []);
});

test("toStatusItems() shows a bare string as an info message", () => {
  assert.equal(toStatusItems("Ready"), [{ kind: "info", message: "Ready" }]);
});

test.run();
