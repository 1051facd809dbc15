import type { GoalSpec, ServiceSpec } from '../sim/worldSpec.ts';
import { findBuild } from './findBuild.ts';
import type { Problems } from './problems.ts';

/**
 * A `rebuiltLayers` goal, resolved: a service name means the build of its
 * last version that has one (what a deploy rolls out); otherwise the name is
 * an image's, and the last build of that name counts.
 */
export function rebuiltLayersGoal(
  g: { rebuiltLayers: string; below: number; label?: string },
  services: readonly ServiceSpec[],
  p: Problems,
  path: (string | number)[],
): GoalSpec | null {
  const found = findBuild(g.rebuiltLayers, services, p, [...path, 'rebuiltLayers']);
  if (!found) return null;
  return {
    kind: 'rebuiltLayers',
    label:
      g.label ??
      `fewer than ${g.below} layers of ${found.image.name} (${found.service} ${found.version}) rebuilt`,
    service: found.service,
    version: found.version,
    below: g.below,
  };
}
