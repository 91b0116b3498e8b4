/**
 * Variables with one value for every client (`gui.addSharedVariable(name)`, Taipy's shared variables). The
 * value lives here; each client's state holds the same reference so that its expressions read it like any
 * other variable. An assignment in any client, or from background work through `gui.assignShared`, reaches
 * every client state, connected or waiting for its tab; an in-place change (`state.messages.push(m)`)
 * changes the one value and is pushed to every client too.
 */
import { didYouMean } from "../errors.ts";
import { DeepTracker } from "./deep_tracker.ts";

/** What a client state does for the shared variables. */
export interface SharedMember {
  /** Takes a shared variable's new value and sends it. */
  receiveShared(name: string, value: unknown): void;
  /** Sends a shared variable again after an in-place change. */
  markMutated(name: string): void;
}

export class SharedVariables {
  readonly #values: Record<string, unknown> = {};
  readonly #members = new Set<SharedMember>();
  readonly #tracker: DeepTracker;

  constructor() {
    this.#tracker = new DeepTracker({
      read: (name) => this.#values[name],
      // A copy on write is followed at once by the change that caused it, which marks the variable.
      replace: (name, value) => this.#store(name, value),
      mutated: (name) => {
        for (const member of this.#members) member.markMutated(name);
      },
    });
  }

  /** Makes `name` shared, starting from a copy of `initial` (the value in the Gui's state). */
  add(name: string, initial: unknown): void {
    if (Object.hasOwn(this.#values, name)) return;
    this.#values[name] = structuredClone(initial);
    this.#tracker.own(name);
  }

  has(name: string): boolean {
    return Object.hasOwn(this.#values, name);
  }

  names(): string[] {
    return Object.keys(this.#values);
  }

  value(name: string): unknown {
    return this.#values[name];
  }

  /** What a client reads as `state[name]`: a tracked proxy for an object or array, else the value. */
  read(name: string): unknown {
    return this.#tracker.track(name, this.#values[name]);
  }

  /** Sets a shared variable for every client. Throws for a name that is not shared. */
  assign(name: string, value: unknown): void {
    if (!this.has(name)) {
      const hint = didYouMean(name, this.names()) ?? "declare it with gui.addSharedVariable(name)";
      throw new Error(`"${name}" is not a shared variable (${hint})`);
    }
    this.#store(name, this.#tracker.adoptRoot(name, value));
  }

  /** Sends a shared variable again to every client, after a change the tracking could not see. */
  refresh(name: string): void {
    for (const member of this.#members) member.markMutated(name);
  }

  attach(member: SharedMember): void {
    this.#members.add(member);
  }

  detach(member: SharedMember): void {
    this.#members.delete(member);
  }

  #store(name: string, value: unknown): void {
    this.#values[name] = value;
    for (const member of this.#members) member.receiveShared(name, value);
  }
}
