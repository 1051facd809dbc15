import * as v from 'valibot';
import { didYouMean } from './didYouMean.ts';
import { parseCpu, parseDuration, parseMemory, parseShare } from './units.ts';

/*
 * The schema of a scenario, written with valibot: it checks the shape and
 * the units of what a reader wrote and reports each problem with its path.
 * Cross-references (does this service exist?) are checked afterwards, in
 * `compileScenario`, where the whole scenario is known.
 */

const shown = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
};

const unit = (check: (x: unknown) => number | null, what: string) =>
  v.custom<string | number>(
    (x) => check(x) !== null,
    (issue) => `expected ${what}, got ${shown(issue.input)}`,
  );

export const durationSchema = unit(parseDuration, 'a duration like "250ms", "30s" or "5m"');
export const memorySchema = unit(parseMemory, 'an amount of memory like "512Mi" or "2Gi"');
export const cpuSchema = unit(parseCpu, 'CPU cores like 0.5 or "500m"');
export const shareSchema = unit(parseShare, 'a share like 0.2 or "20%"');

const count = (what: string, min = 0) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, (issue) => `${what} must be at least ${min}, got ${shown(issue.input)}`),
  );
const positive = (what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.finite(`${what} must be a finite number`),
    v.minValue(0, `${what} must not be negative`),
  );

const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
  v.strictObject(entries, (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    if (issue.expected === 'never')
      return `unknown option "${String(key)}"${didYouMean(String(key), Object.keys(entries))}`;
    if (key !== undefined && issue.expected === `"${String(key)}"`)
      return `missing: ${what} needs "${String(key)}"`;
    return `expected ${what}, got ${shown(issue.input)}`;
  });

type AnySchema = v.GenericSchema<unknown>;

const fail = (what: string, message?: string) =>
  v.custom<never>(
    () => false,
    (issue) => message ?? `expected ${what}, got ${shown(issue.input)}`,
  );

/**
 * A union that picks its branch from the shape of the input, so that an
 * error speaks of the branch the reader meant (a union would only say that
 * nothing matched). Object branches are chosen by a key they own.
 */
const byShape = (
  branches: {
    string?: AnySchema;
    number?: AnySchema;
    boolean?: AnySchema;
    array?: AnySchema;
    keys?: [string, AnySchema][];
    object?: AnySchema;
  },
  what: string,
): AnySchema =>
  v.lazy((input) => {
    if (typeof input === 'string' && branches.string) return branches.string;
    if (typeof input === 'number' && branches.number) return branches.number;
    if (typeof input === 'boolean' && branches.boolean) return branches.boolean;
    if (Array.isArray(input)) return branches.array ?? fail(what);
    if (input !== null && typeof input === 'object') {
      for (const [key, schema] of branches.keys ?? []) if (Object.hasOwn(input, key)) return schema;
      if (branches.object) return branches.object;
      // A misspelt key that picks the branch: name the key the reader probably meant.
      const owned = (branches.keys ?? []).map(([key]) => key);
      for (const key of Object.keys(input)) {
        const hint = didYouMean(key, owned);
        if (hint) return fail(what, `unknown option "${key}"${hint}`);
      }
    }
    return fail(what);
  });

export const distributionSchema = byShape(
  {
    string: durationSchema,
    number: durationSchema,
    keys: [
      ['mean', strict({ mean: durationSchema }, 'a distribution { mean }')],
      ['p50', strict({ p50: durationSchema, p99: durationSchema }, 'a distribution { p50, p99 }')],
      ['p99', strict({ p50: durationSchema, p99: durationSchema }, 'a distribution { p50, p99 }')],
      ['min', strict({ min: durationSchema, max: durationSchema }, 'a distribution { min, max }')],
      ['max', strict({ min: durationSchema, max: durationSchema }, 'a distribution { min, max }')],
    ],
  },
  'a duration ("20ms") or a distribution ({ mean }, { p50, p99 } or { min, max })',
);

const rps = positive('a rate');

