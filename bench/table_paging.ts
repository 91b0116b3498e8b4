/**
 * How fast a table pages through a million rows on the server, as ratios against a plain
 * `Array.prototype.sort` of the same values (the cost any sort must pay). Run with
 * `node --import tsx bench/table_paging.ts` or `deno run -A bench/table_paging.ts`.
 *
 * - cold sort: the first page of a new sort (sorts an index array, then reads 100 rows);
 * - warm page: another page of the same sort (the order is cached per data value);
 * - filter: the first page of a filter;
 * - text sort: a sort on a text column, against a plain sort of the texts;
 * - unsorted page: a page of the data's own order (no index array at all).
 *
 * @module
 */
import { tableEntry } from "../gui/elements/table/table_entries.ts";
import { tablePage } from "../gui/elements/table/table_page.ts";
import type { FilterSpec, PageQuery, SortSpec } from "../gui/protocol/table_wire.ts";

type Data = { value: number[]; name: string[] };

const ROWS = 1_000_000;
let seed = 42;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function makeData(): Data {
  const value = Array.from({ length: ROWS }, () => Math.floor(random() * 1_000_000));
  const name = value.map((number) => `item ${number.toString(36)}`);
  return { value, name };
}

/**
 * The median of three runs, each given a fresh copy of the data (so no cached order is reused). A run that
 * returns a number has timed itself (to leave its preparation out).
 */
function time(run: (copy: Data) => unknown, data: Data): number {
  const runs: number[] = [];
  for (let round = 0; round < 3; round++) {
    const copy = { value: data.value.slice(), name: data.name.slice() };
    const start = performance.now();
    const own = run(copy);
    runs.push(typeof own === "number" ? own : performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[1] as number;
}

const query = (start: number, sort: SortSpec[], filters: FilterSpec[] = []): PageQuery => ({
  kind: "page",
  start,
  count: 100,
  columns: ["value", "name"],
  sort,
  filters,
});

function report(label: string, measured: number, baseline: number): void {
  const ratio = (measured / baseline).toFixed(2);
  console.log(`${label.padEnd(28)} ${measured.toFixed(1).padStart(8)} ms   ${ratio.padStart(6)}x baseline`);
}

const data = makeData();
const numberBaseline = time((copy) => copy.value.sort((a, b) => a - b), data);
const textBaseline = time((copy) => copy.name.sort(), data);
console.log(
  `${ROWS.toLocaleString("en-US")} rows; baselines: numbers ${numberBaseline.toFixed(1)} ms, texts ${
    textBaseline.toFixed(1)
  } ms`,
);

const page = (copy: object, start: number, sort: SortSpec[], filters: FilterSpec[] = []) => {
  const entry = tableEntry(copy);
  if (entry === undefined) throw new Error("the data is not a table");
  return tablePage(entry, query(start, sort, filters));
};
const byValue: SortSpec[] = [{ column: "value", direction: "desc" }];
report("cold sort + first page", time((copy) => page(copy, 0, byValue), data), numberBaseline);
const warm = time((copy) => {
  page(copy, 0, byValue);
  const start = performance.now();
  page(copy, 500_000, byValue);
  return performance.now() - start;
}, data);
report("warm page (cached order)", warm, numberBaseline);
const filters: FilterSpec[] = [{ column: "value", op: ">", value: "500000" }];
report("filter + first page", time((copy) => page(copy, 0, [], filters), data), numberBaseline);
const byName: SortSpec[] = [{ column: "name", direction: "asc" }];
report("text sort + first page", time((copy) => page(copy, 0, byName), data), textBaseline);
report("unsorted page (no order)", time((copy) => page(copy, 900_000, []), data), numberBaseline);
