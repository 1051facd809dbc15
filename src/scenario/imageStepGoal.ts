import type { GoalSpec, ServiceSpec } from '../sim/worldSpec.ts';
import { findBuild } from './findBuild.ts';
import type { Problems } from './problems.ts';

const KINDS = ['FROM', 'COPY', 'RUN'];

/**
 * An `imageStep` goal, resolved: the build it names (as for `rebuiltLayers`)
 * and the step, a Dockerfile line (`RUN npm ci`) with its spaces made single.
 */
export function imageStepGoal(
  g: { imageStep: string; step: string; label?: string },
  services: readonly ServiceSpec[],
  p: Problems,
  path: (string | number)[],
): GoalSpec | null {
  const step = g.step.trim().replace(/\s+/g, ' ');
  const [kind, ...rest] = step.split(' ');
  if (!KINDS.includes(kind) || rest.length === 0) {
    p.add(
      [...path, 'step'],
      `step is a Dockerfile line: FROM, COPY or RUN and what follows, like "RUN npm ci" (got ${JSON.stringify(g.step)})`,
    );
    return null;
  }
  const found = findBuild(g.imageStep, services, p, [...path, 'imageStep']);
  if (!found) return null;
  return {
    kind: 'imageStep',
    label:
      g.label ?? `the image ${found.image.name} (${found.service} ${found.version}) has ${step}`,
    service: found.service,
    version: found.version,
    step,
  };
}
