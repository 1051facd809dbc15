/**
 * Default numbers of the world. Those with a source come from
 * ../shared/REFERENCE.md; those marked "illustrative" are sensible round
 * figures a lesson must present as such.
 */
export const DEFAULTS = {
  durationMs: 5 * 60_000,
  seed: 1,
  traceSampling: 0.01, // illustrative (a common head-sampling rate; no standard default)
  /** At most this many checkpoints per run (their spacing grows for long runs). */
  maxCheckpoints: 240,
  checkpointEveryMs: 5_000,

  // Cluster (Kubernetes docs).
  nodeCount: 3,
  nodeCpu: 4, // illustrative
  nodeMemoryMiB: 16 * 1024, // illustrative
  nodeBootMs: 40_000, // "tens of seconds" for a modern Linux VM
  hostCpu: 32, // illustrative
  hostMemoryMiB: 128 * 1024, // illustrative
  nodePricePerHour: 0.1, // illustrative
  pullMiBps: 100, // illustrative
  nodeGracePeriodMs: 50_000, // node-monitor-grace-period since v1.32
  evictionTimeoutMs: 300_000, // default not-ready/unreachable toleration
  hopLatencyMs: 1, // illustrative

  // Serverless (AWS ECS docs: Fargate launch token bucket).
  serverlessBurst: 100,
  serverlessPerSecond: 20,
  serverlessProvisionMs: 5_000, // illustrative
  serverlessPullMiBps: 50, // illustrative
  serverlessVcpuHour: 0.04, // illustrative
  serverlessGbHour: 0.0045, // illustrative

  // Instances.
  replicas: 1,
  cpu: 0.5,
  memoryMiB: 256,
  concurrency: 50, // illustrative
  queue: 100, // illustrative
  containerStartMs: 500, // illustrative (pod start SLO: p99 <= 5 s without the pull)
  appStartMs: 1_000, // illustrative
  vmBootMs: 40_000, // "tens of seconds"
  vmGuestOsMiB: 512, // illustrative
  microvmBootMs: 125, // Firecracker: boot to guest init in at most 125 ms
  microvmOverheadMiB: 5, // Firecracker: VMM overhead at most 5 MiB
  terminationGraceMs: 30_000, // Kubernetes terminationGracePeriodSeconds
  instancePricePerHour: 0.1, // illustrative
  work: { kind: 'lognormal', p50Ms: 10, p99Ms: 50 } as const, // illustrative
  baseLayer: { id: 'base-os', sizeMiB: 80 }, // illustrative
  appLayerMiB: 20, // illustrative

  // Image builds (`image.steps`): time of a step that is not taken from the cache.
  buildRunMs: 10_000, // illustrative
  buildCopyMiBps: 200, // illustrative
  // A FROM step that is rebuilt pulls its base image at the pull bandwidth (pullMiBps).

  // Probes (Kubernetes defaults).
  probe: {
    initialDelayMs: 0,
    periodMs: 10_000,
    timeoutMs: 1_000,
    successThreshold: 1,
    failureThreshold: 3,
  },

  // HorizontalPodAutoscaler.
  hpaSyncMs: 15_000,
  hpaTolerance: 0.1,
  hpaScaleDownWindowMs: 300_000,

  // Deployment rolling update.
  maxSurgePercent: 25,
  maxUnavailablePercent: 25,
  progressDeadlineMs: 600_000,

  // Resilience (resilience4j defaults; retry numbers illustrative).
  retry: { attempts: 3, baseMs: 100, capMs: 10_000, jitter: 'full' as const },
  breaker: {
    failureRateThreshold: 50,
    slowCallRateThreshold: 100,
    slowCallDurationMs: 60_000,
    waitDurationInOpenMs: 60_000,
    permittedCallsInHalfOpen: 10,
    minimumCalls: 100,
    windowType: 'count' as const,
    windowSize: 100,
  },
  bulkhead: 25,

  // Message queues (async calls): no bound on the backlog, as SQS and RabbitMQ by default.
  messageMaxDeliveries: 5, // illustrative

  // Traffic.
  clientTimeoutMs: 30_000, // illustrative
  thinkMs: 1_000, // illustrative
  dailyPeriodMs: 24 * 3_600_000,
  dailyPeakAtMs: 14 * 3_600_000, // illustrative: mid-afternoon
};
