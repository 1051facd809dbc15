/**
 * The scenario language: what a cloudscope simulation is written in. Every
 * option here shows its documentation when you hover it in the editor.
 *
 * Units are written the way engineers write them:
 * - durations: `'250ms'`, `'30s'`, `'5m'`, `'2h'`, `'1d'` (a bare number means milliseconds);
 * - memory: `'512Mi'`, `'2Gi'` (a bare number means MiB);
 * - CPU: cores, `0.5` or `'500m'` (millicores);
 * - rates: requests per second.
 */

/** A duration: `'250ms'`, `'30s'`, `'5m'`, `'2h'`, `'1d'`, or a number of milliseconds. */
export type Duration = string | number;
/** An amount of memory: `'512Mi'`, `'2Gi'`, or a number of MiB. */
export type Memory = string | number;
/** CPU in cores: `0.5`, `2`, or millicores as `'500m'`. */
export type Cpu = number | string;
/** A share: `0.2` or `'20%'`. */
export type Share = number | string;

/**
 * How long something takes, each time it happens.
 * - `'20ms'`: always exactly that long;
 * - `{ mean: '20ms' }`: random, exponentially distributed with that mean (the classic queueing model);
 * - `{ p50: '20ms', p99: '200ms' }`: random, log-normal with that median and 99th percentile (how real latencies look);
 * - `{ min: '10ms', max: '30ms' }`: random, uniform between the two.
 */
export type DurationDistribution =
  | Duration
  | { mean: Duration }
  | { p50: Duration; p99: Duration }
  | { min: Duration; max: Duration };

/** A traffic shape: how many requests per second, over time. Build one with `constant`, `ramp`, `spike`, `daily`, `steps` or `sum`. */
export type Rate =
  | number
  | { constant: number }
  | { ramp: { from: number; to: number; start: Duration; end: Duration } }
  | { spike: { base: number; peak: number; at: Duration; for: Duration; ramp?: Duration } }
  | { daily: { min: number; max: number; peakAt?: Duration; period?: Duration } }
  | { steps: [Duration, number][] }
  | { sum: Rate[] };

/** Retry policy of a call. */
export interface RetryOptions {
  /** Total tries, the first included: 3 means one try and up to two retries. Default 3. */
  attempts?: number;
  /** First backoff wait. Default `'100ms'`. */
  base?: Duration;
  /** Longest backoff wait. Default `'10s'`. */
  cap?: Duration;
  /**
   * How the wait is randomised (AWS "Exponential Backoff And Jitter"):
   * `'none'` waits min(cap, base × 2ⁿ); `'full'` a random time up to that (default, least total work);
   * `'equal'` half of it plus a random half; `'decorrelated'` random between base and 3 × the last wait.
   */
  jitter?: 'none' | 'full' | 'equal' | 'decorrelated';
  /**
   * Retry budget: retry only while retries stay under this share of recent calls on this
   * edge (the Google SRE book suggests about 10%). Default: no budget.
   */
  budget?: Share;
}

/** Circuit breaker of a call, with resilience4j's rules and defaults. */
export interface BreakerOptions {
  /** Failure rate (of the window's calls) that opens the breaker. Default `'50%'`. */
  failureRate?: Share;
  /** Share of slow calls that opens the breaker. Default `'100%'` (off in practice). */
  slowCallRate?: Share;
  /** A call this long or longer counts as slow. Default `'60s'`. */
  slowCall?: Duration;
  /** How long the breaker stays open before it lets trial calls through. Default `'60s'`. */
  waitInOpen?: Duration;
  /** Trial calls let through when half-open. Default 10. */
  halfOpenCalls?: number;
  /** Calls the window must hold before the failure rate counts. Default 100. */
  minimumCalls?: number;
  /** `'count'`: the last `window` calls (default); `'time'`: the calls of the last `window` seconds. */
  windowType?: 'count' | 'time';
  /** Size of the sliding window, in calls or seconds. Default 100. */
  window?: number;
}

