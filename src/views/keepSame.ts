/**
 * Returns the object cached under `key` when it has the same own values as
 * `next` (compared with Object.is), else caches and returns `next`. A view
 * that derives plain-value models from each new world this way hands Svelte
 * the same objects for what did not change, so a keyed `{#each}` skips them:
 * with hundreds of instances, most of a frame's work is saved.
 */
export function keepSame<T extends object>(cache: Map<string, T>, key: string, next: T): T {
  const previous = cache.get(key);
  if (previous) {
    const a = previous as Record<string, unknown>;
    const b = next as Record<string, unknown>;
    const keys = Object.keys(b);
    if (keys.length === Object.keys(a).length && keys.every((k) => Object.is(a[k], b[k])))
      return previous;
  }
  cache.set(key, next);
  return next;
}
