import { untrack } from 'svelte';

/**
 * A list of flat, plain-value models (one per drawn thing, with a `key`)
 * kept as long-lived `$state` objects: `update` assigns only the fields that
 * changed, so an `{#each}` over `items` re-runs just the parts of the
 * template that read those fields. With hundreds of instances whose counts
 * change every frame, that is the difference between redrawing a few
 * attributes and re-evaluating every box.
 *
 * Call `update` from an effect (`$effect.pre`) or a handler, never from a
 * `$derived`: it writes state.
 */
export class LiveList<T extends { key: string }> {
  /** The models, in order (a new array only when the membership or order changes). */
  items = $state.raw<T[]>([]);
  // A plain cache of the live models by key: the list above is what is reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #byKey = new Map<string, T>();

  update(next: readonly T[]): void {
    untrack(() => {
      const before = this.items;
      let changed = next.length !== before.length;
      const list = next.map((fresh, i) => {
        let live = this.#byKey.get(fresh.key);
        if (!live) {
          live = this.#create(fresh);
          this.#byKey.set(fresh.key, live);
        } else {
          const target = live as Record<string, unknown>;
          for (const [k, v] of Object.entries(fresh)) if (!Object.is(target[k], v)) target[k] = v;
        }
        if (before[i] !== live) changed = true;
        return live;
      });
      if (!changed) return;
      this.items = list;
      if (this.#byKey.size > list.length) {
        for (const key of [...this.#byKey.keys()])
          if (!list.some((m) => m.key === key)) this.#byKey.delete(key);
      }
    });
  }

  #create(fresh: T): T {
    const live = $state({ ...fresh });
    return live as T;
  }
}
