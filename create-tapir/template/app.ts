/**
 * {{name}}: a live reading moved by a timer, a slider that sets an alert threshold, and a chart of the
 * last readings. Every open tab has its own State; the timer moves them all.
 *
 *   npm start              (or: deno task start)
 *   npm start -- --port 8080
 */
import { broadcastCallback, Gui, isMainModule, type State } from "tapir";

export type AppState = {
  reading: number;
  threshold: number;
  history: { t: number; value: number }[];
};

const page = `# {{name}}

Live reading: <|{reading}|id=reading|>

Alert threshold: <|{threshold}|slider|min=0|max=100|id=threshold|>

<|{reading > threshold ? "Above the threshold" : "Below the threshold"}|id=status|>

<|{history}|chart|x=t|y=value|>
`;

/** The app, not yet running: the test starts it on a free port, `npm start` on port 5000. */
export function createApp(): Gui<AppState> {
  return new Gui<AppState>({
    page,
    state: { reading: 50, threshold: 70, history: [] },
  });
}

/** Moves one tab's reading to the value at time `t` and appends it to the chart. */
export function tick(state: State<AppState>, t: number): void {
  state.reading = Math.round(50 + 40 * Math.sin(t / 5));
  state.history = [...state.history.slice(-29), { t, value: state.reading }];
}

if (isMainModule(import.meta.url)) {
  const gui = createApp();
  // `--port 8080` on the command line overrides this port.
  await gui.run({ port: 5000 });
  let t = 0;
  setInterval(() => void broadcastCallback(gui, tick, [t++]), 1000);
}
