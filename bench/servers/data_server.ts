/**
 * The server of the data figure: three Tapir pages backed by large data.
 *
 * - `/chart`: a chart of one million points (Float64Array columns), which stays on the server and
 *   reaches the page decimated;
 * - `/table`: a table of one million rows (an object of columns), paged, sorted and filtered on the server;
 * - `/live`: a chart of a 10,000-point window; `live {rate, seconds}` slides it by one point per tick
 *   for every tab, with broadcastCallback, and answers with the ticks and the CPU time they took.
 *
 *   node --import tsx bench/servers/data_server.ts
 */
import { broadcastCallback, Gui, type State } from "../../mod.ts";
import { epochNow, sleep } from "../support/clock.ts";
import { cpuMilliseconds, numberParam, serveCommands } from "../support/child_endpoint.ts";

const POINTS = 1_000_000;
const ROWS = 1_000_000;
const WINDOW = 10_000;

type Point = { t: number; v: number };
type DataState = {
  series: { t: Float64Array; v: Float64Array };
  rows: { id: number[]; name: string[]; value: number[] };
  live: Point[];
};

const wave = (index: number) => Math.sin(index / 500) * 50 + Math.sin(index / 7) * 5 + ((index * 7919) % 13);

function initialState(): DataState {
  const t = new Float64Array(POINTS);
  const v = new Float64Array(POINTS);
  for (let index = 0; index < POINTS; index++) {
    t[index] = index;
    v[index] = wave(index);
  }
  const rows = { id: new Array<number>(ROWS), name: new Array<string>(ROWS), value: new Array<number>(ROWS) };
  for (let index = 0; index < ROWS; index++) {
    rows.id[index] = index;
    rows.name[index] = `item ${(index * 2654435761) % ROWS}`;
    rows.value[index] = ((index * 40503) % 100_000) / 100;
  }
  const live = Array.from({ length: WINDOW }, (_, index) => ({ t: index, v: wave(index) }));
  return { series: { t, v }, rows, live };
}

const gui = new Gui<DataState>({
  pages: {
    "/": "# Data",
    chart: "# A million points\n\n<|{series}|chart|x=t|y=v|>\n",
    table: "# A million rows\n\n<|{rows}|table|page_size=100|filter|>\n",
    live: "# Live\n\n<|{live}|chart|x=t|y=v|>\n",
  },
  state: initialState(),
});
await gui.run({ port: 0, quiet: true });

let next = WINDOW;
function slide(state: State<DataState>, point: Point): void {
  state.live = [...state.live.slice(1), point];
}

serveCommands(
  {
    async live(params) {
      const rate = numberParam(params, "rate", 20);
      const seconds = numberParam(params, "seconds", 5);
      const start = epochNow();
      const cpuBefore = cpuMilliseconds();
      let ticks = 0;
      while (epochNow() - start < seconds * 1000) {
        await broadcastCallback(gui, slide, [{ t: next, v: wave(next) }]);
        next++;
        ticks++;
        await sleep(Math.max(0, start + (ticks * 1000) / rate - epochNow()));
      }
      return { ticks, cpuMs: cpuMilliseconds() - cpuBefore };
    },
  },
  { url: gui.url },
  { cleanup: () => gui.stop() },
);
