/**
 * The proxy traps behind a tracked object or array (fields and items) and behind a tracked Map or Set (its
 * methods). Every trap works on the object the proxy stands for now, which is its copy after a copy on write,
 * not necessarily the proxy's own target.
 */

/**
 * What the traps ask of the tracker that made the proxy (DeepTracker, deep_tracker.ts, which imports these
 * handlers): named here so that this file need not import it back.
 */
export interface ProxyTracker {
  /** The object a proxy of `root` stands for now (its copy after a copy on write). */
  resolve(root: string, target: object): object;
  /** Wraps a value read under `root` in a tracking proxy (cached in `proxies`). */
  track(root: string, value: unknown, proxies?: WeakMap<object, object>): unknown;
  /** The object to write for a proxy of `target`, copied first if it is not the tracker's own. */
  writable(root: string, target: object): object;
  /** A value written inside a container of `root`, prepared to be stored there. */
  adoptInto(root: string, value: unknown): unknown;
  /** Marks `root` changed. */
  mutated(root: string): void;
}

/** Map and Set methods that change the collection. */
const COLLECTION_MUTATORS: ReadonlySet<PropertyKey> = new Set(["set", "add", "delete", "clear"]);

/** `proxies` is the tracker's proxy cache for `root`, passed in so that each read skips finding it. */
export function fieldsHandler(
  tracker: ProxyTracker,
  root: string,
  proxies: WeakMap<object, object>,
): ProxyHandler<object> {
  return {
    get(target, key) {
      const value: unknown = Reflect.get(tracker.resolve(root, target), key);
      return typeof key === "symbol" ? value : tracker.track(root, value, proxies);
    },
    set(target, key, value) {
      const writable = tracker.writable(root, target);
      const done = Reflect.set(writable, key, tracker.adoptInto(root, value));
      tracker.mutated(root);
      return done;
    },
    deleteProperty(target, key) {
      const writable = tracker.writable(root, target);
      const done = Reflect.deleteProperty(writable, key);
      tracker.mutated(root);
      return done;
    },
    defineProperty(target, key, descriptor) {
      const writable = tracker.writable(root, target);
      const adopted = "value" in descriptor
        ? { ...descriptor, value: tracker.adoptInto(root, descriptor.value) }
        : descriptor;
      const done = Reflect.defineProperty(writable, key, adopted);
      tracker.mutated(root);
      return done;
    },
    has: (target, key) => Reflect.has(tracker.resolve(root, target), key),
    ownKeys: (target) => Reflect.ownKeys(tracker.resolve(root, target)),
    getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(tracker.resolve(root, target), key),
  };
}

/**
 * Maps and Sets keep their data in internal slots that a proxy cannot reach, so their methods run on the
 * collection itself, and the changing ones mark the root. Their entries are handed out as they are, not
 * tracked: changing an object kept in a Map in place needs `state.refresh(name)`.
 */
export function collectionHandler(tracker: ProxyTracker, root: string): ProxyHandler<object> {
  return {
    get(target, key, receiver) {
      const collection = tracker.resolve(root, target);
      const value: unknown = Reflect.get(collection, key, collection);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!COLLECTION_MUTATORS.has(key)) return method.bind(collection);
      return (...args: unknown[]) => {
        const writable = tracker.writable(root, target);
        const result = method.apply(writable, args);
        tracker.mutated(root);
        // `map.set(a, 1).set(b, 2)` chains on the proxy, so that the second call is tracked too.
        return result === writable ? receiver : result;
      };
    },
  };
}