/** One call a service makes to another while it handles a request. */
export interface CallOptions {
  /** The service to call (by name). */
  to: string;
  /** How long to wait for one try before giving up on it. Default: forever. */
  timeout?: Duration;
  /** Retry failed tries: `true` for the defaults (3 attempts), a number of retries (`2` = up to 2 more tries), or options. Calls rejected by this caller's own breaker or bulkhead are not retried. */
  retries?: boolean | number | RetryOptions;
  /** Put a circuit breaker on this call (`true` for resilience4j's defaults). One breaker per caller→service edge, shared by the caller's instances. */
  breaker?: boolean | BreakerOptions;
  /** Most calls to this service in flight from one caller instance; more are rejected at once. `true` means 25 (resilience4j). */
  bulkhead?: boolean | number;
  /** When the call fails for good, answer with a degraded result instead of failing the request. */
  fallback?: boolean;
  /**
   * Send a message instead of waiting for the work: the caller publishes it to the
   * called service's queue on a broker and goes on as soon as the broker has it
   * (one network hop there and one back). The called service's instances take
   * messages from the queue, oldest first, as fast as their `concurrency` and `work`
   * allow; no caller waits for them, so no timeout applies. A message whose
   * processing fails is delivered again (see `ServiceOptions.messageQueue`). Default
   * `false`: the caller waits for the answer. `timeout`, `retries` and `breaker` then
   * apply to the publish, not to the processing. In a trace the call is the publish
   * alone (until the broker's acknowledgement): the consumer's later work belongs to
   * no user's request and is not drawn in it.
   */
  async?: boolean;
}

/**
 * The broker's queue of messages for a service that others call with `async: true`.
 * The broker itself is managed: always up, never the bottleneck.
 */
export interface MessageQueueOptions {
  /** Most messages that may wait in the queue. Default: no limit. */
  maxBacklog?: number;
  /**
   * What a full queue does with a new message:
   * `'reject'` (default) refuses it, so the publish fails and the caller's request fails
   * (or retries, or falls back) and nothing vanishes unseen; `'dropOldest'` accepts it and
   * throws away the oldest waiting message, which nobody is told about.
   */
  whenFull?: 'reject' | 'dropOldest';
  /**
   * Deliveries of one message, the first included, before it is given up and counted
   * as dead-lettered. A delivery fails when processing fails (an error, a failed call)
   * or when the instance dies while working on it; the message is then put back at
   * the front of the queue at once (at-least-once delivery: its work may run twice).
   * Default 5 (illustrative).
   */
  maxDeliveries?: number;
}

/** A call: a service name for a plain call, call options, or `{ parallel: [...] }` for calls made at the same time. */
export type Call = string | CallOptions | { parallel: (string | CallOptions)[] };

/**
 * A step of an image's build, like a Dockerfile line. Each step makes one layer.
 * - `{ from: 'node:20-slim', size: '70Mi' }`: start from a base image (the first step, and only there);
 * - `{ copy: 'src', size: '2Mi' }`: copy files or folders of your project into the image;
 * - `{ run: 'npm ci', size: '120Mi', takes: '40s' }`: run a command; its output is the layer.
 */
export type BuildStep = FromStep | CopyStep | RunStep;

interface StepBase {
  /** Size of the layer this step makes: `'70Mi'`, `'1Ki'`, or a number of MiB. */
  size: Memory;
  /**
   * How long the step takes when it is rebuilt (a step taken from the build cache takes no time).
   * Defaults (illustrative): `run` 10 s; `copy` its size at 200 MiB/s; `from` its size at the pull bandwidth, 100 MiB/s.
   */
  takes?: Duration;
}

/** `FROM`: the base image the build starts from. */
export interface FromStep extends StepBase {
  /** The base image, e.g. `'node:20-slim'`. Name it in `changed` to rebuild on a newly pulled base. */
  from: string;
}

/** `COPY`: files of your project copied into the image. */
export interface CopyStep extends StepBase {
  /**
   * What it copies: a file (`'package.json'`), a folder (`'src'`), everything (`'.'`), or a list.
   * `*` matches within a name (`'package*.json'`). The layer is rebuilt when `changed` touches any of it.
   */
  copy: string | string[];
}

/** `RUN`: a command run during the build (install packages, compile). */
export interface RunStep extends StepBase {
  /** The command, e.g. `'npm ci'`. It reruns whenever a layer below it was rebuilt. */
  run: string;
}

