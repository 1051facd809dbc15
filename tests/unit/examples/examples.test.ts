import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { CAUSES } from '../../../src/sim/engineState.ts';
import type { LogKind } from '../../../src/sim/logEntry.ts';
import { MAX_SAMPLES } from '../../../src/sim/sampleStep.ts';
import { simulate, type Run } from '../../../src/sim/simulate.ts';
import type { WorldSpec } from '../../../src/sim/worldSpec.ts';

/*
 * The example scenarios (`npm run sim -- examples/<name>.ts`) are documentation
 * that runs. Together they must exercise every part of the world model.
 */

const modules = import.meta.glob<{ default: Scenario }>('../../../examples/*.ts', { eager: true });

const runs: { name: string; spec: WorldSpec; run: Run }[] = Object.entries(modules).map(
  ([path, module]) => {
    const compiled = compileScenario(module.default);
    if (!compiled.ok) throw new Error(`${path}: ${JSON.stringify(compiled.errors)}`);
    return {
      name: path,
      spec: compiled.spec,
      run: simulate(compiled.spec, { checkpoints: false }),
    };
  },
);

describe('example scenarios', () => {
  it('all compile and run to the end', () => {
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const { run, spec } of runs) {
      expect(run.stopped).toBeNull();
      expect(run.t).toBe(spec.durationMs);
    }
  });

  it('together use every runtime, load balancer, scheduler feature, policy and traffic shape', () => {
    const specs = runs.map((r) => r.spec);
    const services = specs.flatMap((s) => s.services);
    const calls = services.flatMap((s) => s.calls.flat());
    expect(new Set(services.map((s) => s.runtime.kind))).toEqual(
      new Set(['container', 'vm', 'microvm', 'serverless']),
    );
    expect(new Set(services.map((s) => s.lb))).toEqual(
      new Set(['random', 'roundRobin', 'leastConnections']),
    );
    expect(new Set(services.map((s) => s.versions[0].work.kind))).toEqual(
      new Set(['fixed', 'exponential', 'lognormal', 'uniform']),
    );
    expect(new Set(services.map((s) => s.autoscale?.metric).filter(Boolean))).toEqual(
      new Set(['cpu', 'rps', 'backlog']),
    );
    expect(calls.some((c) => c.async)).toBe(true);
    expect(services.some((s) => s.messageQueue.maxDeliveries !== 5)).toBe(true);
    expect(services.some((s) => s.rateLimit)).toBe(true);
    expect(services.some((s) => s.deadlinePropagation)).toBe(true);
    expect(services.some((s) => s.liveness && s.readiness)).toBe(true);
    expect(services.some((s) => s.calls.some((step) => step.length > 1))).toBe(true);
    const retries = [
      ...calls.map((c) => c.retry),
      ...specs.flatMap((s) => s.traffic.map((t) => t.retry)),
    ];
    expect(new Set(retries.map((r) => r?.jitter).filter(Boolean))).toEqual(
      new Set(['none', 'full', 'equal', 'decorrelated']),
    );
    expect(calls.some((c) => c.retry?.budget !== null && c.retry?.budget !== undefined)).toBe(true);
    expect(new Set(calls.map((c) => c.breaker?.windowType).filter(Boolean))).toEqual(
      new Set(['count', 'time']),
    );
    expect(calls.some((c) => c.bulkhead !== null)).toBe(true);
    expect(calls.some((c) => c.fallback)).toBe(true);
    expect(specs.some((s) => s.nodes.some((n) => n.kind === 'host'))).toBe(true);
    expect(specs.some((s) => s.nodes.some((n) => n.host >= 0))).toBe(true);
    expect(specs.some((s) => s.traffic.some((t) => t.kind === 'closed'))).toBe(true);
    const builds = services.flatMap((s) => s.versions.map((v) => v.image.build).filter(Boolean));
    expect(builds.some((b) => b && b.rebuilt > 1)).toBe(true); // a build that misses the cache early
    const shapes = new Set<string>();
    const visit = (shape: { kind: string; parts?: unknown[] }): void => {
      shapes.add(shape.kind);
      for (const part of (shape.parts ?? []) as { kind: string }[]) visit(part);
    };
    for (const s of specs) for (const t of s.traffic) if (t.kind === 'open') visit(t.rate);
    for (const kind of ['constant', 'steps', 'spike', 'daily', 'sum'])
      expect(shapes).toContain(kind);
    const faults = new Set(specs.flatMap((s) => s.timeline.map((a) => a.action.type)));
    for (const type of [
      'killNode',
      'kernelPanic',
      'hangInstance',
      'addLatency',
      'errorRate',
      'partition',
      'cpuHog',
      'trafficSpike',
      'deploy',
      'scale',
      'addNode',
    ]) {
      expect(faults).toContain(type);
    }
  });

  it('together show every kind of event and every cause of failure', () => {
    const kinds = new Set(runs.flatMap((r) => r.run.out.log.map((e) => e.kind)));
    const expected: LogKind[] = [
      'nodeDown',
      'nodeNotReady',
      'nodeEvicted',
      'nodeRebooting',
      'nodeReady',
      'nodeAdded',
      'instancePending',
      'instanceScheduled',
      'imagePulled',
      'imageBuilt',
      'instanceStarted',
      'instanceReady',
      'instanceUnready',
      'instanceCrashed',
      'instanceKilled',
      'instanceRestarting',
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
    ];
    for (const kind of expected) expect(kinds, kind).toContain(kind);
    for (const cause of CAUSES) {
      const seen = runs.some((r) =>
        Object.values(r.run.services).some((t) => t.failedBy[cause] > 0),
      );
      expect(seen, cause).toBe(true);
    }
    expect(runs.some((r) => Object.values(r.run.services).some((t) => t.degraded > 0))).toBe(true);
    expect(runs.some((r) => Object.values(r.run.services).some((t) => t.lost > 0))).toBe(true);
    expect(runs.some((r) => r.run.out.traces.length > 0)).toBe(true);
    const queues = runs.flatMap((r) => Object.values(r.run.queues));
    expect(queues.some((q) => q.consumed > 0 && q.redelivered > 0 && q.peakBacklog > 0)).toBe(true);
  });

  it('include a week-long run whose series stay short', () => {
    const week = runs.find((r) => r.spec.durationMs >= 7 * 86_400_000);
    expect(week?.run.out.stepMs).toBeGreaterThan(1000);
    expect(week?.run.out.seconds).toBeLessThanOrEqual(MAX_SAMPLES);
    expect(week?.run.out.traffic.shop.sent).toHaveLength(week?.run.out.seconds ?? -1);
  });
});
