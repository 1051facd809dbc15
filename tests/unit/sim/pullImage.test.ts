import { describe, expect, it } from 'vitest';
import { imageSizeMiB, pullImage, type LayerCache } from '../../../src/sim/pullImage.ts';
import type { ImageSpec } from '../../../src/sim/worldSpec.ts';

function cache(layers: Record<string, number> = {}, pullMiBps = 100): LayerCache {
  return { layers: { ...layers }, pullBusyUntil: 0, pullMiBps };
}

const app: ImageSpec = {
  name: 'orders:v1',
  layers: [
    { id: 'os', sizeMiB: 50 },
    { id: 'runtime', sizeMiB: 30 },
    { id: 'code', sizeMiB: 20 },
  ],
};

describe('pullImage', () => {
  it('downloads missing layers one after another at the node bandwidth', () => {
    const c = cache();
    // At 100 MiB/s: 50 MiB takes 500 ms, 30 MiB 300 ms, 20 MiB 200 ms.
    const plan = pullImage(c, app, 1000);
    expect(plan).toEqual({ readyAt: 2000, downloadedMiB: 100 });
    expect(c.layers).toEqual({ os: 1500, runtime: 1800, code: 2000 });
    expect(c.pullBusyUntil).toBe(2000);
  });

  it('rounds each layer up to a whole millisecond', () => {
    const c = cache({}, 3);
    // 1 MiB at 3 MiB/s = 333.3 ms → 334; two of them back to back → 668.
    const plan = pullImage(
      c,
      {
        name: 'x',
        layers: [
          { id: 'a', sizeMiB: 1 },
          { id: 'b', sizeMiB: 1 },
        ],
      },
      0,
    );
    expect(plan.readyAt).toBe(668);
    expect(c.layers).toEqual({ a: 334, b: 668 });
  });

  it('costs nothing for layers already on disk', () => {
    const c = cache({ os: 0, runtime: 0 });
    const plan = pullImage(c, app, 1000);
    // Only `code` (20 MiB, 200 ms) is downloaded.
    expect(plan).toEqual({ readyAt: 1200, downloadedMiB: 20 });
    const again = pullImage(c, app, 5000);
    expect(again).toEqual({ readyAt: 5000, downloadedMiB: 0 });
  });

  it('shares a layer in flight for another pull instead of downloading it twice', () => {
    const c = cache();
    pullImage(c, app, 0); // os done at 500, runtime at 800, code at 1000
    const sibling: ImageSpec = {
      name: 'payments:v1',
      layers: [
        { id: 'os', sizeMiB: 50 },
        { id: 'runtime', sizeMiB: 30 },
      ],
    };
    expect(pullImage(c, sibling, 100)).toEqual({ readyAt: 800, downloadedMiB: 0 });
    expect(c.pullBusyUntil).toBe(1000); // the link was not used again
  });

  it('queues a new layer behind the pulls already on the link', () => {
    const c = cache();
    pullImage(c, app, 0); // link busy until 1000
    const other: ImageSpec = {
      name: 'search:v1',
      layers: [
        { id: 'os', sizeMiB: 50 },
        { id: 'index', sizeMiB: 10 },
      ],
    };
    // `os` is shared (ready at 500); `index` starts when the link frees at 1000 and takes 100 ms.
    expect(pullImage(c, other, 100)).toEqual({ readyAt: 1100, downloadedMiB: 10 });
    expect(c.layers.index).toBe(1100);
    expect(c.pullBusyUntil).toBe(1100);
  });

  it('an image with no layers is ready at once', () => {
    expect(pullImage(cache(), { name: 'scratch', layers: [] }, 42)).toEqual({
      readyAt: 42,
      downloadedMiB: 0,
    });
  });
});

describe('imageSizeMiB', () => {
  it('adds the layer sizes', () => {
    expect(imageSizeMiB(app)).toBe(100);
    expect(imageSizeMiB({ name: 'scratch', layers: [] })).toBe(0);
    expect(imageSizeMiB({ name: 'y', layers: [{ id: 'a', sizeMiB: 0.5 }] })).toBe(0.5);
  });
});
