import type { GoalSpec, ServiceSpec } from '../sim/worldSpec.ts';
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
  const built = services.flatMap((service) =>
    service.versions
      .filter((version) => version.image.build)
      .map((version) => ({ service: service.name, version: version.label, image: version.image })),
  );
  const name = g.rebuiltLayers;
  const ofService = built.filter((b) => b.service === name);
  const found = (ofService.length ? ofService : built.filter((b) => b.image.name === name)).at(-1);
  if (!found) {
    const known = [...new Set(built.flatMap((b) => [b.service, b.image.name]))];
    const plain = services.find((s) => s.name === name);
    p.add(
      [...path, 'rebuiltLayers'],
      plain
        ? `the image of ${name} is not built from steps: give it \`image: { steps: [...] }\``
        : known.length
          ? `no service or image built from steps is named "${name}" (built: ${known.map((k) => `"${k}"`).join(', ')})`
          : `no image in this scenario is built from steps (give one \`image: { steps: [...] }\`)`,
    );
    return null;
  }
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
