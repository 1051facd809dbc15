import type {
  BuildStep,
  ImageOptions,
  NodeOptions,
  Scenario,
  ServiceOptions,
} from '../scenario/scenario.ts';

/**
 * What a challenge may hold as the lesson wrote it: a top-level part of the
 * scenario; one service (`services.payments`); one setting of one service, or of
 * every service (`services.shop.start`, `services.*.memory`); the layer sizes of image build
 * steps (`sizes`); or what every machine is (`machines`).
 */
export const KEEPABLE =
  /^(?:traffic|faults|duration|seed|cluster|hosts|sizes|machines|services\.[A-Za-z0-9_-]+|services\.(?:\*|[A-Za-z0-9_-]+)\.[A-Za-z]+)$/;

/** Every setting of a service, for `services.<name>.<setting>` (the type keeps the list complete). */
const SERVICE_SETTINGS: Record<keyof ServiceOptions, true> = {
  image: true,
  work: true,
  errorRate: true,
  crashAfter: true,
  start: true,
  warmup: true,
  replicas: true,
  runtime: true,
  boot: true,
  guestOsMemory: true,
  cpu: true,
  memory: true,
  concurrency: true,
  queue: true,
  loadBalancer: true,
  calls: true,
  rateLimit: true,
  liveness: true,
  readiness: true,
  autoscale: true,
  rollout: true,
  deadlines: true,
  messageQueue: true,
  terminationGrace: true,
  versions: true,
  pricePerHour: true,
};

/** Whether `setting` names a setting of a service (`memory`, `boot`, ...). */
export function isServiceSetting(setting: string): boolean {
  return Object.hasOwn(SERVICE_SETTINGS, setting);
}

/** A build step's instruction, as the build cache compares it (`RUN npm ci`). */
function instruction(step: BuildStep): string {
  const text =
    'from' in step
      ? `FROM ${step.from}`
      : 'copy' in step
        ? `COPY ${[step.copy].flat().join(' ')}`
        : `RUN ${step.run}`;
  return text.trim().replace(/\s+/g, ' ');
}

/** The images of a scenario: each service's and each of its versions'. */
function images(s: Scenario): ImageOptions[] {
  return Object.values(s.services).flatMap((service) => [
    ...(service.image ? [service.image] : []),
    ...Object.values(service.versions ?? {}).flatMap((v) => (v.image ? [v.image] : [])),
  ]);
}

/** The reader's services with the image steps the lesson knows sized as the lesson sized them. */
function keepSizes(
  services: Record<string, ServiceOptions>,
  known: Map<string, BuildStep>,
): Record<string, ServiceOptions> {
  const sized = (image: ImageOptions | undefined): ImageOptions | undefined =>
    image?.steps
      ? {
          ...image,
          steps: image.steps.map((step) => {
            const lesson = known.get(instruction(step));
            if (!lesson) return step;
            const { takes: _takes, ...rest } = step;
            return {
              ...rest,
              size: lesson.size,
              ...(lesson.takes === undefined ? {} : { takes: lesson.takes }),
            } as BuildStep;
          }),
        }
      : image;
  return Object.fromEntries(
    Object.entries(services).map(([name, service]) => [
      name,
      {
        ...service,
        ...(service.image ? { image: sized(service.image) } : {}),
        ...(service.versions
          ? {
              versions: Object.fromEntries(
                Object.entries(service.versions).map(([label, v]) => [
                  label,
                  v.image ? { ...v, image: sized(v.image) } : v,
                ]),
              ),
            }
          : {}),
      },
    ]),
  );
}

const hostName = (host: NodeOptions, i: number) => host.name ?? `host-${i + 1}`;

/** A copy of `o` whose `key` is `value`, or without `key` when `value` is undefined. */
function withValue<T extends object>(o: T, key: string, value: unknown): T {
  const out = { ...o } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}

/** What makes a machine what it is: its size, price, boot time, pull bandwidth and preloaded layers. */
const MACHINE_SETTINGS = ['cpu', 'memory', 'pricePerHour', 'boot', 'pullBandwidth', 'preloaded'];

/** `machine` with every machine setting taken from `lesson` (or the default, where it gives none). */
function likeMachine(machine: NodeOptions, lesson: NodeOptions | undefined): NodeOptions {
  const from = (lesson ?? {}) as Record<string, unknown>;
  return MACHINE_SETTINGS.reduce((m, key) => withValue(m, key, from[key]), machine);
}

