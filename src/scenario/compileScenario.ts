import * as v from 'valibot';
import { DEFAULT_LIMITS, type Limits } from '../sim/limits.ts';
import type { LogKind } from '../sim/logEntry.ts';
import type {
  AutoscaleSpec,
  CallSpec,
  GoalSpec,
  NodeSpec,
  RuntimeSpec,
  ServiceSpec,
  TimedAction,
  TrafficSpec,
  VersionSpec,
  WorldSpec,
} from '../sim/worldSpec.ts';
import { DEFAULTS } from './defaults.ts';
import { maxRate } from '../sim/rateAt.ts';
import { formatDuration } from '../sim/formatDuration.ts';
import {
  boundSpec,
  breakerSpec,
  distribution,
  mib,
  ms,
  optMs,
  probeSpec,
  rateShape,
  retrySpec,
  share,
} from './normalizeParts.ts';
import { Problems, formatPath, type ScenarioError } from './problems.ts';
import type {
  CallOptions,
  Fault,
  Goal,
  NodeOptions,
  Scenario,
  ServiceOptions,
  VersionOptions,
} from './scenario.ts';
import { scenarioSchema } from './scenarioSchema.ts';
import { compileImage } from './compileImage.ts';
import { imageStepGoal } from './imageStepGoal.ts';
import { rebuiltLayersGoal } from './rebuiltLayersGoal.ts';
import { parseCpu } from './units.ts';

export type CompileResult = { ok: true; spec: WorldSpec } | { ok: false; errors: ScenarioError[] };

const LOG_KINDS: LogKind[] = [
  'nodeAdded',
  'nodeReady',
  'nodeDown',
  'nodeNotReady',
  'nodeEvicted',
  'nodeRebooting',
  'nodeRestored',
  'instanceCreated',
  'instancePending',
  'instanceScheduled',
  'imagePulled',
  'imageBuilt',
  'instanceStarted',
  'instanceReady',
  'instanceUnready',
  'instanceCrashed',
  'instanceRestarting',
  'instanceKilled',
  'instanceStopping',
  'instanceStopped',
  'instanceLost',
  'breakerOpened',
  'breakerHalfOpen',
  'breakerClosed',
  'scaledUp',
  'scaledDown',
  'rolloutStarted',
  'rolloutComplete',
  'rolloutStalled',
  'fault',
  'faultEnded',
  'limit',
];

function nodeSpec(o: NodeOptions, name: string, kind: 'vm' | 'host', hostIndex: number): NodeSpec {
  const isHost = kind === 'host';
  const onOwnHost = hostIndex >= 0;
  return {
    name,
    kind,
    host: hostIndex,
    cpu: parseCpu(o.cpu ?? (isHost ? DEFAULTS.hostCpu : DEFAULTS.nodeCpu)) as number,
    memoryMiB:
      o.memory === undefined
        ? isHost
          ? DEFAULTS.hostMemoryMiB
          : DEFAULTS.nodeMemoryMiB
        : mib(o.memory),
    guestOsMiB: onOwnHost ? DEFAULTS.vmGuestOsMiB : 0,
    bootMs: optMs(o.boot, DEFAULTS.nodeBootMs),
    zone: o.zone ?? 'zone-a',
    // A VM on a host the scenario owns costs nothing more: the host is paid for.
    pricePerHour: o.pricePerHour ?? (onOwnHost ? 0 : DEFAULTS.nodePricePerHour),
    pullMiBps: o.pullBandwidth === undefined ? DEFAULTS.pullMiBps : mib(o.pullBandwidth),
    preloaded: o.preloaded ?? [],
  };
}

