import type { ImageSpec, WorldSpec } from '../sim/worldSpec.ts';

/** An image a run uses: one version of one service. */
export interface ImageChoice {
  /** `service/version`, e.g. `shop/v2`. */
  key: string;
  service: string;
  version: string;
  image: ImageSpec;
}

const same = (a: ImageSpec, b: ImageSpec) =>
  a.layers.length === b.layers.length && a.layers.every((layer, i) => layer.id === b.layers[i].id);

/**
 * The images of a run, service by service, each version whose image differs
 * from the service's own (a version without an image of its own runs the
 * service's and is left out).
 */
export function imageChoices(spec: WorldSpec): ImageChoice[] {
  return spec.services.flatMap((service) =>
    service.versions
      .filter((version, i) => i === 0 || !same(version.image, service.versions[0].image))
      .map((version) => ({
        key: `${service.name}/${version.label}`,
        service: service.name,
        version: version.label,
        image: version.image,
      })),
  );
}

/**
 * The image to show first: the last one of the given service (what a deploy
 * rolls out), else of the first service whose image is built from steps,
 * else the first image.
 */
export function defaultImage(choices: readonly ImageChoice[], service?: string | null): string {
  const of = (name: string) => choices.filter((c) => c.service === name).at(-1);
  const pick =
    (service ? of(service) : undefined) ??
    (() => {
      const built = choices.find((c) => c.image.build);
      return built ? of(built.service) : undefined;
    })() ??
    choices[0];
  return pick?.key ?? '';
}
