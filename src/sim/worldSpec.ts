/**
 * The normalised input of the engine: every unit resolved (milliseconds,
 * MiB, cores, requests per second), every default filled in. The scenario API
 * (`src/scenario`) turns what a reader writes into this; the engine reads
 * nothing else. Plain data only.
 */

/** A distribution of durations, in milliseconds. */
export type DurationDist =
  | { kind: 'fixed'; ms: number }
  | { kind: 'exponential'; meanMs: number }
  | { kind: 'lognormal'; p50Ms: number; p99Ms: number }
  | { kind: 'uniform'; minMs: number; maxMs: number };

/** How a traffic source's request rate (per second) varies over time. */
export type RateShape =
  | { kind: 'constant'; rps: number }
  | { kind: 'ramp'; fromRps: number; toRps: number; startMs: number; endMs: number }
  | {
      kind: 'spike';
      baseRps: number;
      peakRps: number;
      atMs: number;
      durationMs: number;
      rampMs: number;
    }
  | { kind: 'daily'; minRps: number; maxRps: number; peakAtMs: number; periodMs: number }
  | { kind: 'steps'; points: { atMs: number; rps: number }[] }
  | { kind: 'sum'; parts: RateShape[] };

export type Jitter = 'none' | 'full' | 'equal' | 'decorrelated';

export interface RetrySpec {
  /** Total attempts, the first one included (3 = one try and two retries). */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  jitter: Jitter;
  /** Retry only while retries stay under this share of calls (e.g. 0.1), or null. */
  budget: number | null;
}

export interface BreakerSpec {
  /** Percent of failed calls in the window that opens the breaker. */
  failureRateThreshold: number;
  /** Percent of slow calls in the window that opens the breaker. */
  slowCallRateThreshold: number;
  slowCallDurationMs: number;
  waitDurationInOpenMs: number;
  permittedCallsInHalfOpen: number;
  minimumCalls: number;
  windowType: 'count' | 'time';
  /** Calls (count window) or seconds (time window). */
  windowSize: number;
}

export interface CallSpec {
  /** Index of the called service in `WorldSpec.services`. */
  to: number;
  /** Per-attempt timeout; `Infinity` waits forever. */
  timeoutMs: number;
  retry: RetrySpec | null;
  breaker: BreakerSpec | null;
  /** Most calls in flight from one caller instance to this service, or null. */
  bulkhead: number | null;
  /** On failure, answer with a degraded result instead of failing. */
  fallback: boolean;
  /**
   * Asynchronous: the caller publishes a message to the callee's queue and goes
   * on once the broker has it; the callee's instances consume it later.
   */
  async: boolean;
}

/** The broker's queue of messages for one service (the target of async calls). */
export interface MessageQueueSpec {
  /** Most messages waiting; `Infinity` for no bound. */
  maxBacklog: number;
  /** A full queue refuses the new message (the publish fails) or drops its oldest one. */
  whenFull: 'reject' | 'dropOldest';
  /** Deliveries of one message (the first included) before it is dead-lettered. */
  maxDeliveries: number;
}

export interface LayerSpec {
  id: string;
  sizeMiB: number;
}

export interface ImageSpec {
  name: string;
  layers: LayerSpec[];
  /** How the image was built from Dockerfile-like steps, when it was (see `buildImage`). */
  build?: ImageBuild;
}

/** One Dockerfile-like step of an image build, normalised. */
export interface BuildStepSpec {
  kind: 'from' | 'copy' | 'run';
  /** The instruction as a Dockerfile line: `FROM node:20-slim`, `COPY src`, `RUN npm ci`. */
  instruction: string;
  /** What the step reads: the base image (`from`) or the copied paths (`copy`); none for `run`. */
  inputs: string[];
  /** Size of the layer it makes. */
  sizeMiB: number;
  /** How long the step takes when it is not taken from the cache. */
  takesMs: number;
}

/**
 * Why a layer was (or was not) rebuilt: taken from the cache; its inputs
 * changed (copied files, a new base image); its instruction differs from the
 * cached one (or nothing is cached there); or a layer below it was rebuilt.
 */
export type LayerCause = 'cached' | 'inputs' | 'instruction' | 'after';

/** One layer of a build. */
export interface BuiltLayer {
  /** The layer's identity: nodes that hold a layer with this id do not pull it again. */
  id: string;
  instruction: string;
  sizeMiB: number;
  /** Time the step took in this build (0 when cached). */
  takesMs: number;
  rebuilt: boolean;
  cause: LayerCause;
}