/**
 * A container image: layers, each downloaded once per node and shared by every image that has it.
 * Describe it either by its `layers` or, to see the build cache at work, by its build `steps`.
 */
export interface ImageOptions {
  /** Image name (shown in logs). Default: the service's name. */
  name?: string;
  /** Layers from the bottom (base OS) up (your code). A layer's `id` says which layers are the same. */
  layers?: { id: string; size: Memory }[];
  /**
   * The build, step by step, like a Dockerfile: `[{ from: 'node:20-slim', size: '70Mi' }, { copy: 'src', size: '2Mi' }, ...]`.
   * The image is built with the build cache of the image it replaces: for a service, its own
   * previous build (the same steps); for a version, the service's image. As in Docker, every
   * step reuses its cached layer until the first step whose instruction or inputs changed;
   * that step and all after it are rebuilt into new layers, which nodes must pull.
   * A version that gives only `changed` keeps the service's steps.
   */
  steps?: BuildStep[];
  /**
   * What your change touched since the cached build: files or folders (`'src/cart.ts'`, `'src'`,
   * `'package.json'`) matched against the `copy` steps, or a base image (`'node:20-slim'`) that was
   * updated. Default: nothing (every layer comes from the cache).
   * Builds happen before the run (the event log shows each as `imageBuilt` at 0:00). Nodes hold
   * the layers of what runs on them, so to watch nodes pull only the rebuilt layers, put the change
   * in a version (`versions: { v2: { image: { changed: ['src'] } } }`) and `deploy` it.
   */
  changed?: string[];
}

/** Health probe (Kubernetes' defaults: no delay, every 10 s, 1 success, 3 failures). */
export interface ProbeOptions {
  initialDelay?: Duration;
  period?: Duration;
  timeout?: Duration;
  successThreshold?: number;
  failureThreshold?: number;
}

/** Horizontal autoscaling, with the HorizontalPodAutoscaler's rule. */
export interface AutoscaleOptions {
  /** Fewest replicas. Default 1. */
  min?: number;
  /** Most replicas. */
  max: number;
  /** Target average CPU use per instance, of the CPU it requests (`'60%'`). */
  cpu?: Share;
  /** Target requests in hand per instance (working or queued). */
  concurrency?: number;
  /** Target requests per second per instance. */
  rps?: number;
  /**
   * Target messages waiting in the service's queue per instance (as KEDA scales on a
   * queue's length): desired = ceil(backlog / target). With `min: 0` the service
   * scales to zero when the queue is empty and back to one when a message arrives.
   */
  backlogPerReplica?: number;
  /** How often the autoscaler looks. Default `'15s'`. */
  syncPeriod?: Duration;
  /** No change while metric/target is within this of 1. Default 0.1. */
  tolerance?: number;
  /** Scale down only to the highest recommendation of this window. Default `'5m'`. */
  scaleDownWindow?: Duration;
}

/** A version of a service's code: what a deploy rolls out. Anything not given is the same as the service's. */
export interface VersionOptions {
  image?: ImageOptions;
  /** CPU work per request, at one core. */
  work?: DurationDistribution;
  /** Share of requests that fail with an error. */
  errorRate?: Share;
  /** The process crashes this long after it starts (a bad build that crash-loops). */
  crashAfter?: Duration;
  /** From process start to listening. */
  start?: Duration;
  /** From listening to passing its readiness probe. */
  warmup?: Duration;
}

