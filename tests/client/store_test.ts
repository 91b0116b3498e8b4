import { test } from "uvu";
import * as assert from "uvu/assert";
import { Store } from "../../gui/client/store.ts";

/** A store whose frames run only when the test says so. */
function manualFrames(): { store: Store; frame(): void; scheduled(): number } {
  let callbacks: Array<() => void> = [];
  const store = new Store({ scheduleFrame: (callback) => void callbacks.push(callback) });
  return {
    store,
    frame() {
      const due = callbacks;
      callbacks = [];
      for (const callback of due) callback();
    },
    scheduled: () => callbacks.length,
  };
}

test("Store.signal() creates an undefined signal on first read and returns the same one after", () => {
  const { store } = manualFrames();
  const first = store.signal("x");
  assert.is(first.get(), undefined);
  assert.is(store.signal("x"), first);
});

test("Store.apply() shows a key's first change in a frame at once", () => {
  const { store } = manualFrames();
  store.apply({ x: 1 });
  assert.is(store.signal("x").get(), 1);
});

test("Store.apply() holds later changes of a key in the same frame until the next frame", () => {
  const { store, frame } = manualFrames();
  store.apply({ x: 1 });
  store.apply({ x: 2 });
  assert.is(store.signal("x").get(), 1);
  assert.ok(store.hasPending("x"));
  frame();
  assert.is(store.signal("x").get(), 2);
  assert.not.ok(store.hasPending("x"));
});

test("Store.apply() keeps only the latest held value of a key", () => {
  const { store, frame } = manualFrames();
  const seen: unknown[] = [];
  store.apply({ x: 0 });
  for (let i = 1; i <= 100; i++) store.apply({ x: i });
  seen.push(store.signal("x").get());
  frame();
  seen.push(store.signal("x").get());
  assert.equal(seen, [0, 100]);
});

test("Store.apply() coalesces each key on its own", () => {
  const { store, frame } = manualFrames();
  store.apply({ x: 1 });
  store.apply({ x: 2, y: 1 });
  assert.is(store.signal("x").get(), 1);
  assert.is(store.signal("y").get(), 1, "another key's first change shows at once");
  frame();
  assert.is(store.signal("x").get(), 2);
});

test("Store.apply() counts a value applied on a frame as that frame's change", () => {
  const { store, frame } = manualFrames();
  store.apply({ x: 1 });
  store.apply({ x: 2 });
  frame(); // applies 2
  store.apply({ x: 3 });
  assert.is(store.signal("x").get(), 2, "3 waits: 2 was this frame's change");
  frame();
  assert.is(store.signal("x").get(), 3);
  frame(); // a quiet frame ends the key's window
  store.apply({ x: 4 });
  assert.is(store.signal("x").get(), 4);
});

test("Store.apply() requests one frame at a time and none once quiet", () => {
  const { store, frame, scheduled } = manualFrames();
  store.apply({ x: 1, y: 1 });
  store.apply({ x: 2 });
  assert.is(scheduled(), 1);
  frame();
  assert.is(scheduled(), 1, "the frame that applied x=2 watches the next one");
  frame();
  assert.is(scheduled(), 0);
});

test("Store.setLocal() shows the user's value at once and drops an older held server value", () => {
  const { store, frame } = manualFrames();
  store.apply({ x: 1 });
  store.apply({ x: 2 });
  store.setLocal("x", "typed");
  assert.is(store.signal("x").get(), "typed");
  frame();
  assert.is(store.signal("x").get(), "typed");
});

test("Store.setAll() sets every value at once, bypassing coalescing", () => {
  const { store } = manualFrames();
  store.apply({ x: 1 });
  store.apply({ x: 2 });
  store.setAll({ x: 5, y: "a" });
  assert.is(store.signal("x").get(), 5);
  assert.is(store.peek("y"), "a");
  assert.not.ok(store.hasPending("x"));
});

test.run();
