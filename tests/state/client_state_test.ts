import { test } from "uvu";
import * as assert from "uvu/assert";
import { ClientState } from "../../gui/state/client_state.ts";

type Values = {
  items: number[];
  point: { x: number; y: number };
  matrix: number[][];
  rows: { id: number }[];
  tags: Set<string>;
  counts: Map<string, number>;
  label: string;
};

interface Probe {
  state: ClientState<Values>;
  flushes: string[][];
  mutated: string[];
  changed: string[];
}

function initial(): Values {
  return {
    items: [1, 2],
    point: { x: 1, y: 2 },
    matrix: [[0, 0, 0], [0, 0, 0]],
    rows: [{ id: 1 }, { id: 2 }],
    tags: new Set(["a"]),
    counts: new Map([["a", 1]]),
    label: "",
  };
}

function probe(values: Values = initial()): Probe {
  const flushes: string[][] = [];
  const mutated: string[] = [];
  const changed: string[] = [];
  const state: ClientState<Values> = new ClientState<Values>("id", values as unknown as Record<string, unknown>, {
    changed: (name) => changed.push(name),
    flushRequested: () => flushes.push(state.takeChanges()),
    mutated: (name) => mutated.push(name),
  });
  return { state, flushes, mutated, changed };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("state.items.push() marks items changed, once per flush, without onChange", async () => {
  const { state, flushes, mutated, changed } = probe();
  state.proxy.items.push(3);
  await tick();
  assert.equal(state.values.items, [1, 2, 3]);
  assert.equal(flushes, [["items"]]);
  assert.ok(mutated.includes("items"));
  assert.equal(changed, [], "in-place changes are pushed like refresh(), without onChange");
});

test("a tracked value keeps its identity between reads", () => {
  const { state } = probe();
  assert.ok(state.proxy.items === state.proxy.items);
  assert.ok(state.proxy.rows[0] === state.proxy.rows[0]);
});

test("nested writes mark the root variable: point.x, matrix[1][2]", async () => {
  const { state, flushes } = probe();
  state.proxy.point.x = 3;
  state.proxy.matrix[1]![2] = 7;
  await tick();
  assert.equal(state.values.point, { x: 3, y: 2 });
  assert.equal(state.values.matrix, [[0, 0, 0], [0, 0, 7]]);
  assert.equal(flushes, [["point", "matrix"]]);
});

test("delete and array methods that change in place are tracked", async () => {
  const { state, flushes } = probe();
  const point = state.proxy.point as Partial<Values["point"]>;
  delete point.y;
  state.proxy.rows.reverse();
  state.proxy.items.splice(0, 1);
  await tick();
  assert.equal(state.values.point, { x: 1 });
  assert.equal(state.values.rows, [{ id: 2 }, { id: 1 }]);
  assert.equal(state.values.items, [2]);
  assert.equal(flushes, [["point", "rows", "items"]]);
});

test("Map and Set mutators are tracked and chain on the proxy", async () => {
  const { state, flushes } = probe();
  state.proxy.tags.add("b");
  state.proxy.counts.set("b", 2).set("c", 3);
  await tick();
  assert.equal([...(state.values.tags as Set<string>)], ["a", "b"]);
  assert.equal([...(state.values.counts as Map<string, number>)], [["a", 1], ["b", 2], ["c", 3]]);
  assert.equal(flushes, [["tags", "counts"]]);
  assert.is(state.proxy.counts.get("c"), 3);
  assert.is(state.proxy.tags.size, 2);
});

test("an array assigned to two states is copied by the first one that changes it in place", async () => {
  const shared = [1, 2];
  const first = probe();
  const second = probe();
  first.state.proxy.items = shared;
  second.state.proxy.items = shared;
  first.state.proxy.items.push(3);
  assert.equal(first.state.values.items, [1, 2, 3]);
  assert.equal(second.state.values.items, [1, 2], "the other state is untouched");
  assert.equal(shared, [1, 2], "the caller's array is untouched");
  assert.is(second.state.values.items, shared, "an assignment itself does not copy");
});

test("a proxy kept before a copy on write follows its object to the copy", () => {
  const { state } = probe();
  const shared = [{ id: 1 }, { id: 2 }];
  state.proxy.rows = shared;
  const row = state.proxy.rows[1]!;
  state.proxy.rows.push({ id: 3 });
  row.id = 20;
  assert.equal(state.values.rows, [{ id: 1 }, { id: 20 }, { id: 3 }]);
  assert.equal(shared, [{ id: 1 }, { id: 2 }]);
  assert.ok(state.proxy.rows[1] === row, "identity survives the copy");
});

test("a proxy of an object the variable no longer holds never changes the caller's object", () => {
  const { state } = probe();
  const shared = [{ id: 1 }];
  state.proxy.rows = shared;
  const stale = state.proxy.rows[0]!;
  state.proxy.rows = [{ id: 9 }];
  stale.id = 5;
  assert.equal(shared, [{ id: 1 }]);
  assert.is(stale.id, 5, "the write lands in a private copy");
  assert.equal(state.values.rows, [{ id: 9 }]);
});

test("values written into a tracked container are copied, so the caller's object stays the caller's", () => {
  const { state } = probe();
  const row = { id: 7 };
  state.proxy.rows.push(row);
  state.proxy.rows[2]!.id = 8;
  assert.equal(row, { id: 7 });
  assert.equal(state.values.rows, [{ id: 1 }, { id: 2 }, { id: 8 }]);
});

test("a new array built from tracked items holds the raw items, not proxies", () => {
  const { state } = probe();
  const before = state.values.rows as object[];
  state.proxy.rows = [...state.proxy.rows, { id: 3 }];
  const after = state.values.rows as object[];
  assert.is(after[0], before[0], "the old rows keep their identity (the deltas compare it)");
  assert.is(after[1], before[1]);
  assert.is(JSON.stringify(after), '[{"id":1},{"id":2},{"id":3}]');
});

test("sorting a tracked array of objects moves the raw objects", () => {
  const { state } = probe();
  const [first, second] = state.values.rows as object[];
  state.proxy.rows.sort((a, b) => b.id - a.id);
  const rows = state.values.rows as object[];
  assert.is(rows[0], second);
  assert.is(rows[1], first);
});

test("refresh() marks a variable changed and forgets what was sent", async () => {
  const { state, flushes, mutated } = probe();
  state.proxy.refresh("items");
  await tick();
  assert.equal(flushes, [["items"]]);
  assert.equal(mutated, ["items"]);
});

test("batch() holds every change until its function settles, across awaits", async () => {
  const { state, flushes } = probe();
  state.proxy.label = "before";
  const result = await state.proxy.batch(async () => {
    state.proxy.items.push(3);
    await tick();
    await tick();
    state.proxy.point = { x: 0, y: 0 };
    return 42;
  });
  assert.is(result, 42);
  assert.equal(flushes, [["label", "items", "point"]]);
});

test("batch() flushes at its end even when its function throws", async () => {
  const { state, flushes } = probe();
  await state.proxy.batch(() => {
    state.proxy.label = "x";
    throw new Error("boom");
  }).catch(() => {});
  assert.equal(flushes, [["label"]]);
});

test("a frozen object is handed out as it is", () => {
  const values = initial();
  values.point = Object.freeze({ x: 1, y: 2 });
  const { state } = probe(values);
  assert.is(state.proxy.point, state.values.point);
});

test.run();