/** A service: a set of identical instances behind a load balancer. */
export interface ServiceOptions extends VersionOptions {
  /** How many instances. Default 1. */
  replicas?: number;
  /**
   * What one instance is:
   * `'container'` (default) on the cluster's nodes, sharing their kernel;
   * `'vm'` a whole virtual machine with its own guest OS;
   * `'microvm'` a Firecracker-style microVM (own kernel, tiny overhead, fast boot);
   * `'serverless'` a task on capacity the provider runs (Fargate-style: no nodes to manage).
   */
  runtime?: 'container' | 'vm' | 'microvm' | 'serverless';
  /** Boot time of a VM or microVM (defaults `'40s'` and `'125ms'`), or provisioning time of a serverless task (`'5s'`). */
  boot?: Duration;
  /** Memory a VM's guest OS takes before the app runs. Default `'512Mi'`. */
  guestOsMemory?: Memory;
  /** CPU each instance requests and may use. Default 0.5. */
  cpu?: Cpu;
  /** Memory each instance requests. Default `'256Mi'`. */
  memory?: Memory;
  /** Requests one instance works on at once (its worker threads). Default 50. */
  concurrency?: number;
  /** Requests one instance may hold waiting; more are shed. Default 100. */
  queue?: number;
  /** How the load balancer picks an instance. Default `'random'` (as kube-proxy). */
  loadBalancer?: 'random' | 'roundRobin' | 'leastConnections';
  /** Calls made after the CPU work, in order; `{ parallel: [...] }` makes several at once. */
  calls?: Call[];
  /** Token-bucket rate limit at the service's door: `rps` tokens per second, bucket of `burst`. */
  rateLimit?: number | { rps: number; burst?: number };
  /** Liveness probe: restart an instance that stops answering. `true` for the defaults. */
  liveness?: boolean | ProbeOptions;
  /** Readiness probe: send traffic only to instances that are warm. `true` for the defaults. */
  readiness?: boolean | ProbeOptions;
  /** Scale the replicas with load. */
  autoscale?: AutoscaleOptions;
  /** Rolling update: extra instances allowed during a deploy (default `'25%'`) and instances allowed down (default `'25%'`). */
  rollout?: {
    maxSurge?: number | string;
    maxUnavailable?: number | string;
    progressDeadline?: Duration;
  };
  /** Pass the caller's deadline on: drop work nobody waits for, shorten timeouts to what is left. */
  deadlines?: boolean;
  /**
   * Its queue of messages on the broker, for calls made to it with `async: true`
   * (`queue` is something else: the requests one instance holds waiting).
   */
  messageQueue?: MessageQueueOptions;
  /** Time a stopping instance gets to finish its work. Default `'30s'`. */
  terminationGrace?: Duration;
  /** Other versions, by label, for `deploy` faults. The service itself is version `'v1'`. */
  versions?: Record<string, VersionOptions>;
  /** Price per instance-hour when instances run on the provider's capacity (VMs without hosts). Default 0.1. */
  pricePerHour?: number;
}

/** A machine of the cluster. */
export interface NodeOptions {
  /** Name (default `node-1`, `node-2`, ...). */
  name?: string;
  /** `'vm'` (default): a VM from the cloud that runs containers. `'host'`: a physical server with a hypervisor. */
  kind?: 'vm' | 'host';
  /** For a VM node: the physical host it runs on (by name). */
  host?: string;
  /** Cores. Default 4. */
  cpu?: Cpu;
  /** Memory. Default `'16Gi'`. */
  memory?: Memory;
  /** Boot time when added later or rebooted. Default `'40s'`. */
  boot?: Duration;
  /** Availability zone (a label). Default `'zone-a'`. */
  zone?: string;
  /** Price per hour. Default 0.1. */
  pricePerHour?: number;
  /** Image pull bandwidth. Default `'100Mi'` per second. */
  pullBandwidth?: Memory;
  /** Image layers already on its disk. */
  preloaded?: string[];
}

/** The cluster: its nodes and its control plane's settings. */
export interface ClusterOptions {
  /** How many nodes (all alike, from `node`), or the nodes one by one. Default 3. */
  nodes?: number | NodeOptions[];
  /** Template for `nodes: <count>`. */
  node?: NodeOptions;
  /** Where the scheduler puts new instances: `'spread'` (LeastAllocated, default), `'binpack'` (MostAllocated) or `'random'`. */
  scheduler?: 'spread' | 'binpack' | 'random';
  /** Silence after which a node is marked NotReady. Default `'50s'` (Kubernetes 1.32+). */
  nodeGracePeriod?: Duration;
  /** How long pods tolerate a NotReady node before they are evicted. Default `'300s'`. */
  evictionTimeout?: Duration;
  /** One-way network latency of each hop: a call between services, and a user's request reaching its first service (and the answer back). Default `'1ms'`. */
  networkLatency?: DurationDistribution;
  /** Serverless launch rate limit: burst of tasks and tasks added per second. Defaults 100 and 20. */
  serverlessLaunch?: { burst?: number; perSecond?: number };
  /** Serverless prices per vCPU-hour and GB-hour. */
  serverlessPrice?: { vcpuHour?: number; gbHour?: number };
}

