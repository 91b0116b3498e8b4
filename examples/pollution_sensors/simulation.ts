/**
 * The sensors of Taipy's realtime pollution demo, simulated: a 30 x 241 grid of readings around a factory
 * whose plume swells and shrinks over time, plus noise, and a fleet of drones with battery, AQI and status.
 * Deterministic for a given seed, so tests can check what a tab shows.
 */

export const GRID_ROWS = 30;
export const GRID_COLUMNS = 241;

/** The factory, and the grid's corner, in degrees (around a city, as in the demo). */
const FACTORY = { lat: 48.86, lon: 2.35 };
const GRID_ORIGIN = { lat: 48.80, lon: 2.22 };
const GRID_STEP = { lat: 0.004, lon: 0.0011 };

export interface Drone {
  id: string;
  battery: number;
  aqi: number;
  status: "flying" | "charging" | "idle";
}

export interface Tick {
  /** Tick number, from 1. */
  tick: number;
  time: string;
  /** Latitudes, longitudes and pollution of every grid point, row by row (7,230 each). */
  lat: number[];
  lon: number[];
  pollution: number[];
  drones: Drone[];
}

/** A small, fast, seedable generator (mulberry32), so that runs can be reproduced. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class PollutionSimulation {
  #tick = 0;
  readonly #random: () => number;
  readonly #lat: number[] = [];
  readonly #lon: number[] = [];
  readonly #drones: Drone[];

  constructor(seed = 1) {
    this.#random = seededRandom(seed);
    for (let row = 0; row < GRID_ROWS; row++) {
      for (let column = 0; column < GRID_COLUMNS; column++) {
        this.#lat.push(round(GRID_ORIGIN.lat + row * GRID_STEP.lat, 5));
        this.#lon.push(round(GRID_ORIGIN.lon + column * GRID_STEP.lon, 5));
      }
    }
    this.#drones = Array.from({ length: 10 }, (_, index) => ({
      id: `D${String(index + 1).padStart(2, "0")}`,
      battery: 60 + Math.floor(this.#random() * 40),
      aqi: 0,
      status: "flying" as const,
    }));
  }

  next(now = new Date()): Tick {
    this.#tick++;
    // The plume breathes: its spread and strength follow a slow wave.
    const phase = (this.#tick / 20) * 2 * Math.PI;
    const strength = 90 + 40 * Math.sin(phase);
    const spread = 0.025 + 0.012 * Math.sin(phase + 1);
    const pollution = this.#lat.map((lat, index) => {
      const dLat = lat - FACTORY.lat;
      const dLon = ((this.#lon[index] ?? 0) - FACTORY.lon) * 0.66;
      const plume = strength * Math.exp(-(dLat * dLat + dLon * dLon) / (2 * spread * spread));
      return round(Math.max(0, plume + (this.#random() - 0.5) * 6), 1);
    });
    for (const drone of this.#drones) this.#moveDrone(drone, pollution);
    return {
      tick: this.#tick,
      time: now.toISOString(),
      lat: this.#lat,
      lon: this.#lon,
      pollution,
      drones: this.#drones.map((drone) => ({ ...drone })),
    };
  }

  #moveDrone(drone: Drone, pollution: readonly number[]): void {
    if (drone.status === "charging") {
      drone.battery = Math.min(100, drone.battery + 8);
      if (drone.battery >= 95) drone.status = "flying";
    } else {
      drone.battery = Math.max(0, drone.battery - 1 - Math.floor(this.#random() * 3));
      if (drone.battery < 20) drone.status = "charging";
    }
    const sample = pollution[Math.floor(this.#random() * pollution.length)] ?? 0;
    drone.aqi = drone.status === "flying" ? round(sample, 1) : 0;
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