export const rateSchema: AnySchema = v.lazy(() =>
  byShape(
    {
      number: rps,
      keys: [
        ['constant', strict({ constant: rps }, 'a constant rate')],
        [
          'ramp',
          strict(
            {
              ramp: strict(
                { from: rps, to: rps, start: durationSchema, end: durationSchema },
                'a ramp { from, to, start, end }',
              ),
            },
            'a ramp',
          ),
        ],
        [
          'spike',
          strict(
            {
              spike: strict(
                {
                  base: rps,
                  peak: rps,
                  at: durationSchema,
                  for: durationSchema,
                  ramp: v.optional(durationSchema),
                },
                'a spike { base, peak, at, for }',
              ),
            },
            'a spike',
          ),
        ],
        [
          'daily',
          strict(
            {
              daily: strict(
                {
                  min: rps,
                  max: rps,
                  peakAt: v.optional(durationSchema),
                  period: v.optional(durationSchema),
                },
                'a daily cycle { min, max }',
              ),
            },
            'a daily cycle',
          ),
        ],
        [
          'steps',
          strict(
            { steps: v.array(v.tuple([durationSchema, rps], 'each step is [time, rate]')) },
            'steps',
          ),
        ],
        ['sum', strict({ sum: v.array(rateSchema) }, 'a sum of rates')],
      ],
    },
    'a rate: a number of requests per second, or constant(), ramp(), spike(), daily(), steps() or sum()',
  ),
);

const retrySchema = byShape(
  {
    boolean: v.boolean(),
    number: count('retries', 0),
    object: strict(
      {
        attempts: v.optional(count('attempts', 1)),
        base: v.optional(durationSchema),
        cap: v.optional(durationSchema),
        jitter: v.optional(
          v.picklist(
            ['none', 'full', 'equal', 'decorrelated'],
            'jitter is "none", "full", "equal" or "decorrelated"',
          ),
        ),
        budget: v.optional(shareSchema),
      },
      'retry options',
    ),
  },
  'true, a number of retries, or retry options',
);

const breakerSchema = byShape(
  {
    boolean: v.boolean(),
    object: strict(
      {
        failureRate: v.optional(shareSchema),
        slowCallRate: v.optional(shareSchema),
        slowCall: v.optional(durationSchema),
        waitInOpen: v.optional(durationSchema),
        halfOpenCalls: v.optional(count('halfOpenCalls', 1)),
        minimumCalls: v.optional(count('minimumCalls', 1)),
        windowType: v.optional(v.picklist(['count', 'time'], 'windowType is "count" or "time"')),
        window: v.optional(count('window', 1)),
      },
      'breaker options',
    ),
  },
  'true or breaker options',
);

const callOptionsSchema = strict(
  {
    to: v.string('a call names its service in `to`'),
    timeout: v.optional(durationSchema),
    retries: v.optional(retrySchema),
    breaker: v.optional(breakerSchema),
    bulkhead: v.optional(
      byShape({ boolean: v.boolean(), number: count('bulkhead', 1) }, 'true or a number of calls'),
    ),
    fallback: v.optional(v.boolean('fallback is true or false')),
    async: v.optional(v.boolean('async is true or false')),
  },
  'call options',
);

const messageQueueSchema = strict(
  {
    maxBacklog: v.optional(count('maxBacklog', 1)),
    whenFull: v.optional(
      v.picklist(['reject', 'dropOldest'], 'whenFull is "reject" or "dropOldest"'),
    ),
    maxDeliveries: v.optional(count('maxDeliveries', 1)),
  },
  'message queue options { maxBacklog, whenFull, maxDeliveries }',
);

const plainCall = byShape(
  { string: v.string(), object: callOptionsSchema },
  'a service name or call options',
);

const callSchema = byShape(
  {
    string: v.string(),
    keys: [['parallel', strict({ parallel: v.array(plainCall) }, 'parallel calls')]],
    object: callOptionsSchema,
  },
  'a service name, call options, or { parallel: [...] }',
);

const stepText = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.minLength(1, `${what} cannot be empty`));
const stepBase = { size: memorySchema, takes: v.optional(durationSchema) };

