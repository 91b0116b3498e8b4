import { test } from "uvu";
import * as assert from "uvu/assert";
import { lovId, toLov } from "../../gui/client/lov.ts";

test("toLov() reads a semicolon list", () => {
  assert.equal(toLov("A;B"), [{ id: "A", label: "A" }, { id: "B", label: "B" }]);
});

test("toLov() reads arrays of values, [id, label] pairs and objects", () => {
  assert.equal(toLov(["x", 2]), [{ id: "x", label: "x" }, { id: 2, label: "2" }]);
  assert.equal(toLov([["fr", "French"]]), [{ id: "fr", label: "French" }]);
  assert.equal(toLov([{ id: "de", label: "German" }, { id: "it" }]), [
    { id: "de", label: "German" },
    { id: "it", label: "it" },
  ]);
});

test("toLov() gives an empty list for anything else", () => {
  assert.equal([toLov(undefined), toLov(3), toLov({})], [[], [], []]);
});

test("lovId() reads the id of a value given whole or by id", () => {
  assert.equal([lovId("a"), lovId(["a", "A"]), lovId({ id: 3 }), lovId(3)], ["a", "a", "3", "3"]);
});

test.run();
