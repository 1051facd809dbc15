import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildImage, cachedLayers, copyTouches, stepTouched } from '../../../src/sim/buildImage.ts';
import type { BuildStepSpec } from '../../../src/sim/worldSpec.ts';
import { runWorld } from '../helpers/runWorld.ts';

const from = (image: string, sizeMiB = 70): BuildStepSpec => ({
  kind: 'from',
  instruction: `FROM ${image}`,
  inputs: [image],
  sizeMiB,
  takesMs: 700,
});
const copy = (sources: string[], sizeMiB = 2, takesMs = 10): BuildStepSpec => ({
  kind: 'copy',
  instruction: `COPY ${sources.join(' ')}`,
  inputs: sources,
  sizeMiB,
  takesMs,
});
const run = (command: string, sizeMiB = 120, takesMs = 40_000): BuildStepSpec => ({
  kind: 'run',
  instruction: `RUN ${command}`,
  inputs: [],
  sizeMiB,
  takesMs,
});

/** COPY everything, then install: any change reinstalls. */
const badOrder = [
  from('node:20-slim'),
  copy(['.'], 3),
  run('npm ci'),
  run('npm run build', 5, 8000),
];
/** Manifests, install, then the code: a code change only recopies the code. */
const goodOrder = [
  from('node:20-slim'),
  copy(['package.json', 'package-lock.json'], 0.01, 5),
  run('npm ci'),
  copy(['src'], 2, 10),
  run('npm run build', 5, 8000),
];

function rebuild(steps: BuildStepSpec[], changed: string[]) {
  return buildImage(steps, cachedLayers(steps, 'shop'), changed, 'shop', 'shop/v1');
}

describe('buildImage: the build cache', () => {
  it('takes every layer from the cache when nothing changed', () => {
    const build = rebuild(goodOrder, []);
    expect(build.rebuilt).toBe(0);
    expect(build.buildMs).toBe(0);
    expect(build.pushedMiB).toBe(0);
    expect(build.layers.map((l) => l.cause)).toEqual(Array(5).fill('cached'));
    expect(build.layers.map((l) => l.id)).toEqual(cachedLayers(goodOrder, 'shop').map((l) => l.id));
  });

  it('rebuilds from the first touched step on: a code change under COPY . reinstalls everything', () => {
    const build = rebuild(badOrder, ['src/cart.ts']);
    expect(build.layers.map((l) => l.cause)).toEqual(['cached', 'inputs', 'after', 'after']);
    expect(build.rebuilt).toBe(3);
    expect(build.buildMs).toBe(10 + 40_000 + 8000); // COPY . + npm ci + npm run build
    expect(build.pushedMiB).toBe(3 + 120 + 5);
  });

  it('with the manifests copied first, a code change rebuilds only what comes after COPY src', () => {
    const build = rebuild(goodOrder, ['src/cart.ts']);
    expect(build.layers.map((l) => l.rebuilt)).toEqual([false, false, false, true, true]);
    expect(build.rebuilt).toBe(2);
    expect(build.buildMs).toBe(10 + 8000);
    // Reordered so the code is the last step, only one layer is rebuilt.
    const last = rebuild(goodOrder.slice(0, 4), ['src']);
    expect(last.rebuilt).toBe(1);
    expect(last.layers[3]).toMatchObject({ instruction: 'COPY src', cause: 'inputs', takesMs: 10 });
    expect(last.pushedMiB).toBe(2);
  });

  it('reruns npm ci when the dependencies change, whatever the order', () => {
    expect(rebuild(goodOrder, ['package-lock.json']).rebuilt).toBe(4);
    expect(rebuild(badOrder, ['package-lock.json']).rebuilt).toBe(3);
  });

  it('rebuilds everything on a new base image', () => {
    const build = rebuild(goodOrder, ['node:20-slim']);
    expect(build.rebuilt).toBe(5);
    expect(build.layers[0].cause).toBe('inputs');
    expect(build.layers[0].id).toMatch(/^node:20-slim@[0-9a-f]{12}$/);
  });

  it('misses the cache from the first instruction that differs from the cached one', () => {
    const cache = cachedLayers(goodOrder, 'shop');
    const edited = [...goodOrder.slice(0, 2), run('npm ci --omit=dev'), ...goodOrder.slice(3)];
    const build = buildImage(edited, cache, [], 'shop', 'shop/v2');
    expect(build.layers.map((l) => l.cause)).toEqual([
      'cached',
      'cached',
      'instruction',
      'after',
      'after',
    ]);
    // Nothing cached at all (a first build): every step is built.
    expect(buildImage(goodOrder, [], [], 'shop', 'shop/v1').rebuilt).toBe(5);
  });

  it('gives rebuilt layers new identities and keeps the cached ones, deterministically', () => {
    const a = rebuild(goodOrder, ['src']);
    const b = rebuild(goodOrder, ['src']);
    expect(a).toEqual(b);
    const cache = cachedLayers(goodOrder, 'shop');
    expect(a.layers.slice(0, 3).map((l) => l.id)).toEqual(cache.slice(0, 3).map((l) => l.id));
    expect(a.layers[3].id).not.toBe(cache[3].id);
    expect(new Set(a.layers.map((l) => l.id)).size).toBe(5);
    // Another build (another version) of the same change gets other identities.
    const v3 = buildImage(goodOrder, cache, ['src'], 'shop', 'shop/v3');
    expect(v3.layers[3].id).not.toBe(a.layers[3].id);
  });

  it('shares the base and the layers built on it alone between images, not copied files', () => {
    const shop = cachedLayers(goodOrder, 'shop');
    const cart = cachedLayers(goodOrder, 'cart');
    expect(cart[0].id).toBe('node:20-slim');
    expect(cart[0].id).toBe(shop[0].id);
    expect(cart[1].id).not.toBe(shop[1].id);
    const tools = [from('node:20-slim'), run('apt-get install curl', 5)];
    expect(cachedLayers(tools, 'a')[1].id).toBe(cachedLayers(tools, 'b')[1].id);
  });
});

