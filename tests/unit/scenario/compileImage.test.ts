import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import { formatError } from '../../../src/scenario/problems.ts';

const steps = [
  { from: 'node:20-slim', size: '70Mi' },
  { copy: ['package.json', 'package-lock.json'], size: '1Ki' },
  { run: 'npm ci', size: '120Mi', takes: '40s' },
  { copy: 'src', size: '2Mi' },
];

function errorsOf(image: unknown, versions?: unknown): string[] {
  const result = compileScenario({
    services: { shop: { image, ...(versions ? { versions } : {}) } },
  });
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatError);
}

function imagesOf(image: unknown, versions?: unknown) {
  const result = compileScenario({
    services: { shop: { image, ...(versions ? { versions } : {}) } },
  });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.spec.services[0].versions.map((v) => v.image);
}

describe('compileImage', () => {
  it('turns steps into layers with Dockerfile instructions, units and default times', () => {
    const [image] = imagesOf({
      name: 'shop-web',
      steps: [...steps, { run: 'npm run build', size: 5 }],
    });
    expect(image.name).toBe('shop-web');
    expect(image.build?.steps.map((s) => [s.instruction, s.sizeMiB, s.takesMs])).toEqual([
      ['FROM node:20-slim', 70, 700], // its size at the 100 MiB/s pull bandwidth
      ['COPY package.json package-lock.json', 1 / 1024, 1], // at 200 MiB/s
      ['RUN npm ci', 120, 40_000],
      ['COPY src', 2, 10],
      ['RUN npm run build', 5, 10_000], // the illustrative default
    ]);
    expect(image.layers.map((l) => l.sizeMiB)).toEqual([70, 1 / 1024, 120, 2, 5]);
    expect(image.layers[0].id).toBe('node:20-slim');
    expect(image.build?.rebuilt).toBe(0);
  });

  it("rebuilds the service's own image from what changed since its previous build", () => {
    const [image] = imagesOf({ steps, changed: ['src/cart.ts'] });
    expect(image.build?.layers.map((l) => l.rebuilt)).toEqual([false, false, false, true]);
    expect(image.build?.changed).toEqual(['src/cart.ts']);
  });

  it("builds a version with only `changed` from the service's steps, with its image as the cache", () => {
    const [v1, v2] = imagesOf({ steps }, { v2: { image: { changed: ['src'] } } });
    expect(v2.name).toBe('shop');
    expect(v2.build?.rebuilt).toBe(1);
    expect(v2.layers.slice(0, 3)).toEqual(v1.layers.slice(0, 3));
    expect(v2.layers[3].id).not.toBe(v1.layers[3].id);
  });

  it("compares a version's own steps with the service's, instruction by instruction", () => {
    const [, v2, v3] = imagesOf(
      { steps },
      {
        v2: { image: { steps: [steps[0], { copy: '.', size: '3Mi' }, steps[2]] } },
        v3: { work: '5ms' },
      },
    );
    expect(v2.build?.layers.map((l) => l.cause)).toEqual(['cached', 'instruction', 'after']);
    // A version without an image runs the service's.
    expect(v3.layers).toEqual(imagesOf({ steps })[0].layers);
  });

  it('keeps images given by layers, and the default image, as they were', () => {
    const [image] = imagesOf({ name: 'x', layers: [{ id: 'os', size: '50Mi' }] });
    expect(image).toEqual({ name: 'x', layers: [{ id: 'os', sizeMiB: 50 }] });
    const [plain] = imagesOf(undefined);
    expect(plain.build).toBeUndefined();
    expect(plain.layers.map((l) => l.id)).toEqual(['base-os', 'shop-app']);
  });

  it('reports bad steps where they are', () => {
    expect(errorsOf({ steps: [{ copy: 'src', size: '2Mi' }] })).toEqual([
      "services.shop.image.steps[0]: a build starts from a base image: put a step like { from: 'node:20-slim', size: '70Mi' } first",
    ]);
    expect(errorsOf({ steps: [...steps, { from: 'alpine', size: '5Mi' }] })).toEqual([
      'services.shop.image.steps[4].from: only the first step may be a from step (multi-stage builds are not modelled)',
    ]);
    expect(errorsOf({ steps: [] })).toEqual([
      "services.shop.image.steps: a build needs at least one step: a { from: 'base-image' } first",
    ]);
    expect(errorsOf({ steps: [{ from: 'node:20', size: '70MB' }] })).toEqual([
      'services.shop.image.steps[0].size: expected an amount of memory like "512Mi" or "2Gi", got "70MB"',
    ]);
    expect(errorsOf({ steps: [{ from: 'node:20' }] })).toEqual([
      'services.shop.image.steps[0].size: missing: a step { from, size } needs "size"',
    ]);
    expect(errorsOf({ steps: [{ from: 'node:20', size: 1, take: '1s' }] })).toEqual([
      'services.shop.image.steps[0].take: unknown option "take" (did you mean "takes"?)',
    ]);
    expect(errorsOf({ steps: [{ cmd: 'node .', size: 0 }] })).toEqual([
      'services.shop.image.steps[0]: expected a build step: { from | copy | run, size }, got an object',
    ]);
    expect(errorsOf({ steps: [steps[0], { copy: [], size: 0 }] })).toEqual([
      'services.shop.image.steps[1].copy: copy needs at least one path',
    ]);
  });

  it('reports a change that no step reads, with the closest path', () => {
    expect(errorsOf({ steps, changed: ['scr/cart.ts'] })).toEqual([
      'services.shop.image.changed[0]: no step copies "scr/cart.ts", and no step is from it: the steps read "node:20-slim", "package.json", "package-lock.json", "src"',
    ]);
    expect(errorsOf({ steps, changed: ['packge.json'] })).toEqual([
      'services.shop.image.changed[0]: no step copies "packge.json", and no step is from it (did you mean "package.json"?): the steps read "node:20-slim", "package.json", "package-lock.json", "src"',
    ]);
  });

  it('reports changed without steps, and layers with steps', () => {
    expect(errorsOf({ changed: ['src'] })).toEqual([
      'services.shop.image.changed: changed needs build steps: describe the image with steps',
    ]);
    expect(errorsOf(undefined, { v2: { image: { changed: ['src'] } } })).toEqual([
      "services.shop.versions.v2.image.changed: changed needs build steps: give this version's image steps, or the service's image steps to keep",
    ]);
    expect(errorsOf({ steps, layers: [{ id: 'a', size: 1 }] })).toEqual([
      'services.shop.image.steps: give an image either layers or steps, not both',
    ]);
  });
});
