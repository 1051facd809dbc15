import type { ImageSpec } from './worldSpec.ts';

/** A node's image cache as the puller sees it. */
export interface LayerCache {
  /** Layer id → time the layer is (or will be) on disk. */
  layers: Record<string, number>;
  /** The node pulls one layer at a time; its link is busy until then. */
  pullBusyUntil: number;
  pullMiBps: number;
}

export interface PullPlan {
  /** When every layer of the image is on the node. */
  readyAt: number;
  /** MiB this pull downloads (layers the node did not have or was not fetching). */
  downloadedMiB: number;
}

/**
 * Plans pulling an image onto a node at time `t`: layers already there cost
 * nothing, layers being fetched for another container are shared, missing
 * layers are downloaded one after another at the node's bandwidth. Updates
 * the cache.
 */
export function pullImage(cache: LayerCache, image: ImageSpec, t: number): PullPlan {
  let readyAt = t;
  let downloadedMiB = 0;
  for (const layer of image.layers) {
    const have = cache.layers[layer.id];
    if (have !== undefined) {
      readyAt = Math.max(readyAt, have);
      continue;
    }
    const start = Math.max(t, cache.pullBusyUntil);
    const done = start + Math.ceil((layer.sizeMiB / cache.pullMiBps) * 1000);
    cache.pullBusyUntil = done;
    cache.layers[layer.id] = done;
    downloadedMiB += layer.sizeMiB;
    readyAt = Math.max(readyAt, done);
  }
  return { readyAt, downloadedMiB };
}

/** Total size of an image. */
export function imageSizeMiB(image: ImageSpec): number {
  return image.layers.reduce((sum, layer) => sum + layer.sizeMiB, 0);
}