/** The result of building an image with the build cache of the image it replaces. */
export interface ImageBuild {
  /** The steps built, from the bottom (`from`) up. */
  steps: BuildStepSpec[];
  /** Layers from the bottom (`from`) up, one per step. */
  layers: BuiltLayer[];
  /** What the change touched (files, folders, base images), as written. */
  changed: string[];
  /** How many layers were rebuilt (not taken from the cache). */
  rebuilt: number;
  /** Build time: the rebuilt steps' times added up. */
  buildMs: number;
  /** Size of the rebuilt layers: what is pushed to the registry, and pulled by nodes that hold the rest. */
  pushedMiB: number;
}

/** One version of a service's code: what a rolling update replaces. */
export interface VersionSpec {
  label: string;
  image: ImageSpec;
  work: DurationDist;
  /** Share of requests that fail with an error (0..1). */
  errorRate: number;
  /** The process exits this long after it starts (a crash loop), or null. */
  crashAfterMs: number | null;
  /** From process start to listening. */
  startMs: number;
  /** From listening to passing the readiness probe. */
  warmupMs: number;
}

export interface ProbeSpec {
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  successThreshold: number;
  failureThreshold: number;
}

export type AutoscaleMetric = 'cpu' | 'concurrency' | 'rps' | 'backlog';

export interface AutoscaleSpec {
  min: number;
  max: number;
  metric: AutoscaleMetric;
  /** Target per instance: utilisation 0..1 for cpu, in-flight requests, requests/s, or waiting messages. */
  target: number;
  syncPeriodMs: number;
  tolerance: number;
  scaleDownWindowMs: number;
}

export interface RolloutSpec {
  maxSurge: { value: number; percent: boolean };
  maxUnavailable: { value: number; percent: boolean };
  progressDeadlineMs: number;
}

/** Where a service's instances run and what that costs them. */
export type RuntimeSpec =
  | { kind: 'container'; startMs: number }
  | { kind: 'vm'; guestOsMiB: number; bootMs: number }
  | { kind: 'microvm'; overheadMiB: number; bootMs: number }
  | { kind: 'serverless'; provisionMs: number };

export interface ServiceSpec {
  name: string;
  replicas: number;
  runtime: RuntimeSpec;
  /** Cores each instance requests (and may use). */
  cpu: number;
  memoryMiB: number;
  versions: VersionSpec[];
  /** Requests one instance works on at once (its worker threads). */
  concurrency: number;
  /** Requests one instance may hold waiting; more are shed. */
  queueLimit: number;
  lb: 'random' | 'roundRobin' | 'leastConnections';
  /** Token bucket at the service's door, or null. */
  rateLimit: { rps: number; burst: number } | null;
  liveness: ProbeSpec | null;
  readiness: ProbeSpec | null;
  autoscale: AutoscaleSpec | null;
  rollout: RolloutSpec;
  /** Sequential steps; the calls inside one step run in parallel. */
  calls: CallSpec[][];
  /** Pass the caller's deadline on and drop work whose deadline has passed. */
  deadlinePropagation: boolean;
  /** Its queue of messages (used when some service calls it with `async`). */
  messageQueue: MessageQueueSpec;
  terminationGraceMs: number;
  /** Price of one instance-hour when it runs on the provider's capacity. */
  pricePerHour: number;
}

export interface NodeSpec {
  name: string;
  /** A physical host (runs VMs and containers) or a VM node (runs containers). */
  kind: 'host' | 'vm';
  /** The host a VM node runs on, by index, or -1 for the provider's capacity. */
  host: number;
  cpu: number;
  memoryMiB: number;
  /** Memory a VM node's guest OS takes on its host. */
  guestOsMiB: number;
  bootMs: number;
  zone: string;
  pricePerHour: number;
  /** Image pull bandwidth. */
  pullMiBps: number;
  /** Layers already on its disk at start. */
  preloaded: string[];
}

export type TrafficSpec =
  | {
      kind: 'open';
      name: string;
      to: number;
      rate: RateShape;
      timeoutMs: number;
      retry: RetrySpec | null;
    }
  | {
      kind: 'closed';
      name: string;
      to: number;
      clients: number;
      think: DurationDist;
      timeoutMs: number;
      retry: RetrySpec | null;
    };

