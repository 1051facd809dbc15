import { describe, expect, it } from 'vitest';
import { runWorld } from '../helpers/runWorld.ts';

describe('traces', () => {
  const run = runWorld({
    duration: '1m',
    cluster: { nodes: 2, node: { cpu: 16 } },
    services: {
      gateway: { cpu: 2, work: '2ms', calls: [{ parallel: ['orders', 'users'] }] },
      orders: { cpu: 2, work: '5ms', calls: [{ to: 'payments', timeout: '50ms', retries: 2 }] },
      users: { cpu: 2, work: '3ms' },
      payments: { cpu: 8, concurrency: 100, work: { min: '10ms', max: '90ms' } },
    },
    traffic: { web: { to: 'gateway', rate: 20 } },
    traceSampling: '20%',
  });

  it('samples about the asked share of requests', () => {
    const share = run.out.traces.length / run.traffic.web.requests;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  it('builds span trees: every span lies within its parent, servers under the client attempt that called them', () => {
    for (const trace of run.out.traces) {
      const root = trace.spans[0];
      expect(root.kind).toBe('request');
      for (const span of trace.spans.slice(1)) {
        const parent = trace.spans[span.parent];
        expect(parent).toBeDefined();
        expect(span.start).toBeGreaterThanOrEqual(parent.start);
        if (span.kind === 'server') {
          expect(parent.kind).toBe('client');
          expect(span.service).toBe(parent.to);
        }
        if (span.kind === 'client' && parent.kind !== 'request') expect(parent.kind).toBe('server');
      }
    }
  });

  it('shows retries as several client attempts and work that went on after its caller gave up', () => {
    const retried = run.out.traces.filter((t) =>
      t.spans.some((s) => s.kind === 'client' && s.to === 'payments' && s.attempt > 1),
    );
    expect(retried.length).toBeGreaterThan(0);
    const orphan = retried.flatMap((t) =>
      t.spans.filter(
        (s) =>
          s.kind === 'server' &&
          s.service === 'payments' &&
          s.end >= 0 &&
          t.spans[s.parent].outcome === 'timeout',
      ),
    );
    expect(orphan.length).toBeGreaterThan(0);
    const outlived = orphan.filter((span) => {
      const trace = retried.find((t) => t.spans.includes(span));
      const caller = trace!.spans[span.parent];
      // At the latest, the answer was on its way (one 1 ms hop) when the caller gave up.
      expect(span.end).toBeGreaterThanOrEqual(caller.end - 1);
      return span.end > caller.end;
    });
    expect(outlived.length).toBeGreaterThan(0);
  });
});
