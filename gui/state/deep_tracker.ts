/**
 * Sees in-place changes of a state's objects and arrays (`state.items.push(x)`, `state.point.x = 3`,
 * `state.matrix[1][2] = 0`, `state.tags.add("a")`) and reports them against the variable that holds them,
 * its "root". Reading a variable hands out a proxy, one per object (so `state.items === state.items`), whose
 * writes go to the object and mark the root changed.
 *
 * Writes never reach beyond the state that made them. Initial values are this state's own copies, written
 * in place. A value assigned from outside (`state.items = shared`) is the caller's, possibly given to other
 * clients too: the first write through a proxy copies the whole variable (copy on write) and proxies handed
 * out before follow their object to its copy. Values written into a tracked container are copied likewise.
 *
 * Reads of the variables themselves (expressions, serialisation) use the raw values and pay nothing.
 */
import {
  containerKind,
  copyContainers,
  forEachContainer,
  unwrapProxies,
} from "./container_copy.ts";
import { collectionHandler, fieldsHandler, type ProxyTracker } from "./tracked_handlers.ts";

/** How a tracker reaches the variables it tracks. */
export interface TrackerHooks {
  read(root: string): unknown;
  /** Puts a copy in place of a variable's value (copy on write), without it counting as a change. */
  replace(root: string, value: unknown): void;
  /** Something under `root` changed in place. */
  mutated(root: string): void;
}

interface ProxyRecord {
  tracker: DeepTracker;
  root: string;
  target: object;
}

/** Every tracked proxy of every tracker, to unwrap a proxy assigned anywhere. */
const records = new WeakMap<object, ProxyRecord>();

export class DeepTracker implements ProxyTracker {
  readonly #hooks: TrackerHooks;
  /** Variables whose every object was made by this tracker and is held by nothing outside it. */
  readonly #owned = new Set<string>();
  /** Objects this tracker made (initial copies and copies on write). */
  readonly #private = new WeakSet<object>();
  /** Per variable: object -> its copy, followed by the proxies of the object. */
  readonly #forward = new Map<string, WeakMap<object, object>>();
  /** Per variable: object -> its proxy. */
  readonly #proxies = new Map<string, WeakMap<object, object>>();
  readonly #handlers = new Map<string, { fields: ProxyHandler<object>; collection: ProxyHandler<object> }>();

  constructor(hooks: TrackerHooks) {
    this.#hooks = hooks;
  }

  /** Declares `root`'s current value this tracker's own: written in place from now on. */
  own(root: string): void {
    forEachContainer(this.#hooks.read(root), (container) => this.#private.add(container));
    this.#owned.add(root);
  }

  /** The value to hand out for something read under `root`: a proxy for a container, else itself. */
  track(root: string, value: unknown, proxies = mapOf(this.#proxies, root)): unknown {
    if (typeof value !== "object" || value === null) return value;
    // The cache first: reading a big array through its proxy asks this once per item.
    const known = proxies.get(value);
    if (known !== undefined) return known;
    const kind = containerKind(value);
    if (kind === undefined) return value;
    const target = value as object;
    const handlers = this.#handlersOf(root);
    const proxy = new Proxy(target, kind === "fields" ? handlers.fields : handlers.collection);
    records.set(proxy, { tracker: this, root, target });
    proxies.set(target, proxy);
    return proxy;
  }

  /**
   * Prepares a value assigned to `root` as a whole: proxies inside it become the objects they stand for.
   * The value stays the caller's (no copy), so `root` is no longer owned; a proxy assigned elsewhere makes
   * its own variable unowned too, since two variables now hold its object.
   */
  adoptRoot(root: string, value: unknown): unknown {
    this.#owned.delete(root);
    return unwrapProxies(value, (candidate) => {
      const record = records.get(candidate);
      if (record === undefined) return undefined;
      record.tracker.#owned.delete(record.root);
      return record.tracker.resolve(record.root, record.target);
    });
  }

  /**
   * Prepares a value written inside a container of `root`: an object of the same variable moves as it is
   * (what sort and splice do); anything else is copied, so that `root` keeps holding only its own objects.
   */
  adoptInto(root: string, value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const record = records.get(value);
    if (record !== undefined && record.tracker === this && record.root === root) {
      return this.resolve(root, record.target);
    }
    const copy = copyContainers(value, (candidate) => this.#unwrap(candidate));
    forEachContainer(copy, (container) => this.#private.add(container));
    return copy;
  }

  /** The object a proxy of `target` under `root` stands for now (its copy, after a copy on write). */
  resolve(root: string, target: object): object {
    // Most variables never need a copy: no map to consult then.
    if (this.#forward.size === 0) return target;
    const forward = this.#forward.get(root);
    if (forward === undefined) return target;
    let current = target;
    for (let next = forward.get(current); next !== undefined; next = forward.get(current)) current = next;
    return current;
  }

  /** The object to write for a proxy of `target` under `root`, copying first what is not this tracker's. */
  writable(root: string, target: object): object {
    if (!this.#owned.has(root)) this.#copyOnWrite(root);
    const current = this.resolve(root, target);
    if (this.#private.has(current)) return current;
    // An object no longer in the variable, reached through a proxy kept from before: give it its own copy.
    this.#copyInto(root, current);
    return this.resolve(root, current);
  }

  mutated(root: string): void {
    this.#hooks.mutated(root);
  }

  #copyOnWrite(root: string): void {
    const copy = this.#copyInto(root, this.#hooks.read(root));
    this.#hooks.replace(root, copy);
    this.#owned.add(root);
  }

  /** Copies `value`'s containers as this tracker's own and points the proxies of the originals at them. */
  #copyInto(root: string, value: unknown): unknown {
    const copies = new Map<object, object>();
    const copy = copyContainers(value, (candidate) => this.#unwrap(candidate), copies);
    const forward = mapOf(this.#forward, root);
    const proxies = mapOf(this.#proxies, root);
    for (const [original, duplicate] of copies) {
      if (original === duplicate) continue;
      forward.set(original, duplicate);
      this.#private.add(duplicate);
      const proxy = proxies.get(original);
      if (proxy !== undefined) proxies.set(duplicate, proxy);
    }
    return copy;
  }

  #unwrap(candidate: object): object {
    const record = records.get(candidate);
    return record === undefined ? candidate : record.tracker.resolve(record.root, record.target);
  }

  #handlersOf(root: string): { fields: ProxyHandler<object>; collection: ProxyHandler<object> } {
    let handlers = this.#handlers.get(root);
    if (handlers === undefined) {
      const proxies = mapOf(this.#proxies, root);
      handlers = { fields: fieldsHandler(this, root, proxies), collection: collectionHandler(this, root) };
      this.#handlers.set(root, handlers);
    }
    return handlers;
  }
}

function mapOf(maps: Map<string, WeakMap<object, object>>, root: string): WeakMap<object, object> {
  let map = maps.get(root);
  if (map === undefined) {
    map = new WeakMap();
    maps.set(root, map);
  }
  return map;
}