/** Something that happens to the world at a moment: a fault or a reader's action. */
export type Action =
  | { type: 'killNode'; node: string }
  | { type: 'restoreNode'; node: string }
  /** A node's kernel, or an instance's: a container has none of its own, so its node panics. */
  | { type: 'kernelPanic'; target: string }
  | { type: 'killInstance'; instance: string }
  | { type: 'hangInstance'; instance: string }
  | { type: 'addLatency'; service: string; ms: number; durationMs: number | null }
  | { type: 'errorRate'; service: string; rate: number; durationMs: number | null }
  | { type: 'partition'; from: string; to: string; durationMs: number | null }
  | { type: 'cpuHog'; node: string; share: number; durationMs: number | null }
  | { type: 'trafficSpike'; traffic: string; factor: number; durationMs: number | null }
  | { type: 'deploy'; service: string; version: number }
  | { type: 'scale'; service: string; replicas: number }
  | { type: 'addNode'; node: NodeSpec };

export interface TimedAction {
  atMs: number;
  action: Action;
}

export type GoalSpec =
  | {
      kind: 'latency';
      label: string;
      scope: 'service' | 'traffic';
      target: string;
      percentile: number;
      belowMs: number;
      fromMs: number;
      toMs: number;
    }
  | {
      kind: 'errorRate';
      label: string;
      scope: 'service' | 'traffic';
      target: string;
      below: number;
      fromMs: number;
      toMs: number;
    }
  | { kind: 'cost'; label: string; below: number }
  | { kind: 'instanceMinutes'; label: string; below: number; service: string | null }
  | { kind: 'noLoss'; label: string; traffic: string | null }
  | {
      /** Layers rebuilt by the image build of one version of a service. */
      kind: 'rebuiltLayers';
      label: string;
      service: string;
      /** The version's label (`'v1'`, `'v2'`...). */
      version: string;
      below: number;
    }
  | {
      kind: 'backlog';
      label: string;
      /** The service whose queue of messages is watched. */
      service: string;
      /** The most messages waiting at any moment of the window must stay below this. */
      below: number;
      fromMs: number;
      toMs: number;
    }
  | {
      kind: 'event';
      label: string;
      event: string;
      subject: string | null;
      happened: boolean;
      fromMs: number;
      toMs: number;
    }
  | {
      /** From an instance's creation to its first readiness, of instances created in the run. */
      kind: 'startTime';
      label: string;
      /** The service, or null for every service. */
      service: string | null;
      percentile: number;
      belowMs: number;
    }
  | {
      /** Every desired replica of a service ready at `byMs`. */
      kind: 'allRunning';
      label: string;
      service: string;
      byMs: number;
    }
  | {
      /** A build step the image of one version of a service must have. */
      kind: 'imageStep';
      label: string;
      service: string;
      /** The version's label (`'v1'`, `'v2'`...). */
      version: string;
      /** The instruction, single-spaced (`RUN npm ci`): a step equal to it, or with more words, has it. */
      step: string;
    }
  | {
      /** Peak number of hosts (or nodes) carrying something at once. */
      kind: 'machinesUsed';
      label: string;
      machines: 'hosts' | 'nodes';
      below: number;
    }
  | {
      /** CPU-seconds of request work done by the instances of a service (null: every service) over the run. */
      kind: 'cpuSeconds';
      label: string;
      service: string | null;
      /** The total must reach at least this many CPU-seconds. */
      atLeast: number;
    };

export interface ClusterSpec {
  scheduler: 'spread' | 'binpack' | 'random';
  nodeMonitorGracePeriodMs: number;
  podEvictionTimeoutMs: number;
  /** Token bucket on serverless launches. */
  serverlessBurst: number;
  serverlessRefillPerSec: number;
  /** One-way latency of a call between services. */
  hopLatency: DurationDist;
  serverlessVcpuHour: number;
  serverlessGbHour: number;
  /** Image pull bandwidth of serverless tasks (no layer cache between tasks). */
  serverlessPullMiBps: number;
}

export interface WorldSpec {
  name: string;
  seed: number;
  durationMs: number;
  cluster: ClusterSpec;
  nodes: NodeSpec[];
  services: ServiceSpec[];
  traffic: TrafficSpec[];
  timeline: TimedAction[];
  goals: GoalSpec[];
  /** Share of client requests whose whole path is recorded as a trace. */
  traceSampleRate: number;
  checkpointEveryMs: number;
}
