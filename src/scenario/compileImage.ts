import { buildImage, cachedLayers, stepTouched } from '../sim/buildImage.ts';
import type { BuildStepSpec, ImageSpec } from '../sim/worldSpec.ts';
import { DEFAULTS } from './defaults.ts';
import { didYouMean } from './didYouMean.ts';
import { imageSpec, mib, ms } from './normalizeParts.ts';
import type { Problems } from './problems.ts';
import type { BuildStep, ImageOptions } from './scenario.ts';

function stepSpec(step: BuildStep): BuildStepSpec {
  const sizeMiB = mib(step.size);
  const takes = (fallback: number) => (step.takes === undefined ? fallback : ms(step.takes));
  if ('from' in step)
    return {
      kind: 'from',
      instruction: `FROM ${step.from.trim()}`,
      inputs: [step.from.trim()],
      sizeMiB,
      takesMs: takes(Math.ceil((sizeMiB / DEFAULTS.pullMiBps) * 1000)),
    };
  if ('copy' in step) {
    const inputs = (Array.isArray(step.copy) ? step.copy : [step.copy]).map((c) => c.trim());
    return {
      kind: 'copy',
      instruction: `COPY ${inputs.join(' ')}`,
      inputs,
      sizeMiB,
      takesMs: takes(Math.ceil((sizeMiB / DEFAULTS.buildCopyMiBps) * 1000)),
    };
  }
  return {
    kind: 'run',
    instruction: `RUN ${step.run.trim()}`,
    inputs: [],
    sizeMiB,
    takesMs: takes(DEFAULTS.buildRunMs),
  };
}

/**
 * The image of one version of a service. An image given by `steps` (or, for
 * a version, by `changed` alone, keeping the service's steps) is built with
 * the cache of the image it replaces: the service's own previous build for
 * the service, the service's image for a version. Problems are reported at
 * `path` (the image's place in the scenario).
 */
export function compileImage(
  service: string,
  label: string,
  image: ImageOptions | undefined,
  base: ImageSpec | null,
  p: Problems,
  path: (string | number)[],
): ImageSpec {
  if (!image) return base ?? imageSpec(service, undefined);
  if (image.steps === undefined && image.changed === undefined) return imageSpec(service, image);
  if (image.steps && image.layers) {
    p.add([...path, 'steps'], 'give an image either layers or steps, not both');
    return imageSpec(service, image);
  }
  const name = image.name ?? base?.name ?? service;
  let steps: BuildStepSpec[];
  if (image.steps) {
    if (image.steps.length === 0) {
      p.add([...path, 'steps'], "a build needs at least one step: a { from: 'base-image' } first");
      return imageSpec(service, undefined);
    }
    image.steps.forEach((step, i) => {
      if (i === 0 && !('from' in step))
        p.add(
          [...path, 'steps', 0],
          "a build starts from a base image: put a step like { from: 'node:20-slim', size: '70Mi' } first",
        );
      if (i > 0 && 'from' in step)
        p.add(
          [...path, 'steps', i, 'from'],
          'only the first step may be a from step (multi-stage builds are not modelled)',
        );
    });
    steps = image.steps.map(stepSpec);
  } else if (base?.build) {
    steps = base.build.steps;
  } else {
    p.add(
      [...path, 'changed'],
      label === 'v1'
        ? 'changed needs build steps: describe the image with steps'
        : "changed needs build steps: give this version's image steps, or the service's image steps to keep",
    );
    return base ?? imageSpec(service, undefined);
  }
  const changed = image.changed ?? [];
  const inputs = steps.flatMap((step) => (step.kind === 'run' ? [] : step.inputs));
  changed.forEach((c, k) => {
    if (!steps.some((step) => stepTouched(step, [c])))
      p.add(
        [...path, 'changed', k],
        `no step copies "${c}", and no step is from it${didYouMean(c, inputs)}: the steps read ${inputs.map((x) => `"${x}"`).join(', ')}`,
      );
  });
  // A version replacing an image that was not built from steps finds nothing in the cache.
  const cache = base
    ? (base.build?.layers ?? []).map((layer) => ({ instruction: layer.instruction, id: layer.id }))
    : cachedLayers(steps, service);
  const build = buildImage(steps, cache, changed, service, `${service}/${label}`);
  return {
    name,
    layers: build.layers.map((layer) => ({ id: layer.id, sizeMiB: layer.sizeMiB })),
    build,
  };
}