const buildStepSchema = byShape(
  {
    keys: [
      ['from', strict({ from: stepText('from'), ...stepBase }, 'a step { from, size }')],
      [
        'copy',
        strict(
          {
            copy: byShape(
              {
                string: stepText('copy'),
                array: v.pipe(
                  v.array(stepText('a copied path')),
                  v.minLength(1, 'copy needs at least one path'),
                ),
              },
              'a path or a list of paths',
            ),
            ...stepBase,
          },
          'a step { copy, size }',
        ),
      ],
      ['run', strict({ run: stepText('run'), ...stepBase }, 'a step { run, size, takes }')],
    ],
  },
  'a build step: { from | copy | run, size }',
);

const imageSchema = strict(
  {
    name: v.optional(v.string()),
    layers: v.optional(
      v.array(
        strict({ id: v.string('a layer needs an id'), size: memorySchema }, 'a layer { id, size }'),
      ),
    ),
    steps: v.optional(v.array(buildStepSchema, 'steps is a list of build steps')),
    changed: v.optional(
      v.array(stepText('a changed path'), 'changed is a list of paths, like ["src"]'),
    ),
  },
  'an image { name, layers } or { name, steps, changed }',
);

const probeSchema = byShape(
  {
    boolean: v.boolean(),
    object: strict(
      {
        initialDelay: v.optional(durationSchema),
        period: v.optional(durationSchema),
        timeout: v.optional(durationSchema),
        successThreshold: v.optional(count('successThreshold', 1)),
        failureThreshold: v.optional(count('failureThreshold', 1)),
      },
      'probe options',
    ),
  },
  'true or probe options',
);

const versionEntries = {
  image: v.optional(imageSchema),
  work: v.optional(distributionSchema),
  errorRate: v.optional(shareSchema),
  crashAfter: v.optional(durationSchema),
  start: v.optional(durationSchema),
  warmup: v.optional(durationSchema),
};

const bound = byShape(
  {
    number: count('a count'),
    string: v.pipe(v.string(), v.regex(/^\d+%$/, 'expected a percentage like "25%"')),
  },
  'a number of instances or a percentage like "25%"',
);

const serviceSchema = strict(
  {
    ...versionEntries,
    replicas: v.optional(count('replicas')),
    runtime: v.optional(
      v.picklist(
        ['container', 'vm', 'microvm', 'serverless'],
        'runtime is "container", "vm", "microvm" or "serverless"',
      ),
    ),
    boot: v.optional(durationSchema),
    guestOsMemory: v.optional(memorySchema),
    cpu: v.optional(cpuSchema),
    memory: v.optional(memorySchema),
    concurrency: v.optional(count('concurrency', 1)),
    queue: v.optional(count('queue')),
    loadBalancer: v.optional(
      v.picklist(
        ['random', 'roundRobin', 'leastConnections'],
        'loadBalancer is "random", "roundRobin" or "leastConnections"',
      ),
    ),
    calls: v.optional(v.array(callSchema)),
    rateLimit: v.optional(
      byShape(
        {
          number: rps,
          object: strict({ rps, burst: v.optional(count('burst', 1)) }, 'a rate limit'),
        },
        'requests per second or { rps, burst }',
      ),
    ),
    liveness: v.optional(probeSchema),
    readiness: v.optional(probeSchema),
    autoscale: v.optional(
      strict(
        {
          min: v.optional(count('min', 0)),
          max: count('max', 1),
          cpu: v.optional(shareSchema),
          concurrency: v.optional(positive('concurrency')),
          rps: v.optional(positive('rps')),
          backlogPerReplica: v.optional(positive('backlogPerReplica')),
          syncPeriod: v.optional(durationSchema),
          tolerance: v.optional(positive('tolerance')),
          scaleDownWindow: v.optional(durationSchema),
        },
        'autoscale options { min, max, cpu | concurrency | rps | backlogPerReplica }',
      ),
    ),
    rollout: v.optional(
      strict(
        {
          maxSurge: v.optional(bound),
          maxUnavailable: v.optional(bound),
          progressDeadline: v.optional(durationSchema),
        },
        'rollout options',
      ),
    ),
    deadlines: v.optional(v.boolean('deadlines is true or false')),
    messageQueue: v.optional(messageQueueSchema),
    terminationGrace: v.optional(durationSchema),
    versions: v.optional(v.record(v.string(), strict(versionEntries, 'a version'))),
    pricePerHour: v.optional(positive('pricePerHour')),
  },
  'a service',
);

