import type { Engine } from './engine.ts';
import { CAUSES, type Cause, type ServiceCounts } from './engineState.ts';
import { goalValue, goalsTick } from './goals.ts';
import { clearHistogram, percentile } from './histogram.ts';
import { syncWork } from './processorSharing.ts';
import { rateAt } from './rateAt.ts';
import { sampleStepMs } from './sampleStep.ts';
import type {
  EdgeSeries,
  NodeSeries,
  RunOutput,
  ServiceSeries,
  TrafficSeries,
} from './runOutput.ts';
import type { RateShape, WorldSpec } from './worldSpec.ts';

function byCause(): Record<Cause, number[]> {
  return Object.fromEntries(CAUSES.map((cause) => [cause, [] as number[]])) as Record<
    Cause,
    number[]
  >;
}

function serviceSeries(): ServiceSeries {
  return {
    requests: [],
    ok: [],
    degraded: [],
    failed: byCause(),
    lost: [],
    p50: [],
    p95: [],
    p99: [],
    busy: [],
    queued: [],
    cpu: [],
    desired: [],
    ready: [],
    instances: [],
    backlog: [],
    oldestMessage: [],
    published: [],
    consumed: [],
    redelivered: [],
    deadLettered: [],
    rejected: [],
    dropped: [],
  };
}

/** Empty series for a node, padded to `seconds` already closed. */
export function nodeSeries(seconds: number): NodeSeries {
  const pad = (): number[] => new Array(seconds).fill(0);
  return { cpuUsed: pad(), cpuAlloc: pad(), memAlloc: pad(), instances: pad(), up: pad() };
}

function edgeSeries(): EdgeSeries {
  return { attempts: [], failed: [], inFlight: [], breaker: [] };
}

function trafficSeries(): TrafficSeries {
  return { sent: [], ok: [], degraded: [], failed: byCause(), p50: [], p99: [], rate: [] };
}

export function createOutput(spec: WorldSpec, goals: number): RunOutput {
  return {
    seconds: 0,
    stepMs: sampleStepMs(spec.durationMs),
    services: Object.fromEntries(spec.services.map((s) => [s.name, serviceSeries()])),
    nodes: Object.fromEntries(spec.nodes.map((n) => [n.name, nodeSeries(0)])),
    edges: {},
    traffic: Object.fromEntries(spec.traffic.map((t) => [t.name, trafficSeries()])),
    cost: [],
    log: [],
    traces: [],
    goals: Array.from({ length: goals }, () => []),
  };
}

function pushCounts(
  counts: ServiceCounts,
  requests: number[],
  ok: number[],
  degraded: number[],
  failed: Record<Cause, number[]>,
): void {
  requests.push(counts.requests);
  ok.push(counts.ok);
  degraded.push(counts.degraded);
  CAUSES.forEach((cause, i) => {
    failed[cause].push(counts.failed[i]);
    counts.failed[i] = 0;
  });
  counts.requests = 0;
  counts.ok = 0;
  counts.degraded = 0;
}

/** A rate shape's mean over [start, start + dt): at the middle of each second in it. */
function meanRate(rate: RateShape, start: number, dt: number): number {
  if (dt <= 1000) return rateAt(rate, start + dt / 2);
  let sum = 0;
  let n = 0;
  for (let t = start; t < start + dt; t += 1000) {
    sum += rateAt(rate, Math.min(t + 500, (t + start + dt) / 2));
    n++;
  }
  return sum / n;
}

const BREAKER_CODE: Record<string, number> = { closed: 0, open: 1, halfOpen: 2 };

/** Money one instance of a service costs over `ms` on the provider's capacity. */
function providerCost(e: Engine, service: number, ms: number): number {
  const spec = e.spec.services[service];
  const cluster = e.spec.cluster;
  return spec.runtime.kind === 'serverless'
    ? ((spec.cpu * cluster.serverlessVcpuHour +
        (spec.memoryMiB / 1024) * cluster.serverlessGbHour) *
        ms) /
        3_600_000
    : (spec.pricePerHour * ms) / 3_600_000;
}

/** Milliseconds of [from, to) inside [start, end). */
function overlap(from: number, to: number, start: number, end: number): number {
  return Math.max(0, Math.min(to, end) - Math.max(from, start));
}

/**
 * Closes the current sample (`out.stepMs` long, one second for short runs):
 * appends one value to every series, adds the sample's cost and instance
 * time, and resets the per-sample counters.
 *
 * With one-second samples an instance placed by the end of the second is
 * charged the whole second and a machine the whole second (as always, so
 * short runs keep their exact figures); with longer samples each is charged
 * exactly the time it held inside the sample.
 */
