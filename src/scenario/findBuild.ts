import type { ImageSpec, ServiceSpec } from '../sim/worldSpec.ts';
import type { Problems } from './problems.ts';

/** A build of an image from steps: whose, which version, and the image. */
export interface FoundBuild {
  service: string;
  version: string;
  image: ImageSpec;
}

/**
 * The build a goal names: a service name means the build of its last version
 * that has one (what a deploy rolls out); otherwise the name is an image's, and
 * the last build of that name counts. When there is none, says why at `path`
 * (the goal's key, e.g. `goals[0].rebuiltLayers`) and returns null.
 */
export function findBuild(
  name: string,
  services: readonly ServiceSpec[],
  p: Problems,
  path: (string | number)[],
): FoundBuild | null {
  const built = services.flatMap((service) =>
    service.versions
      .filter((version) => version.image.build)
      .map((version) => ({ service: service.name, version: version.label, image: version.image })),
  );
  const ofService = built.filter((b) => b.service === name);
  const found = (ofService.length ? ofService : built.filter((b) => b.image.name === name)).at(-1);
  if (found) return found;
  const known = [...new Set(built.flatMap((b) => [b.service, b.image.name]))];
  const plain = services.find((s) => s.name === name);
  p.add(
    path,
    plain
      ? `the image of ${name} is not built from steps: give it \`image: { steps: [...] }\``
      : known.length
        ? `no service or image built from steps is named "${name}" (built: ${known.map((k) => `"${k}"`).join(', ')})`
        : `no image in this scenario is built from steps (give one \`image: { steps: [...] }\`)`,
  );
  return null;
}
