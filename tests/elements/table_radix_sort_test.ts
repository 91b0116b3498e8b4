import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { radixSortIndexes } from "../../gui/elements/table/radix_sort.ts";
import { identityOrder } from "../../gui/elements/table/sort_order.ts";

/** What radixSortIndexes must give: a stable comparison sort of the indexes by key. */
const comparisonSort = (order: Uint32Array, keys: Float64Array) =>
  [...order].sort((a, b) => (keys[a] as number) - (keys[b] as number) || 0);

test("radixSortIndexes() orders negative, zero, fractional and infinite keys, keeping ties in order", () => {
  const keys = Float64Array.of(
    3,
    -1.5,
    0,
    -0,
    Number.POSITIVE_INFINITY,
    -1e300,
    3,
    2.25,
    Number.NEGATIVE_INFINITY,
  );
  const order = identityOrder(keys.length);
  assert.equal([...radixSortIndexes(order, keys)], [8, 5, 1, 2, 3, 7, 0, 6, 4]);
});

test("radixSortIndexes() sorts only the indexes it is given, in their given order for ties", () => {
  const keys = Float64Array.of(1, 0, 1, 0);
  assert.equal([...radixSortIndexes(Uint32Array.of(2, 3, 0, 1), keys)], [3, 1, 2, 0]);
});

test("radixSortIndexes() agrees with a stable comparison sort on any keys", () => {
  fc.assert(
    fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (values) => {
      const keys = Float64Array.from(values);
      const order = identityOrder(keys.length);
      assert.equal([...radixSortIndexes(order, keys)], comparisonSort(order, keys));
    }),
    { numRuns: 200 },
  );
});

test.run();
