/**
 * A CPU-heavy simulation in a worker thread, shown live in every tab: the worker computes a frame every
 * 200 ms and calls the Gui's `showFrame` for every client through the worker bridge; the heater power is
 * one value for everyone (a shared variable), sent to the worker when a user moves the slider.
 *
 *   node --import tsx examples/worker_simulator.ts [--port 5000]
 *   deno run -A examples/worker_simulator.ts
 */
import {
  type AppWorker,
  commandLineArgs,
  flagValue,
  Gui,
  isMainModule,
  type State,
  startWorker,
} from "../mod.ts";
import type { SimulatorFrame } from "./simulator_worker.ts";

export type SimulatorState = {
  power: number;
  step: number;
  mean: number;
  max: number;
  profile: SimulatorFrame["profile"];
};

const page = `
# Heat along a rod

Heater power: <|{power}|slider|min=0|max=100|on_change=setPower|>

Step <|{step}|> · mean <|{mean}|> · hottest <|{max}|>

<|{profile}|chart|x=position|y=temperature|>
`;

export interface WorkerSimulator {
  gui: Gui<SimulatorState>;
  worker: AppWorker;
  stop(): Promise<void>;
}

export async function startWorkerSimulator(
  options: { port?: number; quiet?: boolean } = {},
): Promise<WorkerSimulator> {
  let worker: AppWorker | undefined;
  const gui = new Gui<SimulatorState>({
    page,
    state: { power: 50, step: 0, mean: 0, max: 0, profile: { position: [], temperature: [] } },
    shared: ["power"],
    functions: {
      // Called by the worker, by name, for every client.
      showFrame: (state: State<SimulatorState>, frame: SimulatorFrame) => {
        state.step = frame.step;
        state.mean = frame.mean;
        state.max = frame.max;
        state.profile = frame.profile;
      },
      setPower: (_state: State<SimulatorState>, _name: string, power: number) => {
        worker?.postMessage({ power });
      },
    },
  });
  await gui.run({ port: options.port ?? 5000, title: "Worker simulator", quiet: options.quiet ?? false });
  worker = await startWorker(new URL("./simulator_worker.ts", import.meta.url));
  const disconnect = gui.connectWorker(worker);
  const started = worker;
  return {
    gui,
    worker: started,
    async stop() {
      disconnect();
      await started.terminate();
      await gui.stop();
    },
  };
}

if (isMainModule(import.meta.url)) {
  const port = flagValue(commandLineArgs(), "port");
  await startWorkerSimulator(port === undefined ? {} : { port: Number(port) });
}
