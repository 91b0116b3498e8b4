/**
 * The worker side of examples/worker_simulator.ts: heat spreading along a rod, warmed at one end by a
 * heater whose power the page sets. Each frame runs thousands of small time steps, work that would stall
 * every client if it ran on the server's thread; here it runs beside it, and each 200 ms frame goes to
 * every client through the bridge.
 */
import { parentMessagePort, workerBridge } from "../worker.ts";

/** What each client receives, 5 times a second. */
export interface SimulatorFrame {
  step: number;
  /** The rod's temperature profile, sampled: one point per sample position. */
  profile: { position: number[]; temperature: number[] };
  mean: number;
  max: number;
}

const CELLS = 400;
const SAMPLES = 40;
const STEPS_PER_FRAME = 4000;
const FRAME_MS = 200;
/** Diffusion per step; below 0.5 the explicit scheme stays stable. */
const RATE = 0.45;

let temperature = new Float64Array(CELLS);
let next = new Float64Array(CELLS);
let power = 50;
let step = 0;

function advance(): void {
  for (let repeat = 0; repeat < STEPS_PER_FRAME; repeat++) {
    next[0] = power; // the heated end
    next[CELLS - 1] = 0; // the cold end
    for (let cell = 1; cell < CELLS - 1; cell++) {
      const here = temperature[cell] ?? 0;
      next[cell] = here + RATE * ((temperature[cell - 1] ?? 0) - 2 * here + (temperature[cell + 1] ?? 0));
    }
    [temperature, next] = [next, temperature];
    step++;
  }
}

function frame(): SimulatorFrame {
  const position: number[] = [];
  const sampled: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    const cell = Math.round((sample * (CELLS - 1)) / (SAMPLES - 1));
    position.push(cell);
    sampled.push(Math.round((temperature[cell] ?? 0) * 100) / 100);
  }
  let sum = 0;
  let max = 0;
  for (const value of temperature) {
    sum += value;
    max = Math.max(max, value);
  }
  return { step, profile: { position, temperature: sampled }, mean: Math.round((sum / CELLS) * 100) / 100, max };
}

const port = await parentMessagePort();
port.onMessage((message) => {
  const settings = message as { power?: unknown };
  if (typeof settings.power === "number") power = settings.power;
});
setInterval(() => {
  advance();
  workerBridge.broadcastCallback("showFrame", [frame()]).catch((error) => console.error(error));
}, FRAME_MS);