const nodeSchema = strict(
  {
    name: v.optional(v.pipe(v.string(), v.minLength(1, 'a name cannot be empty'))),
    kind: v.optional(v.picklist(['vm', 'host'], 'kind is "vm" or "host"')),
    host: v.optional(v.string()),
    cpu: v.optional(cpuSchema),
    memory: v.optional(memorySchema),
    boot: v.optional(durationSchema),
    zone: v.optional(v.string()),
    pricePerHour: v.optional(positive('pricePerHour')),
    pullBandwidth: v.optional(memorySchema),
    preloaded: v.optional(v.array(v.string())),
  },
  'a node',
);

const trafficSchema = strict(
  {
    to: v.string('traffic needs `to`: the service it goes to'),
    rate: v.optional(rateSchema),
    clients: v.optional(count('clients', 1)),
    think: v.optional(distributionSchema),
    timeout: v.optional(durationSchema),
    retries: v.optional(retrySchema),
  },
  'a traffic source',
);

const at = { at: durationSchema };
const lasting = { ...at, for: v.optional(durationSchema) };
const name = v.string();

const faultSchema = byShape(
  {
    keys: [
      ['kill', strict({ ...at, kill: name }, 'a fault { at, kill }')],
      ['restore', strict({ ...at, restore: name }, 'a fault { at, restore }')],
      ['panic', strict({ ...at, panic: name }, 'a fault { at, panic }')],
      ['crash', strict({ ...at, crash: name }, 'a fault { at, crash }')],
      ['hang', strict({ ...at, hang: name }, 'a fault { at, hang }')],
      [
        'slow',
        strict({ ...lasting, slow: name, by: durationSchema }, 'a fault { at, slow, by, for }'),
      ],
      [
        'fail',
        strict({ ...lasting, fail: name, rate: shareSchema }, 'a fault { at, fail, rate, for }'),
      ],
      [
        'cut',
        strict(
          { ...lasting, cut: v.tuple([name, name], 'cut names two services') },
          'a fault { at, cut, for }',
        ),
      ],
      [
        'hog',
        strict({ ...lasting, hog: name, share: shareSchema }, 'a fault { at, hog, share, for }'),
      ],
      [
        'spike',
        strict(
          { ...lasting, spike: name, factor: positive('factor') },
          'a fault { at, spike, factor, for }',
        ),
      ],
      ['deploy', strict({ ...at, deploy: name, version: name }, 'a fault { at, deploy, version }')],
      [
        'scale',
        strict(
          { ...at, scale: name, replicas: count('replicas') },
          'a fault { at, scale, replicas }',
        ),
      ],
      ['addNode', strict({ ...at, addNode: nodeSchema }, 'a fault { at, addNode }')],
    ],
  },
  'a fault: { at, kill | restore | panic | crash | hang | slow | fail | cut | hog | spike | deploy | scale | addNode }',
);

const window = {
  from: v.optional(durationSchema),
  to: v.optional(durationSchema),
  label: v.optional(v.string()),
};

const percentileSchema = v.pipe(
  v.number('percentile must be a number'),
  v.minValue(1, 'percentile is at least 1'),
  v.maxValue(100, 'percentile is at most 100'),
);