function runtimeSpec(s: ServiceOptions): RuntimeSpec {
  switch (s.runtime ?? 'container') {
    case 'container':
      return { kind: 'container', startMs: DEFAULTS.containerStartMs };
    case 'vm':
      return {
        kind: 'vm',
        guestOsMiB: s.guestOsMemory === undefined ? DEFAULTS.vmGuestOsMiB : mib(s.guestOsMemory),
        bootMs: optMs(s.boot, DEFAULTS.vmBootMs),
      };
    case 'microvm':
      return {
        kind: 'microvm',
        overheadMiB: DEFAULTS.microvmOverheadMiB,
        bootMs: optMs(s.boot, DEFAULTS.microvmBootMs),
      };
    case 'serverless':
      return { kind: 'serverless', provisionMs: optMs(s.boot, DEFAULTS.serverlessProvisionMs) };
  }
}

function versionSpec(
  service: string,
  label: string,
  o: VersionOptions,
  base: VersionSpec | null,
  p: Problems,
  path: (string | number)[],
): VersionSpec {
  return {
    label,
    image: compileImage(service, label, o.image, base?.image ?? null, p, [...path, 'image']),
    work:
      o.work !== undefined
        ? distribution(o.work, DEFAULTS.work)
        : (base?.work ?? { ...DEFAULTS.work }),
    errorRate: o.errorRate !== undefined ? share(o.errorRate) : (base?.errorRate ?? 0),
    crashAfterMs: o.crashAfter !== undefined ? ms(o.crashAfter) : (base?.crashAfterMs ?? null),
    startMs: o.start !== undefined ? ms(o.start) : (base?.startMs ?? DEFAULTS.appStartMs),
    warmupMs: o.warmup !== undefined ? ms(o.warmup) : (base?.warmupMs ?? 0),
  };
}

function autoscaleSpec(
  a: ServiceOptions['autoscale'],
  p: Problems,
  path: (string | number)[],
): AutoscaleSpec | null {
  if (!a) return null;
  const targets = [
    a.cpu !== undefined,
    a.concurrency !== undefined,
    a.rps !== undefined,
    a.backlogPerReplica !== undefined,
  ].filter(Boolean).length;
  if (targets !== 1) {
    p.add(path, 'autoscale needs exactly one target: cpu, concurrency, rps or backlogPerReplica');
    return null;
  }
  const min = a.min ?? 1;
  if (a.max < min) p.add([...path, 'max'], `max (${a.max}) is below min (${min})`);
  const metric =
    a.cpu !== undefined
      ? 'cpu'
      : a.concurrency !== undefined
        ? 'concurrency'
        : a.rps !== undefined
          ? 'rps'
          : 'backlog';
  const target =
    a.cpu !== undefined ? share(a.cpu) : (a.concurrency ?? a.rps ?? a.backlogPerReplica ?? 1);
  if (target <= 0)
    p.add(
      [...path, metric === 'backlog' ? 'backlogPerReplica' : metric],
      'the target must be above 0',
    );
  return {
    min,
    max: a.max,
    metric,
    target,
    syncPeriodMs: Math.max(1000, optMs(a.syncPeriod, DEFAULTS.hpaSyncMs)),
    tolerance: a.tolerance ?? DEFAULTS.hpaTolerance,
    scaleDownWindowMs: optMs(a.scaleDownWindow, DEFAULTS.hpaScaleDownWindowMs),
  };
}

function callSpec(
  c: string | CallOptions,
  services: Map<string, number>,
  p: Problems,
  path: (string | number)[],
): CallSpec | null {
  const o: CallOptions = typeof c === 'string' ? { to: c } : c;
  const to = services.get(o.to);
  if (to === undefined) {
    p.unknown(typeof c === 'string' ? path : [...path, 'to'], 'service', o.to, services.keys());
    return null;
  }
  const bulkhead =
    o.bulkhead === undefined || o.bulkhead === false
      ? null
      : o.bulkhead === true
        ? DEFAULTS.bulkhead
        : o.bulkhead;
  return {
    to,
    timeoutMs: o.timeout === undefined ? Infinity : ms(o.timeout),
    retry: retrySpec(o.retries),
    breaker: breakerSpec(o.breaker),
    bulkhead,
    fallback: o.fallback ?? false,
    async: o.async ?? false,
  };
}

