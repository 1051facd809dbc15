import type { ImageSpec } from '../sim/worldSpec.ts';
import type { NodeView } from '../sim/worldView.ts';

/**
 * Where a layer of an image stands on a node at a moment: on its disk from
 * the start, pulled during the run, being pulled, or not there.
 */
export type LayerState = 'present' | 'pulled' | 'pulling' | 'missing';

export interface NodeLayers {
  node: string;
  /** One state per layer of the image, bottom (base) first. */
  states: LayerState[];
  /** MiB of the image this node would still have to download (missing or on their way). */
  toPullMiB: number;
}

/** Each machine's copy of an image's layers at time `t` (those that hold none of it included). */
export function layerPresence(
  nodes: readonly NodeView[],
  image: ImageSpec,
  t: number,
): NodeLayers[] {
  return nodes.map((node) => {
    let toPullMiB = 0;
    const states = image.layers.map((layer): LayerState => {
      const at = node.layers[layer.id];
      let state: LayerState;
      if (at === undefined) state = 'missing';
      else if (at > t) state = 'pulling';
      else state = at === 0 ? 'present' : 'pulled';
      if (state === 'missing' || state === 'pulling') toPullMiB += layer.sizeMiB;
      return state;
    });
    return { node: node.name, states, toPullMiB };
  });
}