/** Requests from outside: users, other systems. */
export interface TrafficOptions {
  /** The service the requests go to. */
  to: string;
  /** Open traffic: requests per second (random arrivals, whatever the system's state). */
  rate?: Rate;
  /** Closed traffic instead: this many clients, each waiting for its answer, then thinking, then asking again. */
  clients?: number;
  /** Closed traffic: pause between an answer and the next request. Default `'1s'`. */
  think?: DurationDistribution;
  /** How long a client waits for one try before giving up on it (and retrying, if it retries). Default `'30s'`. */
  timeout?: Duration;
  /** Clients retry failed requests (see `CallOptions.retries`). */
  retries?: boolean | number | RetryOptions;
}

interface FaultBase {
  /** When it happens. */
  at: Duration;
}
interface Lasting {
  /** How long it lasts. Default: until the end. */
  for?: Duration;
}

/** Something that happens to the system at a moment: a failure, a deploy, a change. */
export type Fault =
  | (FaultBase & {
      /** Kill a node: it stops, and nobody notices until the grace period ends. */ kill: string;
    })
  | (FaultBase & { /** Bring a killed node back (it boots again). */ restore: string })
  | (FaultBase & {
      /** Kernel panic on a node: everything on it dies; it reboots. */ panic: string;
    })
  | (FaultBase & {
      /** Crash one instance (by name, e.g. `'orders-2'`): it is restarted. */ crash: string;
    })
  | (FaultBase & {
      /** Make one instance hang: it takes requests and never answers. */ hang: string;
    })
  | (FaultBase &
      Lasting & {
        /** Make a service slower. */ slow: string;
        /** Extra time per request. */ by: Duration;
      })
  | (FaultBase &
      Lasting & {
        /** Make a service fail requests. */ fail: string;
        /** Share of requests that fail. */ rate: Share;
      })
  | (FaultBase &
      Lasting & {
        /** Cut the network between two services (both ways): calls get no answer. */ cut: [
          string,
          string,
        ];
      })
  | (FaultBase &
      Lasting & {
        /** A runaway process on a node eats CPU. */ hog: string;
        /** Share of the node's CPU it takes. */ share: Share;
      })
  | (FaultBase &
      Lasting & {
        /** Multiply a traffic source's rate. */ spike: string;
        /** By how much. */ factor: number;
      })
  | (FaultBase & {
      /** Roll out another version of a service. */ deploy: string;
      /** The version's label (see `versions`). */ version: string;
    })
  | (FaultBase & { /** Set a service's replicas. */ scale: string; replicas: number })
  | (FaultBase & { /** Add a node to the cluster. */ addNode: NodeOptions });

