import type { Engine } from './engine.ts';
import { CAUSES, type Cause, type ServiceCounts } from './engineState.ts';
import { goalValue } from './goals.ts';
import { clearHistogram, percentile } from './histogram.ts';
import { syncWork } from './processorSharing.ts';
import { rateAt } from './rateAt.ts';
import type {
  EdgeSeries,
  NodeSeries,
  RunOutput,
  ServiceSeries,
  TrafficSeries,
} from './runOutput.ts';
import type { WorldSpec } from './worldSpec.ts';

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

const BREAKER_CODE: Record<string, number> = { closed: 0, open: 1, halfOpen: 2 };

/**
 * Closes the current second: appends one value to every series, adds the
 * second's cost and instance time, and resets the per-second counters.
 */
export function closeSecond(e: Engine): void {
  const st = e.st;
  const out = e.out;
  const start = st.second * 1000;
  const dt = Math.max(1, st.t - start);
  const cluster = e.spec.cluster;
  let cost = 0;

  for (const inst of st.instances) {
    if (inst.endedAt >= 0 && inst.endedAt < start) continue;
    syncWork(e, inst);
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
        st.instanceMs[svc.id] += dt;
        if (inst.node < 0) {
          cost +=
            spec.runtime.kind === 'serverless'
              ? ((spec.cpu * cluster.serverlessVcpuHour +
                  (spec.memoryMiB / 1024) * cluster.serverlessGbHour) *
                  dt) /
                3_600_000
              : (spec.pricePerHour * dt) / 3_600_000;
        }
      }
    }
    s.busy.push(busy);
    s.queued.push(queued);
    s.cpu.push(requested > 0 ? used / (requested * dt) : NaN);
    s.desired.push(svc.desired);
    s.ready.push(svc.endpoints.length);
    s.instances.push(svc.members.length);
  }

  for (const node of st.nodes) {
    const s = out.nodes[node.name];
    s.cpuUsed.push((node.cpuArea - node.cpuMark) / dt);
    node.cpuMark = node.cpuArea;
    s.cpuAlloc.push(node.allocCpu);
    s.memAlloc.push(node.allocMemMiB);
    s.instances.push(node.instances.length);
    s.up.push(node.up ? 1 : 0);
    if (node.removedAt < 0) cost += (node.pricePerHour * dt) / 3_600_000;
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
    s.rate.push(spec.kind === 'open' ? rateAt(spec.rate, start + dt / 2) * source.factor : NaN);
  });

  st.cost += cost;
  out.cost.push(st.cost);
  for (let i = 0; i < e.goals.length; i++) out.goals[i].push(goalValue(e, i));
  st.second++;
  out.seconds++;
}