/** Finds a loop in the call graph, as a list of names, or null. */
function findCallLoop(services: ServiceSpec[]): string[] | null {
  const state = services.map(() => 0);
  const stack: number[] = [];
  const visit = (i: number): string[] | null => {
    if (state[i] === 1) return [...stack.slice(stack.indexOf(i)), i].map((k) => services[k].name);
    if (state[i] === 2) return null;
    state[i] = 1;
    stack.push(i);
    for (const step of services[i].calls) {
      for (const call of step) {
        const loop = visit(call.to);
        if (loop) return loop;
      }
    }
    stack.pop();
    state[i] = 2;
    return null;
  };
  for (let i = 0; i < services.length; i++) {
    const loop = visit(i);
    if (loop) return loop;
  }
  return null;
}

function goalSpec(
  g: Goal,
  names: {
    services: Set<string>;
    traffic: Set<string>;
    machineKinds: Set<'host' | 'vm'>;
    specs: ServiceSpec[];
  },
  durationMs: number,
  p: Problems,
  path: (string | number)[],
): GoalSpec | null {
  const window = (w: { from?: unknown; to?: unknown }) => ({
    fromMs: optMs(w.from, 0),
    toMs: optMs(w.to, durationMs),
  });
  const target = (name: string, key: string): 'service' | 'traffic' | null => {
    if (names.traffic.has(name)) return 'traffic';
    if (names.services.has(name)) return 'service';
    p.unknown([...path, key], 'service or traffic source', name, [
      ...names.services,
      ...names.traffic,
    ]);
    return null;
  };
  if ('latency' in g) {
    const scope = target(g.latency, 'latency');
    if (!scope) return null;
    const percentile = g.percentile ?? 99;
    const belowMs = ms(g.below);
    const w = window(g);
    return {
      kind: 'latency',
      label:
        g.label ??
        `p${percentile} latency of ${g.latency} below ${formatDuration(belowMs)}${w.fromMs ? ` from ${formatDuration(w.fromMs)}` : ''}`,
      scope,
      target: g.latency,
      percentile,
      belowMs,
      ...w,
    };
  }
  if ('errorRate' in g) {
    const scope = target(g.errorRate, 'errorRate');
    if (!scope) return null;
    const below = share(g.below);
    const w = window(g);
    return {
      kind: 'errorRate',
      label:
        g.label ??
        `error rate of ${g.errorRate} below ${Math.round(below * 10000) / 100}%${w.fromMs ? ` from ${formatDuration(w.fromMs)}` : ''}`,
      scope,
      target: g.errorRate,
      below,
      ...w,
    };
  }
  if ('costBelow' in g)
    return { kind: 'cost', label: g.label ?? `cost below ${g.costBelow}`, below: g.costBelow };
  if ('instanceMinutes' in g) {
    if (g.instanceMinutes !== 'all' && !names.services.has(g.instanceMinutes)) {
      p.unknown([...path, 'instanceMinutes'], 'service', g.instanceMinutes, names.services);
      return null;
    }
    const service = g.instanceMinutes === 'all' ? null : g.instanceMinutes;
    return {
      kind: 'instanceMinutes',
      label: g.label ?? `${service ?? 'all'} instance-minutes below ${g.below}`,
      below: g.below,
      service,
    };
  }
  if ('noLoss' in g) {
    if (g.noLoss !== 'all' && !names.traffic.has(g.noLoss)) {
      p.unknown([...path, 'noLoss'], 'traffic source', g.noLoss, names.traffic);
      return null;
    }
    const traffic = g.noLoss === 'all' ? null : g.noLoss;
    return {
      kind: 'noLoss',
      label: g.label ?? `no failed request${traffic ? ` from ${traffic}` : ''}`,
      traffic,
    };
  }
  if ('rebuiltLayers' in g) return rebuiltLayersGoal(g, names.specs, p, path);
  if ('imageStep' in g) return imageStepGoal(g, names.specs, p, path);
  if ('backlog' in g) {
    if (!names.services.has(g.backlog)) {
      p.unknown([...path, 'backlog'], 'service', g.backlog, names.services);
      return null;
    }
    const w = window(g);
    return {
      kind: 'backlog',
      label:
        g.label ??
        `${g.backlog} backlog below ${g.below} messages${w.fromMs ? ` from ${formatDuration(w.fromMs)}` : ''}`,
      service: g.backlog,
      below: g.below,
      ...w,
    };
  }
  if ('startTime' in g) {
    if (g.startTime !== 'all' && !names.services.has(g.startTime)) {
      p.unknown([...path, 'startTime'], 'service', g.startTime, names.services);
      return null;
    }
    const service = g.startTime === 'all' ? null : g.startTime;
    const percentile = g.percentile ?? 100;
    const belowMs = ms(g.below);
    const whose = service ?? 'every service';
    return {
      kind: 'startTime',
      label:
        g.label ??
        `${percentile === 100 ? 'slowest start' : `p${percentile} start time`} of ${whose} below ${formatDuration(belowMs)}`,
      service,
      percentile,
      belowMs,
    };
  }
  if ('allRunning' in g) {
    if (!names.services.has(g.allRunning)) {
      p.unknown([...path, 'allRunning'], 'service', g.allRunning, names.services);
      return null;
    }
    const byMs = ms(g.by);
    if (byMs > durationMs) {
      p.add(
        [...path, 'by'],
        `${formatDuration(byMs)} is after the end of the run (${formatDuration(durationMs)})`,
      );
      return null;
    }
    return {
      kind: 'allRunning',
      label: g.label ?? `every ${g.allRunning} replica running by ${formatDuration(byMs)}`,
      service: g.allRunning,
      byMs,
    };
  }
  if ('machinesUsed' in g) {
    const kind = g.machinesUsed === 'hosts' ? 'host' : 'vm';
    if (!names.machineKinds.has(kind)) {
      p.add(
        [...path, 'machinesUsed'],
        g.machinesUsed === 'hosts'
          ? 'this scenario has no hosts to count (add some under `hosts`)'
          : 'this scenario has no cluster nodes to count (add some under `cluster.nodes`)',
      );
      return null;
    }
    return {
      kind: 'machinesUsed',
      label: g.label ?? `fewer than ${g.below} ${g.machinesUsed} in use at once`,
      machines: g.machinesUsed,
      below: g.below,
    };
  }
  if ('cpuSeconds' in g) {
    if (g.cpuSeconds !== 'all' && !names.services.has(g.cpuSeconds)) {
      p.unknown([...path, 'cpuSeconds'], 'service', g.cpuSeconds, names.services);
      return null;
    }
    const service = g.cpuSeconds === 'all' ? null : g.cpuSeconds;
    return {
      kind: 'cpuSeconds',
      label: g.label ?? `at least ${g.atLeast} CPU-seconds of work by ${service ?? 'all services'}`,
      service,
      atLeast: g.atLeast,
    };
  }
  if (!LOG_KINDS.includes(g.event as LogKind)) {
    p.unknown([...path, 'event'], 'event', g.event, LOG_KINDS);
    return null;
  }
  const happened = g.happened ?? true;
  return {
    kind: 'event',
    label:
      g.label ??
      `${g.event}${g.subject ? ` of ${g.subject}` : ''} ${happened ? 'happens' : 'never happens'}`,
    event: g.event,
    subject: g.subject ?? null,
    happened,
    ...window(g),
  };
}