export function closeSecond(e: Engine): void {
  const st = e.st;
  const out = e.out;
  const start = st.second * out.stepMs;
  const dt = Math.max(1, st.t - start);
  const exact = out.stepMs > 1000;
  let cost = 0;

  for (const inst of st.instances) {
    if (inst.endedAt >= 0 && inst.endedAt < start) continue;
    syncWork(e, inst);
    // Gone during this sample: no longer a member below, but charged for its part of it.
    if (exact && inst.endedAt >= 0 && inst.placedAt >= 0) {
      const held = overlap(inst.placedAt, inst.endedAt, start, st.t);
      st.instanceMs[inst.service] += held;
      if (inst.node < 0) cost += providerCost(e, inst.service, held);
    }
  }

  for (const svc of st.services) {
    const spec = e.spec.services[svc.id];
    const s = out.services[svc.name];
    s.lost.push(svc.counts.lost);
    svc.counts.lost = 0;
    pushCounts(svc.counts, s.requests, s.ok, s.degraded, s.failed);
    s.p50.push(percentile(svc.secondHist, 50));
    s.p95.push(percentile(svc.secondHist, 95));
    s.p99.push(percentile(svc.secondHist, 99));
    clearHistogram(svc.secondHist);
    let busy = 0;
    let queued = 0;
    let used = 0;
    let requested = 0;
    for (const id of svc.members) {
      const inst = st.instances[id];
      busy += inst.busy;
      queued += inst.queue.length - inst.queueHead;
      if (inst.alive) {
        used += inst.cpuArea - inst.cpuMark;
        requested += spec.cpu;
      }
      inst.cpuMark = inst.cpuArea;
      if (inst.placedAt >= 0) {
        const held = exact ? overlap(inst.placedAt, st.t, start, st.t) : dt;
        st.instanceMs[svc.id] += held;
        if (inst.node < 0) cost += providerCost(e, svc.id, held);
      }
    }
    s.busy.push(busy);
    s.queued.push(queued);
    s.cpu.push(requested > 0 ? used / (requested * dt) : NaN);
    s.desired.push(svc.desired);
    s.ready.push(svc.endpoints.length);
    s.instances.push(svc.members.length);
    const backlog = svc.mqAt.length - svc.mqHead;
    s.backlog.push(backlog);
    s.oldestMessage.push(backlog > 0 ? st.t - svc.mqAt[svc.mqHead] : 0);
    const m = svc.mqCounts;
    s.published.push(m.published);
    s.consumed.push(m.consumed);
    s.redelivered.push(m.redelivered);
    s.deadLettered.push(m.deadLettered);
    s.rejected.push(m.rejected);
    s.dropped.push(m.dropped);
    m.published = m.consumed = m.redelivered = m.deadLettered = m.rejected = m.dropped = 0;
  }

  for (const node of st.nodes) {
    const s = out.nodes[node.name];
    s.cpuUsed.push((node.cpuArea - node.cpuMark) / dt);
    node.cpuMark = node.cpuArea;
    s.cpuAlloc.push(node.allocCpu);
    s.memAlloc.push(node.allocMemMiB);
    s.instances.push(node.instances.length);
    s.up.push(node.up ? 1 : 0);
    if (exact) {
      const end = node.removedAt < 0 ? st.t : node.removedAt;
      cost += (node.pricePerHour * overlap(node.createdAt, end, start, st.t)) / 3_600_000;
    } else if (node.removedAt < 0) cost += (node.pricePerHour * dt) / 3_600_000;
  }

  for (const edge of st.edges) {
    const s = (out.edges[edge.name] ??= edgeSeries());
    s.attempts.push(edge.attempts);
    s.failed.push(edge.failures);
    s.inFlight.push(edge.inFlight);
    s.breaker.push(edge.breaker >= 0 ? (BREAKER_CODE[st.machines[edge.breaker].state] ?? 0) : -1);
    edge.attempts = 0;
    edge.failures = 0;
  }

  e.spec.traffic.forEach((spec, i) => {
    const source = st.sources[i];
    const s = out.traffic[spec.name];
    pushCounts(source.counts, s.sent, s.ok, s.degraded, s.failed);
    s.p50.push(percentile(source.secondHist, 50));
    s.p99.push(percentile(source.secondHist, 99));
    clearHistogram(source.secondHist);
    s.rate.push(spec.kind === 'open' ? meanRate(spec.rate, start, dt) * source.factor : NaN);
  });

  st.cost += cost;
  out.cost.push(st.cost);
  if (e.goals.length) goalsTick(e);
  for (let i = 0; i < e.goals.length; i++) out.goals[i].push(goalValue(e, i));
  st.second++;
  out.seconds++;
}
