import { scaleSqrt } from 'd3';
import type { ImageSpec, LayerCause } from '../sim/worldSpec.ts';

/** One layer of an image as the image view draws it. */
export interface LayerRow {
  id: string;
  /** The Dockerfile line that made it, or the layer's id for an image given by layers. */
  instruction: string;
  sizeMiB: number;
  /** Width of its bar, 0..1 of the widest (square-root scale: small layers stay visible). */
  share: number;
  /** Null for an image that was not built from steps. */
  rebuilt: boolean | null;
  cause: LayerCause | null;
  /** Time its step took in this build (0 when cached). */
  takesMs: number;
}

/** An image's layers, top (last step) first, as `docker history` lists them. */
export function imageLayers(image: ImageSpec): LayerRow[] {
  const built = image.build?.layers;
  const max = Math.max(0, ...image.layers.map((layer) => layer.sizeMiB));
  const width = scaleSqrt()
    .domain([0, max || 1])
    .range([0.02, 1])
    .clamp(true);
  return image.layers
    .map((layer, i): LayerRow => {
      const b = built?.[i];
      return {
        id: layer.id,
        instruction: b?.instruction ?? layer.id,
        sizeMiB: layer.sizeMiB,
        share: width(layer.sizeMiB),
        rebuilt: b ? b.rebuilt : null,
        cause: b ? b.cause : null,
        takesMs: b?.takesMs ?? 0,
      };
    })
    .reverse();
}