/**
 * Turns what a reader wrote into the engine's input: checks it against the
 * schema, resolves names and units, fills in defaults, and reports every
 * problem with its path and, for a misspelt name, the closest known one.
 * Never throws on bad input.
 */
export function compileScenario(input: unknown, limits: Limits = DEFAULT_LIMITS): CompileResult {
  const parsed = v.safeParse(scenarioSchema, input);
  if (!parsed.success) {
    const errors = parsed.issues.map((issue) => ({
      path: formatPath((issue.path ?? []).map((item) => item.key as string | number)),
      message: issue.message,
    }));
    return { ok: false, errors: dedupe(errors) };
  }
  const s = parsed.output as Scenario;
  const p = new Problems();
  const durationMs = optMs(s.duration, DEFAULTS.durationMs);
  if (durationMs < 1000) p.add(['duration'], 'a scenario lasts at least 1s');
  if (durationMs > limits.maxDurationMs)
    p.add(['duration'], `at most ${formatDuration(limits.maxDurationMs)} can be simulated`);

  // Names of services and traffic sources share one namespace.
  const serviceNames = Object.keys(s.services);
  const services = new Map(serviceNames.map((name, i) => [name, i]));
  const trafficNames = Object.keys(s.traffic ?? {});
  if (serviceNames.length === 0) p.add(['services'], 'a scenario needs at least one service');
  if (serviceNames.length > limits.maxServices)
    p.add(['services'], `at most ${limits.maxServices} services`);
  if (trafficNames.length > limits.maxTrafficSources)
    p.add(['traffic'], `at most ${limits.maxTrafficSources} traffic sources`);
  for (const name of trafficNames)
    if (services.has(name)) p.add(['traffic', name], `"${name}" is already the name of a service`);
  for (const name of [...serviceNames, ...trafficNames]) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u.test(name) || name.length > 40) {
      p.add(
        [services.has(name) ? 'services' : 'traffic', name],
        'a name is 1 to 40 letters, digits, "-", "_" or "." and starts with a letter or digit',
      );
    }
  }

  // Machines: hosts first, then the cluster's nodes.
  const nodes: NodeSpec[] = [];
  const nodeIndex = new Map<string, number>();
  const addNodeSpec = (spec: NodeSpec, path: (string | number)[]) => {
    if (nodeIndex.has(spec.name)) p.add(path, `there is already a machine named "${spec.name}"`);
    nodeIndex.set(spec.name, nodes.length);
    nodes.push(spec);
  };
  (s.hosts ?? []).forEach((h, i) =>
    addNodeSpec(nodeSpec(h, h.name ?? `host-${i + 1}`, 'host', -1), ['hosts', i]),
  );
  const anyContainers = Object.values(s.services).some(
    (o) => (o.runtime ?? 'container') === 'container',
  );
  const cluster = s.cluster ?? {};
  const template = cluster.node ?? {};
  const nodeList: NodeOptions[] =
    typeof cluster.nodes === 'number'
      ? Array.from({ length: cluster.nodes }, () => ({ ...template }))
      : (cluster.nodes ??
        (anyContainers ? Array.from({ length: DEFAULTS.nodeCount }, () => ({ ...template })) : []));
  nodeList.forEach((o, i) => {
    const path = ['cluster', 'nodes', i];
    let host = -1;
    if (o.host !== undefined) {
      host = nodeIndex.get(o.host) ?? -1;
      if (host < 0 || nodes[host].kind !== 'host')
        p.unknown(
          [...path, 'host'],
          'host',
          o.host,
          (s.hosts ?? []).map((h, k) => h.name ?? `host-${k + 1}`),
        );
    }
    addNodeSpec(nodeSpec(o, o.name ?? `node-${i + 1}`, o.kind ?? 'vm', host), path);
  });
  if (nodes.length > limits.maxNodes)
    p.add(['cluster', 'nodes'], `at most ${limits.maxNodes} machines`);

  // Services.
  const specs: ServiceSpec[] = serviceNames.map((name) => {
    const o = s.services[name];
    const path = ['services', name];
    const v1 = versionSpec(name, 'v1', o, null, p, path);
    const versions = [v1];
    for (const [label, vo] of Object.entries(o.versions ?? {})) {
      if (label === 'v1')
        p.add(
          [...path, 'versions', label],
          '"v1" is the service itself; name other versions v2, v3, ...',
        );
      versions.push(versionSpec(name, label, vo, v1, p, [...path, 'versions', label]));
    }
    const calls: CallSpec[][] = [];
    (o.calls ?? []).forEach((c, i) => {
      const step: CallSpec[] = [];
      if (typeof c === 'object' && 'parallel' in c) {
        if (c.parallel.length === 0)
          p.add([...path, 'calls', i, 'parallel'], 'a parallel step needs at least one call');
        c.parallel.forEach((pc, k) => {
          const spec = callSpec(pc, services, p, [...path, 'calls', i, 'parallel', k]);
          if (spec) step.push(spec);
        });
      } else {
        const spec = callSpec(c, services, p, [...path, 'calls', i]);
        if (spec) step.push(spec);
      }
      if (step.length) calls.push(step);
    });
    const rate = o.rateLimit;
    const memoryMiB = o.memory === undefined ? DEFAULTS.memoryMiB : mib(o.memory);
    return {
      name,
      replicas: o.replicas ?? DEFAULTS.replicas,
      runtime: runtimeSpec(o),
      cpu: o.cpu === undefined ? DEFAULTS.cpu : (parseCpu(o.cpu) as number),
      memoryMiB,
      versions,
      concurrency: o.concurrency ?? DEFAULTS.concurrency,
      queueLimit: o.queue ?? DEFAULTS.queue,
      lb: o.loadBalancer ?? 'random',
      rateLimit:
        rate === undefined
          ? null
          : typeof rate === 'number'
            ? { rps: rate, burst: Math.max(1, Math.ceil(rate)) }
            : { rps: rate.rps, burst: rate.burst ?? Math.max(1, Math.ceil(rate.rps)) },
      liveness: probeSpec(o.liveness),
      readiness: probeSpec(o.readiness),
      autoscale: autoscaleSpec(o.autoscale, p, [...path, 'autoscale']),
      rollout: {
        maxSurge: boundSpec(o.rollout?.maxSurge, DEFAULTS.maxSurgePercent),
        maxUnavailable: boundSpec(o.rollout?.maxUnavailable, DEFAULTS.maxUnavailablePercent),
        progressDeadlineMs: optMs(o.rollout?.progressDeadline, DEFAULTS.progressDeadlineMs),
      },
      calls,
      deadlinePropagation: o.deadlines ?? false,
      messageQueue: {
        maxBacklog: o.messageQueue?.maxBacklog ?? Infinity,
        whenFull: o.messageQueue?.whenFull ?? 'reject',
        maxDeliveries: o.messageQueue?.maxDeliveries ?? DEFAULTS.messageMaxDeliveries,
      },
      terminationGraceMs: optMs(o.terminationGrace, DEFAULTS.terminationGraceMs),
      pricePerHour: o.pricePerHour ?? DEFAULTS.instancePricePerHour,
    };
  });
  // A queue of messages exists for a service some other service calls with `async`.
  const queued = new Set(
    specs.flatMap((x) =>
      x.calls
        .flat()
        .filter((c) => c.async)
        .map((c) => c.to),
    ),
  );
  specs.forEach((x, i) => {
    if (x.autoscale?.metric === 'backlog' && !queued.has(i))
      p.add(
        ['services', x.name, 'autoscale', 'backlogPerReplica'],
        `no service calls ${x.name} with async: true, so it has no queue of messages to scale on`,
      );
  });
  const loop = findCallLoop(specs);
  if (loop) p.add(['services', loop[0], 'calls'], `calls go round in a loop: ${loop.join(' → ')}`);
  const replicas = specs.reduce((sum, x) => sum + Math.max(x.replicas, x.autoscale?.max ?? 0), 0);
  if (replicas > limits.maxInstances)
    p.add(
      ['services'],
      `at most ${limits.maxInstances} instances in all (these ask for ${replicas})`,
    );

  // Traffic.
  const traffic: TrafficSpec[] = [];
  for (const name of trafficNames) {
    const o = (s.traffic ?? {})[name];
    const path = ['traffic', name];
    const to = services.get(o.to);
    if (to === undefined) {
      p.unknown([...path, 'to'], 'service', o.to, services.keys());
      continue;
    }
    const timeoutMs = optMs(o.timeout, DEFAULTS.clientTimeoutMs);
    const retry = retrySpec(o.retries);
    if (o.rate !== undefined && o.clients !== undefined)
      p.add(path, 'give either a rate (open traffic) or clients (closed traffic), not both');
    else if (o.clients !== undefined) {
      traffic.push({
        kind: 'closed',
        name,
        to,
        clients: o.clients,
        think: distribution(o.think, { kind: 'fixed', ms: DEFAULTS.thinkMs }),
        timeoutMs,
        retry,
      });
    } else if (o.rate !== undefined) {
      if (o.think !== undefined)
        p.add([...path, 'think'], 'think time is for closed traffic (clients)');
      const rate = rateShape(o.rate);
      const peak = maxRate(rate, 0, durationMs);
      if (peak > limits.maxRps) {
        const most = limits.maxRps.toLocaleString('en-US');
        p.add(
          [...path, 'rate'],
          `at most ${most} requests per second (this asks for ${Math.round(peak).toLocaleString('en-US')})`,
        );
      }
      traffic.push({ kind: 'open', name, to, rate, timeoutMs, retry });
    } else p.add(path, 'traffic needs a rate (requests per second) or a number of clients');
  }

  // Faults, in time order, with their names checked.
  const timeline: TimedAction[] = [];
  const knownNodes = new Set(nodeIndex.keys());
  const instanceOf = (name: string) =>
    serviceNames.find(
      (svc) => name.startsWith(`${svc}-`) && /^\d+$/.test(name.slice(svc.length + 1)),
    );
  (s.faults ?? []).forEach((f: Fault, i) => {
    const path = ['faults', i];
    const atMs = ms(f.at);
    if (atMs >= durationMs)
      p.add(
        [...path, 'at'],
        `${formatDuration(atMs)} is not before the end of the run (${formatDuration(durationMs)})`,
      );
    const lasting = 'for' in f && f.for !== undefined ? ms(f.for) : null;
    const node = (name: string, key: string) => {
      if (!knownNodes.has(name)) p.unknown([...path, key], 'node', name, knownNodes);
    };
    const service = (name: string, key: string | number, at: (string | number)[] = path) => {
      if (!services.has(name)) p.unknown([...at, key], 'service', name, services.keys());
    };
    const instance = (name: string, key: string) => {
      if (!instanceOf(name))
        p.add(
          [...path, key],
          `"${name}" is not an instance name: instances are named after their service, like "${serviceNames[0] ?? 'orders'}-1"`,
        );
    };
    let action: TimedAction['action'] | null = null;
    if ('kill' in f) {
      node(f.kill, 'kill');
      action = { type: 'killNode', node: f.kill };
    } else if ('restore' in f) {
      node(f.restore, 'restore');
      action = { type: 'restoreNode', node: f.restore };
    } else if ('panic' in f) {
      if (!knownNodes.has(f.panic) && !instanceOf(f.panic))
        p.unknown([...path, 'panic'], 'node or instance', f.panic, knownNodes);
      action = { type: 'kernelPanic', target: f.panic };
    } else if ('crash' in f) {
      instance(f.crash, 'crash');
      action = { type: 'killInstance', instance: f.crash };
    } else if ('hang' in f) {
      instance(f.hang, 'hang');
      action = { type: 'hangInstance', instance: f.hang };
    } else if ('slow' in f) {
      service(f.slow, 'slow');
      action = { type: 'addLatency', service: f.slow, ms: ms(f.by), durationMs: lasting };
    } else if ('fail' in f) {
      service(f.fail, 'fail');
      action = {
        type: 'errorRate',
        service: f.fail,
        rate: share(f.rate),
        durationMs: lasting,
      };
    } else if ('cut' in f) {
      service(f.cut[0], 0, [...path, 'cut']);
      service(f.cut[1], 1, [...path, 'cut']);
      action = { type: 'partition', from: f.cut[0], to: f.cut[1], durationMs: lasting };
    } else if ('hog' in f) {
      node(f.hog, 'hog');
      action = { type: 'cpuHog', node: f.hog, share: share(f.share), durationMs: lasting };
    } else if ('spike' in f) {
      if (!trafficNames.includes(f.spike))
        p.unknown([...path, 'spike'], 'traffic source', f.spike, trafficNames);
      action = { type: 'trafficSpike', traffic: f.spike, factor: f.factor, durationMs: lasting };
    } else if ('deploy' in f) {
      const k = services.get(f.deploy);
      if (k === undefined) p.unknown([...path, 'deploy'], 'service', f.deploy, services.keys());
      else {
        const version = specs[k].versions.findIndex((x) => x.label === f.version);
        if (version < 0)
          p.unknown(
            [...path, 'version'],
            `version of ${f.deploy}`,
            f.version,
            specs[k].versions.map((x) => x.label),
          );
        action = { type: 'deploy', service: f.deploy, version: Math.max(0, version) };
      }
    } else if ('scale' in f) {
      service(f.scale, 'scale');
      action = { type: 'scale', service: f.scale, replicas: f.replicas };
    } else if ('addNode' in f) {
      const o = f.addNode;
      const name = o.name ?? `node-${knownNodes.size + 1}`;
      let host = -1;
      if (o.host !== undefined) {
        host = nodeIndex.get(o.host) ?? -1;
        if (host < 0) p.unknown([...path, 'addNode', 'host'], 'host', o.host, knownNodes);
      }
      if (knownNodes.has(name))
        p.add([...path, 'addNode', 'name'], `there is already a machine named "${name}"`);
      knownNodes.add(name);
      action = { type: 'addNode', node: nodeSpec(o, name, o.kind ?? 'vm', host) };
    }
    if (action) timeline.push({ atMs, action });
  });
  timeline.sort((a, b) => a.atMs - b.atMs);

  const machineKinds = new Set(nodes.map((n) => n.kind));
  for (const { action } of timeline)
    if (action.type === 'addNode') machineKinds.add(action.node.kind);
  const goalNames = {
    services: new Set(serviceNames),
    traffic: new Set(trafficNames),
    machineKinds,
    specs,
  };
  const goals: GoalSpec[] = [];
  (s.goals ?? []).forEach((g, i) => {
    const spec = goalSpec(g, goalNames, durationMs, p, ['goals', i]);
    if (spec?.kind === 'backlog' && !queued.has(services.get(spec.service) ?? -1))
      p.add(
        ['goals', i, 'backlog'],
        `no service calls ${spec.service} with async: true, so it has no queue of messages`,
      );
    if (spec) goals.push(spec);
  });

  if (p.errors.length) return { ok: false, errors: p.errors };
  const c = s.cluster ?? {};
  const spacing = Math.max(
    DEFAULTS.checkpointEveryMs,
    Math.ceil(durationMs / DEFAULTS.maxCheckpoints / 1000) * 1000,
  );
  return {
    ok: true,
    spec: {
      name: s.name ?? 'scenario',
      seed: s.seed ?? DEFAULTS.seed,
      durationMs: Math.round(durationMs),
      cluster: {
        scheduler: c.scheduler ?? 'spread',
        nodeMonitorGracePeriodMs: optMs(c.nodeGracePeriod, DEFAULTS.nodeGracePeriodMs),
        podEvictionTimeoutMs: optMs(c.evictionTimeout, DEFAULTS.evictionTimeoutMs),
        serverlessBurst: c.serverlessLaunch?.burst ?? DEFAULTS.serverlessBurst,
        serverlessRefillPerSec: c.serverlessLaunch?.perSecond ?? DEFAULTS.serverlessPerSecond,
        hopLatency: distribution(c.networkLatency, { kind: 'fixed', ms: DEFAULTS.hopLatencyMs }),
        serverlessVcpuHour: c.serverlessPrice?.vcpuHour ?? DEFAULTS.serverlessVcpuHour,
        serverlessGbHour: c.serverlessPrice?.gbHour ?? DEFAULTS.serverlessGbHour,
        serverlessPullMiBps: DEFAULTS.serverlessPullMiBps,
      },
      nodes,
      services: specs,
      traffic,
      timeline,
      goals,
      traceSampleRate:
        s.traceSampling === undefined ? DEFAULTS.traceSampling : share(s.traceSampling),
      checkpointEveryMs: spacing,
    },
  };
}

function dedupe(errors: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
