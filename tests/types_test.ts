/**
 * The types carry the design: `State<S>` narrows every variable, and callbacks and the State API get the
 * app's own State. The checks are in a function that never runs; `npx tsc -p tsconfig.json` and
 * `deno check` verify them: each `@ts-expect-error` line must be an error, every other line must not.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  download,
  Gui,
  holdControl,
  invokeCallback,
  invokeLongCallback,
  navigate,
  notify,
  resumeControl,
  type State,
} from "../mod.ts";

type AppState = { receivedData: number; threshold: number; labels: string[]; point: { x: number } };

const initial: AppState = { receivedData: 0, threshold: 50, labels: [], point: { x: 0 } };

function typeChecks(state: State<AppState>, gui: Gui<AppState>): void {
  const data: number = state.receivedData;
  state.threshold = data + 1;
  state.labels.push("a");
  state.point.x = 2;
  // @ts-expect-error: a misspelt variable is no variable
  state.recievedData = 1;
  // @ts-expect-error: reading one is an error too
  void state.recievedData;
  // @ts-expect-error: a number variable takes no string
  state.threshold = "high";
  // @ts-expect-error: nor does an array of strings take a number
  state.labels.push(3);
  // @ts-expect-error: nested objects keep their shape
  state.point.y = 1;

  state.assign("threshold", 3);
  // @ts-expect-error: assign() checks the value against the variable
  state.assign("threshold", "3");
  // @ts-expect-error: and the name against the state
  state.assign("treshold", 3);
  state.refresh("labels");
  // @ts-expect-error: refresh() takes variable names only
  state.refresh("nope");

  notify(state, "success", "Saved", { duration: 5000 });
  notify(state, "e", "Failed");
  // @ts-expect-error: four kinds of notification (and their initials)
  notify(state, "loud", "x");
  holdControl(state, (held) => void (held.threshold = 1), "Working...");
  holdControl(state, "stop");
  // @ts-expect-error: the cancel callback gets this app's State
  holdControl(state, (held) => void (held.treshold = 1));
  resumeControl(state);
  download(state, new Uint8Array([1]), "a.bin");
  download(state, "text", "a.txt");
  // @ts-expect-error: a number is no file content
  download(state, 42, "a.bin");
  navigate(state, "home", { tab: "2" });

  new Gui<AppState>({
    page: "<|{threshold}|>",
    state: initial,
    onInit: (state) => void (state.threshold = 0),
    // @ts-expect-error: callbacks see the narrowed State
    onChange: (state) => void state.thresold,
  });
  // @ts-expect-error: the initial state must have every variable
  new Gui<AppState>({ page: "<|{threshold}|>", state: { receivedData: 0, threshold: 0 } });
  // @ts-expect-error: only variables of the state can be shared
  new Gui<AppState>({ page: "<|{threshold}|>", state: initial, shared: ["treshold"] });

  void invokeCallback(gui, "id", (state, step: number) => (state.threshold += step), [1]);
  // @ts-expect-error: invokeCallback's function gets the narrowed State
  void invokeCallback(gui, "id", (state) => state.thresold, []);
  // @ts-expect-error: and its arguments are checked against its parameters
  void invokeCallback(gui, "id", (state, step: number) => (state.threshold += step), ["1"]);
  void invokeLongCallback(state, (n: number) => n * 2, [21], (state, status, result) => {
    if (status === true) state.threshold = result ?? 0;
  });
  gui.addSharedVariable("labels");
  // @ts-expect-error: addSharedVariable takes names of the state only
  gui.addSharedVariable("lables");
}

test("State<S> narrows every variable (the checks are verified by tsc and deno check)", () => {
  assert.type(typeChecks, "function");
});

test.run();