const goalSchema = byShape(
  {
    keys: [
      [
        'latency',
        strict(
          {
            latency: name,
            percentile: v.optional(percentileSchema),
            below: durationSchema,
            ...window,
          },
          'a latency goal',
        ),
      ],
      [
        'errorRate',
        strict({ errorRate: name, below: shareSchema, ...window }, 'an error-rate goal'),
      ],
      [
        'costBelow',
        strict({ costBelow: positive('costBelow'), label: v.optional(v.string()) }, 'a cost goal'),
      ],
      [
        'instanceMinutes',
        strict(
          { instanceMinutes: name, below: positive('below'), label: v.optional(v.string()) },
          'an instance-minutes goal',
        ),
      ],
      ['noLoss', strict({ noLoss: name, label: v.optional(v.string()) }, 'a no-loss goal')],
      [
        'rebuiltLayers',
        strict(
          { rebuiltLayers: name, below: positive('below'), label: v.optional(v.string()) },
          'a rebuilt-layers goal',
        ),
      ],
      [
        'imageStep',
        strict(
          {
            imageStep: name,
            step: v.string('step is a Dockerfile line like "RUN npm ci"'),
            label: v.optional(v.string()),
          },
          'an image-step goal { imageStep, step }',
        ),
      ],
      ['backlog', strict({ backlog: name, below: positive('below'), ...window }, 'a backlog goal')],
      [
        'event',
        strict(
          { event: name, subject: v.optional(name), happened: v.optional(v.boolean()), ...window },
          'an event goal',
        ),
      ],
      [
        'startTime',
        strict(
          {
            startTime: name,
            percentile: v.optional(percentileSchema),
            below: durationSchema,
            label: v.optional(v.string()),
          },
          'a start-time goal { startTime, below }',
        ),
      ],
      [
        'allRunning',
        strict(
          { allRunning: name, by: durationSchema, label: v.optional(v.string()) },
          'an all-running goal { allRunning, by }',
        ),
      ],
      [
        'machinesUsed',
        strict(
          {
            machinesUsed: v.picklist(['hosts', 'nodes'], 'machinesUsed is "hosts" or "nodes"'),
            below: count('below', 1),
            label: v.optional(v.string()),
          },
          'a machines-used goal { machinesUsed, below }',
        ),
      ],
      [
        'cpuSeconds',
        strict(
          { cpuSeconds: name, atLeast: positive('atLeast'), label: v.optional(v.string()) },
          'a CPU-seconds goal { cpuSeconds, atLeast }',
        ),
      ],
    ],
  },
  'a goal: { latency | errorRate | costBelow | instanceMinutes | noLoss | rebuiltLayers | imageStep | backlog | event | startTime | allRunning | machinesUsed | cpuSeconds }',
);

export const scenarioSchema = strict(
  {
    name: v.optional(v.string('name must be text')),
    duration: v.optional(durationSchema),
    seed: v.optional(
      v.pipe(v.number('seed must be a number'), v.integer('seed must be a whole number')),
    ),
    cluster: v.optional(
      strict(
        {
          nodes: v.optional(
            byShape(
              { number: count('nodes'), array: v.array(nodeSchema) },
              'a number of nodes or a list of nodes',
            ),
          ),
          node: v.optional(nodeSchema),
          scheduler: v.optional(
            v.picklist(
              ['spread', 'binpack', 'random'],
              'scheduler is "spread", "binpack" or "random"',
            ),
          ),
          nodeGracePeriod: v.optional(durationSchema),
          evictionTimeout: v.optional(durationSchema),
          networkLatency: v.optional(distributionSchema),
          serverlessLaunch: v.optional(
            strict(
              {
                burst: v.optional(count('burst', 1)),
                perSecond: v.optional(positive('perSecond')),
              },
              'launch limits',
            ),
          ),
          serverlessPrice: v.optional(
            strict(
              {
                vcpuHour: v.optional(positive('vcpuHour')),
                gbHour: v.optional(positive('gbHour')),
              },
              'prices',
            ),
          ),
        },
        'cluster options',
      ),
    ),
    hosts: v.optional(v.array(nodeSchema)),
    services: v.record(
      v.string(),
      serviceSchema,
      (issue) => `services must be an object of services by name, got ${shown(issue.input)}`,
    ),
    traffic: v.optional(v.record(v.string(), trafficSchema)),
    faults: v.optional(v.array(faultSchema)),
    goals: v.optional(v.array(goalSchema)),
    traceSampling: v.optional(shareSchema),
  },
  'a scenario',
);