describe('buildImage: properties', () => {
  const paths = ['.', 'src', 'src/a.ts', 'package.json', 'docs', 'node:20-slim'];
  const stepArb = fc.oneof(
    fc.subarray(paths.slice(0, 5), { minLength: 1 }).map((sources) => copy(sources)),
    fc.constantFrom('npm ci', 'npm run build', 'apt-get update').map((c) => run(c)),
  );

  it('rebuilds exactly the steps from the first touched one up, and nothing below it', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), fc.subarray(paths), (rest, changed) => {
        const steps = [from('node:20-slim'), ...rest];
        const build = rebuild(steps, changed);
        const first = steps.findIndex((step) => stepTouched(step, changed));
        const expected = first < 0 ? 0 : steps.length - first;
        expect(build.rebuilt).toBe(expected);
        expect(build.layers.map((l) => l.rebuilt)).toEqual(
          steps.map((_, i) => first >= 0 && i >= first),
        );
        expect(build.pushedMiB).toBeCloseTo(
          steps.slice(steps.length - expected).reduce((sum, step) => sum + step.sizeMiB, 0),
          9,
        );
      }),
    );
  });
});

describe('copyTouches', () => {
  it('matches a changed path against what a COPY copies', () => {
    expect(copyTouches('.', 'src/cart.ts')).toBe(true);
    expect(copyTouches('./', 'README.md')).toBe(true);
    expect(copyTouches('src', 'src/cart.ts')).toBe(true);
    expect(copyTouches('src/', 'src')).toBe(true);
    expect(copyTouches('src/cart.ts', 'src')).toBe(true);
    expect(copyTouches('src', 'srcs/x.ts')).toBe(false);
    expect(copyTouches('package.json', 'src/cart.ts')).toBe(false);
    expect(copyTouches('package*.json', 'package-lock.json')).toBe(true);
    expect(copyTouches('package*.json', 'src/package.ts')).toBe(false);
    expect(copyTouches('src/*.ts', 'src')).toBe(true);
    expect(copyTouches('lib/*', 'lib/a/b.ts')).toBe(true);
    expect(copyTouches('anything', '.')).toBe(true);
  });

  it('counts RUN steps as never touched by files, FROM steps only by their image', () => {
    expect(stepTouched(run('npm ci'), ['.'])).toBe(false);
    expect(stepTouched(from('node:20-slim'), ['node:20-slim'])).toBe(true);
    expect(stepTouched(from('node:20-slim'), ['src'])).toBe(false);
    expect(stepTouched(copy(['a', 'b']), ['b/x'])).toBe(true);
  });
});

describe('image builds in a run', () => {
  const scenario = (steps: unknown[], changed: string[]) => ({
    duration: '1m',
    cluster: { nodes: 3 },
    services: {
      shop: {
        replicas: 3,
        image: { steps },
        versions: { v2: { image: { changed } } },
      },
    },
    faults: [{ at: '10s', deploy: 'shop', version: 'v2' }],
  });
  const good = [
    { from: 'node:20-slim', size: '70Mi' },
    { copy: 'package.json', size: '1Ki' },
    { run: 'npm ci', size: '120Mi', takes: '40s' },
    { copy: 'src', size: '2Mi' },
  ];
  const bad = [
    { from: 'node:20-slim', size: '70Mi' },
    { copy: '.', size: '3Mi' },
    { run: 'npm ci', size: '120Mi', takes: '40s' },
  ];

  it('pulls only the rebuilt layers onto nodes that hold the old image', () => {
    const pulls = (steps: unknown[]) =>
      runWorld(scenario(steps, ['src/cart.ts']) as never)
        .out.log.filter((e) => e.kind === 'imagePulled')
        .map((e) => e.detail.pulledMiB);
    expect(pulls(good)).toEqual([2, 2, 2]);
    expect(pulls(bad)).toEqual([123, 123, 123]);
  });

  it('pulls the whole image onto a node that has none of it', () => {
    const log = runWorld({
      duration: '1m',
      cluster: { nodes: 2 },
      services: { shop: { replicas: 1, image: { steps: good } } },
      faults: [{ at: '5s', scale: 'shop', replicas: 2 }],
    } as never).out.log;
    const pulled = log.find((e) => e.kind === 'imagePulled');
    expect(pulled?.detail.pulledMiB).toBeCloseTo(192, 1);
  });

  it('logs each build at the start, with its rebuilt layers', () => {
    const log = runWorld(scenario(bad, ['src']) as never).out.log;
    const built = log.filter((e) => e.kind === 'imageBuilt');
    expect(built.map((e) => [e.t, e.subject, e.detail.version, e.detail.rebuilt])).toEqual([
      [0, 'shop', 'v1', 0],
      [0, 'shop', 'v2', 2],
    ]);
    expect(built[1].detail).toMatchObject({ layers: 3, took: '40s', pushedMiB: 123 });
  });
});
