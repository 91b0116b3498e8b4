/**
 * A stable sort of row indexes by numeric keys in linear time: an LSD radix sort over the keys' 64 bits,
 * 16 bits per pass. On a million rows it beats `Array.prototype.sort` with a comparator by an order of
 * magnitude, which is what lets a table sort a million rows on the server while the user waits.
 */

/** Where a double's high and low 32-bit words sit in a Uint32Array view of a Float64Array. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const LOW = LITTLE_ENDIAN ? 0 : 1;

/**
 * `order` sorted by `keys[index]` ascending; equal keys keep their order in `order`. Keys must not be NaN
 * (move empty values out first). Returns a new array.
 *
 * @example
 * ```ts
 * radixSortIndexes(Uint32Array.of(0, 1, 2, 3), Float64Array.of(5, -1, 5, 0)); // Uint32Array [1, 3, 0, 2]
 * ```
 */
export function radixSortIndexes(order: Uint32Array, keys: Float64Array): Uint32Array {
  const count = order.length;
  const doubles = new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const key = keys[order[position] as number] as number;
    // -0 and 0 are equal keys: give them the same bits.
    doubles[position] = key === 0 ? 0 : key;
  }
  const words = new Uint32Array(doubles.buffer);
  let high = new Uint32Array(count);
  let low = new Uint32Array(count);
  for (let position = 0; position < count; position++) {
    const h = words[2 * position + HIGH] as number;
    const l = words[2 * position + LOW] as number;
    // IEEE 754 bits as an unsigned number that orders like the double: negative ones have every bit
    // flipped, positive ones only the sign bit.
    const negative = (h & 0x80000000) !== 0;
    high[position] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[position] = negative ? ~l >>> 0 : l;
  }
  let indexes = order.slice();
  let nextIndexes = new Uint32Array(count);
  let nextHigh = new Uint32Array(count);
  let nextLow = new Uint32Array(count);
  const buckets = new Uint32Array(1 << 16);
  for (const [fromHigh, shift] of [[false, 0], [false, 16], [true, 0], [true, 16]] as const) {
    const digits = fromHigh ? high : low;
    buckets.fill(0);
    for (let position = 0; position < count; position++) {
      const digit = ((digits[position] as number) >>> shift) & 0xffff;
      buckets[digit] = (buckets[digit] as number) + 1;
    }
    // A pass where every key has the same digit changes nothing (small integers share their high bits).
    if (buckets.includes(count)) continue;
    let sum = 0;
    for (let digit = 0; digit < buckets.length; digit++) {
      const size = buckets[digit] as number;
      buckets[digit] = sum;
      sum += size;
    }
    for (let position = 0; position < count; position++) {
      const digit = ((digits[position] as number) >>> shift) & 0xffff;
      const target = buckets[digit] as number;
      buckets[digit] = target + 1;
      nextIndexes[target] = indexes[position] as number;
      nextHigh[target] = high[position] as number;
      nextLow[target] = low[position] as number;
    }
    [indexes, nextIndexes] = [nextIndexes, indexes];
    [high, nextHigh] = [nextHigh, high];
    [low, nextLow] = [nextLow, low];
  }
  return indexes;
}
