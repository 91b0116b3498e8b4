import { test } from "uvu";
import * as assert from "uvu/assert";
import { BlockCache } from "../../../gui/client/table/block_cache.ts";
import type { PageAnswer, TableSummary } from "../../../gui/protocol/table_wire.ts";

/** A cache over `count` rows whose fetches are recorded and answered by hand. */
function cacheOver(count: () => number) {
  const fetches: [number, number][] = [];
  const waiting: (() => void)[] = [];
  let changes = 0;
  const cache = new BlockCache(10, (start, size) => {
    fetches.push([start, size]);
    return new Promise<PageAnswer>((resolve) =>
      waiting.push(() => {
        const end = Math.min(count(), start + size);
        const rows = Array.from(
          { length: Math.max(0, end - start) },
          (_, i) => ({ index: start + i, values: [start + i] }),
        );
        resolve({ rows, total: count(), version: 1 });
      })
    );
  }, () => changes++);
  const answerAll = async () => {
    for (const answer of waiting.splice(0)) answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { cache, fetches, answerAll, changes: () => changes };
}

const summary = (version: number, lineage: number, count: number): TableSummary => ({
  kind: "table",
  version,
  lineage,
  count,
  columns: [],
});

test("BlockCache fetches a row's block once and serves its rows when it arrived", async () => {
  const { cache, fetches, answerAll, changes } = cacheOver(() => 35);
  cache.sync(summary(1, 1, 35), "k", false);
  assert.is(cache.total, 35);
  assert.is(cache.row(12), undefined);
  assert.is(cache.row(15), undefined);
  assert.equal(fetches, [[10, 10]]);
  await answerAll();
  assert.equal(cache.row(12), { index: 12, values: [12] });
  assert.is(changes(), 1);
});

test("BlockCache keeps full blocks when the data grows and fetches the partial one again", async () => {
  let count = 25;
  const { cache, fetches, answerAll } = cacheOver(() => count);
  cache.sync(summary(1, 1, 25), "k", false);
  cache.row(5);
  cache.row(15);
  cache.row(22);
  await answerAll();
  count = 27;
  cache.sync(summary(2, 1, 27), "k", false);
  assert.is(cache.total, 27);
  assert.ok(cache.row(5) !== undefined && cache.row(15) !== undefined);
  assert.is(cache.row(26), undefined);
  await answerAll();
  assert.equal(fetches.slice(3), [[20, 10]]);
  assert.equal(cache.row(26), { index: 26, values: [26] });
});

test("BlockCache empties itself for replaced data or another selection, and ignores late answers", async () => {
  const { cache, answerAll } = cacheOver(() => 30);
  cache.sync(summary(1, 1, 30), "k", false);
  cache.row(0);
  cache.sync(summary(2, 2, 30), "k", false);
  await answerAll();
  assert.is(cache.blockCount, 0);
  cache.row(0);
  await answerAll();
  assert.is(cache.blockCount, 1);
  cache.sync(summary(2, 2, 30), "sorted", true);
  assert.is(cache.blockCount, 0);
});

test.run();
