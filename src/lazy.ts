/**
 * A module loaded on demand: `get()` is the module once loaded (synchronously usable in render), `load()`
 * fetches it once. A failed load is not cached, so a later call tries again.
 */
export interface Lazy<T> {
  get(): T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (pending ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
