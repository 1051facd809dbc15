/** Layers of a directed graph, for a layered drawing. */
export interface Layering {
  /** Each layer's nodes, in drawing order. */
  layers: string[][];
  layer: Map<string, number>;
  /** Edges set aside to break cycles (`from>to`): they go against the layers. */
  back: Set<string>;
}

/**
 * Layers a directed graph for drawing: a depth-first walk from `starts` (then
 * from every node not reached, in order) sets aside the edges that close a
 * cycle; each node then goes one layer after its deepest predecessor
 * (`first` is the least layer of a node with none, `fixed` pins some); a few
 * barycentre sweeps order each layer to keep crossings few. Deterministic:
 * ties keep the nodes' given order.
 */
export function layering(
  names: readonly string[],
  edges: readonly (readonly [string, string])[],
  options: { starts?: readonly string[]; fixed?: ReadonlyMap<string, number>; first?: number } = {},
): Layering {
  const first = options.first ?? 0;
  const fixed = options.fixed ?? new Map<string, number>();
  const known = new Set(names);
  const plain = edges.filter(([a, b]) => a !== b && known.has(a) && known.has(b));
  const out = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const [a, b] of plain) out.get(a)!.push(b);

  const back = new Set<string>();
  const seen = new Map<string, 1 | 2>();
  const visit = (n: string) => {
    seen.set(n, 1);
    for (const m of out.get(n)!) {
      if (seen.get(m) === 1) back.add(`${n}>${m}`);
      else if (!seen.has(m)) visit(m);
    }
    seen.set(n, 2);
  };
  for (const n of options.starts ?? []) if (known.has(n) && !seen.has(n)) visit(n);
  const hasIn = new Set(plain.map(([, b]) => b));
  for (const n of names) if (!hasIn.has(n) && !seen.has(n)) visit(n);
  for (const n of names) if (!seen.has(n)) visit(n);

  const forward = plain.filter(([a, b]) => !back.has(`${a}>${b}`));
  const indegree = new Map(names.map((n) => [n, 0]));
  for (const [, b] of forward) indegree.set(b, indegree.get(b)! + 1);
  const layer = new Map(names.map((n) => [n, fixed.get(n) ?? first]));
  const queue = names.filter((n) => indegree.get(n) === 0);
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    for (const [a, b] of forward) {
      if (a !== n) continue;
      if (!fixed.has(b)) layer.set(b, Math.max(layer.get(b)!, layer.get(n)! + 1));
      indegree.set(b, indegree.get(b)! - 1);
      if (indegree.get(b) === 0) queue.push(b);
    }
  }

  const count = names.length ? Math.max(...layer.values()) + 1 : 0;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const n of names) layers[layer.get(n)!].push(n);

  const sweep = (down: boolean) => {
    const index = new Map<string, number>();
    for (const l of layers) l.forEach((n, i) => index.set(n, i));
    const order = down ? [...layers.keys()] : [...layers.keys()].reverse();
    for (const li of order) {
      const l = layers[li];
      const score = new Map<string, number>();
      for (const n of l) {
        const near = forward
          .filter(([a, b]) => (down ? b === n : a === n))
          .map(([a, b]) => index.get(down ? a : b)!);
        score.set(n, near.length ? near.reduce((x, y) => x + y, 0) / near.length : index.get(n)!);
      }
      l.sort((a, b) => score.get(a)! - score.get(b)!);
      l.forEach((n, i) => index.set(n, i));
    }
  };
  for (let i = 0; i < 2; i++) {
    sweep(true);
    sweep(false);
  }
  sweep(true);
  return { layers, layer, back };
}