/** A goal a run must meet: the challenge's check. */
export type Goal =
  | {
      /** Latency of a service (as it answers) or of a traffic source (as its users see it). */
      latency: string;
      /** Which percentile. Default 99. */
      percentile?: number;
      /** Must stay below this. */
      below: Duration;
      from?: Duration;
      to?: Duration;
      label?: string;
    }
  | {
      /** Share of failed requests of a service or a traffic source. */
      errorRate: string;
      /** Must stay below this (`0.01` or `'1%'`). */
      below: Share;
      from?: Duration;
      to?: Duration;
      label?: string;
    }
  | {
      /** Money spent on machines over the run must stay below this. */ costBelow: number;
      label?: string;
    }
  | {
      /** Instance-minutes used, of one service or `'all'`. */
      instanceMinutes: string;
      below: number;
      label?: string;
    }
  | {
      /** No request of this traffic source (or `'all'`) may fail. */ noLoss: string;
      label?: string;
    }
  | {
      /**
       * Layers rebuilt by an image's build (see `ImageOptions.steps`): name a service (the
       * build of its last version, the one a deploy rolls out) or an image by its `name`.
       */
      rebuiltLayers: string;
      /** Fewer layers than this must be rebuilt (`below: 2` allows one). */
      below: number;
      label?: string;
    }
  | {
      /**
       * An image must still have a build step (see `ImageOptions.steps`): name a service (the
       * build of its last version, the one a deploy rolls out) or an image by its `name`. Use it
       * where removing a step would make the image smaller but leave the app without what it
       * needs to run.
       */
      imageStep: string;
      /**
       * The step, as a Dockerfile line: `'RUN npm ci'`, `'COPY src'`, `'FROM node:20-slim'`. A
       * step with more words after these passes too (`RUN npm ci --omit=dev` has `RUN npm ci`);
       * spaces do not count.
       */
      step: string;
      label?: string;
    }
  | {
      /** Messages waiting in this service's queue (it is called with `async: true`). */
      backlog: string;
      /** The most messages waiting at any moment must stay below this. */
      below: number;
      from?: Duration;
      to?: Duration;
      label?: string;
    }
  | {
      /** A log event, e.g. `'breakerOpened'`, `'scaledUp'`, `'instanceCrashed'`. */
      event: string;
      /** Only for this subject (node, instance, service or edge like `'checkout→payments'`). */
      subject?: string;
      /** Must it happen (default) or must it not? */
      happened?: boolean;
      from?: Duration;
      to?: Duration;
      label?: string;
    }
  | {
      /**
       * How long instances of a service (or `'all'`) take to start: from the moment an
       * instance is created (the scheduler gets it, the VM is requested) until it is first
       * ready to serve (in the load balancer), image pull, boot, app start and warm-up
       * included. Counts every instance created during the run (scale-ups, replacements,
       * rollouts); an instance still starting counts with the time it has waited so far, one
       * removed before it was ready does not count, and a restart is not a new start. Instances
       * already running when the run begins are not counted, so start with `replicas: 0` and a
       * `scale` fault to race starts. No instance started: nothing measured, the goal fails.
       */
      startTime: string;
      /** Which percentile of the start times. Default 100: the slowest instance. */
      percentile?: number;
      /** The start time must be below this. */
      below: Duration;
      label?: string;
    }
  | {
      /**
       * Every desired replica of this service must be ready to serve at the moment `by`.
       * Measured: the time since when they have all been ready (a service with 0 desired
       * replicas never counts as all running).
       */
      allRunning: string;
      /** The moment, from the start of the run, at which all must be running. */
      by: Duration;
      label?: string;
    }
  | {
      /**
       * Count the machines in use: `'hosts'` (physical hosts, from `hosts`) or `'nodes'` (the
       * cluster's nodes). A machine is in use while at least one instance runs on it (for a
       * host, also while a VM node runs on it). Measured: the most in use at once over the run.
       */
      machinesUsed: 'hosts' | 'nodes';
      /** The peak must be below this number of machines (`below: 3` allows at most 2). */
      below: number;
      label?: string;
    }
  | {
      /**
       * CPU time spent on requests over the whole run, by one service's instances or by
       * `'all'` services, in CPU-seconds (one second of one core: 1,000 requests of 40 ms of
       * `work` make 40 CPU-seconds). Counts the work as it is done: also for a request whose
       * caller has stopped waiting, the part done before an instance died, and the instances
       * removed during the run; CPU taken by a `hog` fault does not count. Use it to check
       * that the work is still done, e.g. that it did not vanish with a lower `work`.
       */
      cpuSeconds: string;
      /** The total must reach at least this many CPU-seconds. */
      atLeast: number;
      label?: string;
    };

/** A whole simulation: the cluster, the services, the traffic, what goes wrong, and the goals. */
export interface Scenario {
  /** A title for the scenario. */
  name?: string;
  /** How long to simulate. Default `'5m'`. */
  duration?: Duration;
  /** Seed of every random choice: the same seed gives the same run. Default 1. */
  seed?: number;
  /** The cluster's nodes and control-plane settings. */
  cluster?: ClusterOptions;
  /** Physical hosts with hypervisors, for VMs and microVMs (`runtime: 'vm' | 'microvm'`). Without hosts, VMs run on the provider's capacity. */
  hosts?: NodeOptions[];
  /** The services, by name. */
  services: Record<string, ServiceOptions>;
  /** Where requests come from, by name. */
  traffic?: Record<string, TrafficOptions>;
  /** What happens, and when. */
  faults?: Fault[];
  /** What a good run achieves. */
  goals?: Goal[];
  /** Share of user requests traced end to end. Default `'1%'`. */
  traceSampling?: Share;
}
