/**
 * The types carry the design: `State<S>` narrows every variable, and callbacks and the State API get the
 * app's own State. The checks are in a function that never runs; `npx tsc -p tsconfig.json` and
 * `deno check` verify them: each `@ts-expect-error` line must be an error, every other line must not.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  type Callback,
  defineFunctions,
  download,
  Gui,
  type GuiFunctions,
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

/** Every callback option and `functions` get the State of `new Gui<S>()` with no annotation. */
function callbackChecks(): void {
  new Gui<AppState>({
    page: "<|{threshold}|>",
    state: initial,
    functions: {
      add: (state) => void (state.threshold += 1),
      named(state, step) {
        state.receivedData = typeof step === "number" ? step : 0;
      },
      fmt: (value: number) => value.toFixed(1),
      toLov: (item: { id: number }) => [String(item.id), "label"],
      // @ts-expect-error: a misspelt variable in an inline function
      typo: (state) => void (state.treshold += 1),
      // @ts-expect-error: functions are functions
      notAFunction: 42,
    },
    onInit: (state) => void (state.labels = []),
    onChange: (state, name, value) => {
      const variable: keyof AppState = name;
      void variable;
      // @ts-expect-error: the value comes from the browser: narrow it before use
      state.threshold = value;
    },
    onAction: (state, id, payload) => void (state.labels = [id ?? "", String(payload)]),
    onException: (state, name, error) => void (state.labels = [name, String(error)]),
    onNavigate: (state, page) => (state.threshold > 10 ? page : "home"),
    onPageLoad: (state, page) => void state.labels.push(page),
  });
  // @ts-expect-error: onInit's State is narrowed
  new Gui<AppState>({ page: "x", state: initial, onInit: (state) => void state.threshld });
  // @ts-expect-error: onAction's State is narrowed
  new Gui<AppState>({ page: "x", state: initial, onAction: (state) => void state.threshld });
  // @ts-expect-error: onException's State is narrowed
  new Gui<AppState>({ page: "x", state: initial, onException: (state) => void state.threshld });
  // @ts-expect-error: onNavigate's State is narrowed
  new Gui<AppState>({ page: "x", state: initial, onNavigate: (state) => void state.threshld });
  // @ts-expect-error: onPageLoad's State is narrowed
  new Gui<AppState>({ page: "x", state: initial, onPageLoad: (state) => void state.threshld });
  // @ts-expect-error: onChange names only variables of the state
  new Gui<AppState>({ page: "x", state: initial, onChange: (_state, name) => void (name === "treshold") });

  // Without <S>, the state's type is inferred from `state` and reaches functions just the same.
  new Gui({
    page: "<|{count}|>",
    state: { count: 0 },
    functions: {
      add: (state) => void (state.count += 1),
      // @ts-expect-error: a misspelt variable, with S inferred
      typo: (state) => void (state.cuont += 1),
    },
  });

  // Functions written in another module: Callback<S>, GuiFunctions<S> and defineFunctions<S>().
  const add: Callback<AppState> = (state) => void (state.threshold += 1);
  // @ts-expect-error: Callback<S> checks the variables
  const typo: Callback<AppState> = (state) => void (state.treshold += 1);
  const step: Callback<AppState, [id: string, step: number]> = (state, _id, by) => void (state.threshold += by);
  // @ts-expect-error: and the arguments it declares
  const badStep: Callback<AppState, [id: string, step: number]> = (_state, id) => id * 2;
  const table: GuiFunctions<AppState> = { add, step, typo, badStep, fmt: (n: number) => n.toFixed(2) };
  const functions = defineFunctions<AppState>()({
    reset: (state) => void (state.threshold = 0),
    double: (value: number) => value * 2,
    // @ts-expect-error: defineFunctions checks the variables too
    typo: (state) => void (state.thresold = 0),
  });
  const doubled: number = functions.double(2); // each function keeps its own type
  void doubled;
  new Gui<AppState>({ page: "x", state: initial, functions: { ...functions, ...table } });
}

test("State<S> narrows every variable (the checks are verified by tsc and deno check)", () => {
  assert.type(typeChecks, "function");
  assert.type(callbackChecks, "function");
});

test.run();
