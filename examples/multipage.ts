/**
 * A multi-page application: a root page with a navbar frames three pages, navigation never reloads the
 * tab, and one State per tab lives across pages.
 *
 * - home (Markdown): links, and a count of the pages this tab has shown (onPageLoad);
 * - live (Markdown): readings every second in a shared variable, the same for every tab;
 * - settings (the typed builder): a threshold of this tab, and a slow recalibration run with
 *   invokeLongCallback, whose progress shows while it runs and which then updates a partial for this tab.
 *
 *   node --import tsx examples/multipage.ts [--port 5000]
 *   deno run -A examples/multipage.ts
 */
import { el, page } from "../gui/builder/mod.ts";
import {
  commandLineArgs,
  flagValue,
  Gui,
  invokeLongCallback,
  isMainModule,
  navigate,
  type PagePartial,
  type State,
} from "../mod.ts";

export type MultipageState = {
  /** Shared: one series for every tab. */
  readings: number[];
  latest: number;
  /** This tab's own. */
  visits: number;
  threshold: number;
  calibration: number | null;
  calibrating: boolean;
};

const root = `
# Plant monitor

<|navbar|>

Latest reading: <|{latest}|format=%.1f|> (threshold <|{threshold}|>)

<|content|>

<|part|partial=tip|>
`;

const home = `
## Home

This tab has shown <|{visits}|> pages. Go to [the live data](/live) or [the settings](/settings).

<|Open the settings|button|on_action=openSettings|>
`;

const live = `
## Live data

<|{latest}|metric|min=0|max=100|threshold={threshold}|format=%.1f|title=Latest|>

Last readings: <|{lastFive(readings)}|>

<|{latest > threshold ? "Above the threshold" : "Within range"}|>
`;

const settings = page((b) => {
  b.markdown("## Settings\n\nThreshold of this tab:");
  b.slider("{threshold}", { min: 0, max: 100 });
  b.layout({ columns: "1 2" }, (b) => {
    b.button("Recalibrate", { on_action: "recalibrate", active: "{!calibrating}" });
    b.part([el.progress("{calibration}", { show_value: true, linear: true })]);
  });
});

/** Slow work that does not touch any state: it runs off the request path. */
async function computeCalibration(threshold: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return Math.round(threshold * 0.98 * 10) / 10;
}

export interface MultipageOptions {
  port?: number;
  quiet?: boolean;
  /** Milliseconds between readings (default 1000). */
  interval?: number;
}

export interface Multipage {
  gui: Gui<MultipageState>;
  stop(): Promise<void>;
}

export async function startMultipage(options: MultipageOptions = {}): Promise<Multipage> {
  let tip: PagePartial | undefined;
  const recalibrate = (state: State<MultipageState>) => {
    state.calibrating = true;
    state.calibration = 0;
    void invokeLongCallback(
      state,
      computeCalibration,
      [state.threshold],
      (state, status, result) => {
        if (typeof status === "number") {
          state.calibration = Math.min(95, status * 10);
          return;
        }
        state.calibrating = false;
        state.calibration = status ? 100 : null;
        if (status && result !== undefined) {
          state.threshold = result;
          tip?.update(state, `*Recalibrated: the threshold is now <|{threshold}|>.*`);
        }
      },
      [],
      200,
    );
  };
  const gui = new Gui<MultipageState>({
    pages: { "/": root, home, live, settings },
    state: { readings: [], latest: 0, visits: 0, threshold: 60, calibration: null, calibrating: false },
    shared: ["readings", "latest"],
    onPageLoad: (state) => void (state.visits += 1),
    functions: {
      openSettings: (state: State<MultipageState>) => navigate(state, "settings"),
      recalibrate,
      lastFive: (values: number[]) => values.slice(-5).map((value) => value.toFixed(1)).join(", "),
    },
  });
  tip = gui.addPartial("tip", "*Tip: the navbar and the links switch pages without reloading.*");
  let readings: number[] = [];
  const timer = setInterval(() => {
    const value = 50 + 40 * Math.sin(Date.now() / 5000) + 5 * Math.random();
    readings = [...readings, value].slice(-30);
    gui.assignShared("latest", value);
    gui.assignShared("readings", readings);
  }, options.interval ?? 1000);
  await gui.run({ port: options.port ?? 5000, title: "Plant monitor", quiet: options.quiet ?? false });
  return {
    gui,
    async stop() {
      clearInterval(timer);
      await gui.stop();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const port = flagValue(commandLineArgs(), "port");
  await startMultipage(port === undefined ? {} : { port: Number(port) });
}
