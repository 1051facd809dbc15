import type { Engine } from './engine.ts';
import { formatDuration } from './formatDuration.ts';

/**
 * Logs the build of every image described by steps (`imageBuilt`, at time 0:
 * images are built before the run, in the order of services and versions).
 */
export function logImageBuilds(e: Engine): void {
  for (const service of e.spec.services) {
    const first = service.versions[0].image.layers.map((layer) => layer.id).join('\n');
    for (const [i, version] of service.versions.entries()) {
      const build = version.image.build;
      if (!build) continue;
      // A version with the service's very image was not built again.
      if (i > 0 && version.image.layers.map((layer) => layer.id).join('\n') === first) continue;
      e.log('imageBuilt', service.name, {
        image: version.image.name,
        version: version.label,
        rebuilt: build.rebuilt,
        layers: build.layers.length,
        took: formatDuration(build.buildMs),
        pushedMiB: Math.round(build.pushedMiB * 10) / 10,
      });
    }
  }
}