/** The reader's scenario with every node and host made as the start makes them (see `machines`). */
function keepMachines(reader: Scenario, start: Scenario): Scenario {
  const template = start.cluster?.node;
  const listed = Array.isArray(start.cluster?.nodes) ? start.cluster.nodes : [];
  const nodeName = (n: NodeOptions, i: number) => n.name ?? `node-${i + 1}`;
  const likeNode = (n: NodeOptions, i: number) =>
    likeMachine(n, listed.find((m, j) => nodeName(m, j) === nodeName(n, i)) ?? template);
  const hosts = start.hosts ?? [];
  const out: Scenario = { ...reader };
  if (reader.hosts)
    out.hosts = reader.hosts.map((h, i) =>
      likeMachine(h, hosts.find((m, j) => hostName(m, j) === hostName(h, i)) ?? hosts[0]),
    );
  const cluster = reader.cluster ?? {};
  out.cluster = withValue(
    {
      ...cluster,
      ...(cluster.node || template ? { node: likeMachine(cluster.node ?? {}, template) } : {}),
      ...(Array.isArray(cluster.nodes) ? { nodes: cluster.nodes.map(likeNode) } : {}),
    },
    'serverlessPrice',
    start.cluster?.serverlessPrice,
  );
  if (reader.faults)
    out.faults = reader.faults.map((f) =>
      'addNode' in f ? { ...f, addNode: likeMachine(f.addNode, template) } : f,
    );
  return out;
}

/**
 * The reader's scenario with the parts a challenge keeps taken from its start
 * scenario, the way the challenge's goals replace the scenario's own: making the
 * traffic smaller or deleting the fault must not win a challenge about them.
 *
 * - `traffic`, `faults`, `duration`, `seed`, `cluster`, `hosts`: that part, whole;
 * - `services.<name>`: that service, whole;
 * - `services.<name>.<setting>` (`services.shop.start`), or `services.*.<setting>` for every
 *   service the start has: that one setting, the start's value (or the default, when the
 *   start does not give it), while the reader may change the service's other settings;
 * - `sizes`: every image build step whose instruction (`RUN npm ci`, `COPY src`, `FROM
 *   node:20-slim`) is also a step of the start or of the `solution` gets that step's `size`
 *   and `takes`: the reader may reorder, add or change steps, not declare a known one smaller.
 *   A step neither has keeps the size the reader gives it;
 * - `machines`: every node and host is made as the start makes it: its `cpu`, `memory`,
 *   `pricePerHour`, `boot`, `pullBandwidth` and `preloaded` are those of the start's node of the
 *   same name or else its node template (also for a node a fault adds), or of the start's host
 *   of the same name or else its first host; `cluster.serverlessPrice` is the start's; where the
 *   start gives none, the default. The reader may use more or fewer machines, not other ones.
 */
export function keepParts(
  reader: Scenario,
  start: Scenario,
  keep: readonly string[],
  solution?: Scenario,
): Scenario {
  if (keep.length === 0) return reader;
  const out: Record<string, unknown> = { ...reader };
  const from = start as unknown as Record<string, unknown>;
  for (const part of keep) {
    const setting = /^services\.([^.]+)\.([^.]+)$/.exec(part);
    if (setting) {
      const [, name, key] = setting;
      const services: Record<string, ServiceOptions> = {
        ...(out.services as Scenario['services']),
      };
      for (const s of name === '*' ? Object.keys(services) : [name]) {
        const lesson = start.services[s] as Record<string, unknown> | undefined;
        if (lesson && services[s]) services[s] = withValue(services[s], key, lesson[key]);
      }
      out.services = services;
    } else if (part.startsWith('services.')) {
      const name = part.slice('services.'.length);
      const services: Record<string, unknown> = { ...(out.services as Scenario['services']) };
      if (start.services[name] === undefined) delete services[name];
      else services[name] = start.services[name];
      out.services = services;
    } else if (part === 'machines') {
      Object.assign(out, keepMachines(out as unknown as Scenario, start));
    } else if (part === 'sizes') {
      const known = new Map<string, BuildStep>();
      for (const image of [...images(solution ?? start), ...images(start)])
        for (const step of image.steps ?? []) known.set(instruction(step), step);
      out.services = keepSizes(out.services as Scenario['services'], known);
    } else if (from[part] === undefined) delete out[part];
    else out[part] = from[part];
  }
  return out as unknown as Scenario;
}
