import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../../src/sim/engineState.ts';
import {
  chartSeries,
  defaultCharts,
  defaultSubject,
  OUTCOME_KEYS,
} from '../../../src/views/chartSeries.ts';
import { runOf, shop } from './playerFromRun.svelte.ts';

const out = runOf(shop).out;

describe('chartSeries', () => {
  it('reads a traffic source as its users see it', () => {
    const s = chartSeries(out, 'users')!;
    expect(s.kind).toBe('traffic');
    expect(s.requests).toBe(out.traffic.users.sent);
    expect(s.p99).toBe(out.traffic.users.p99);
    expect(s.outcomes.map((o) => o.key)).toEqual(['ok', 'degraded', ...CAUSES]);
    expect(s.desired).toBeNull();
  });
  it('reads a service with its replicas, CPU and lost requests', () => {
    const s = chartSeries(out, 'orders')!;
    expect(s.kind).toBe('service');
    expect(s.outcomes.map((o) => o.key)).toEqual([...OUTCOME_KEYS]);
    expect(s.ready).toBe(out.services.orders.ready);
    expect(s.cpu).toBe(out.services.orders.cpu);
  });
  it('is null for an unknown name or no output yet', () => {
    expect(chartSeries(out, 'nope')).toBeNull();
    expect(chartSeries(null, 'users')).toBeNull();
  });
});

describe('defaultCharts', () => {
  it('shows replicas and CPU for services only', () => {
    expect(defaultCharts(chartSeries(out, 'users'))).toEqual(['latency', 'traffic']);
    expect(defaultCharts(chartSeries(out, 'orders'))).toEqual([
      'latency',
      'traffic',
      'replicas',
      'cpu',
    ]);
  });
});

describe('defaultSubject', () => {
  it('is the first traffic source, else the first service', () => {
    expect(defaultSubject(out, runOf(shop).spec)).toBe('users');
    expect(defaultSubject(out)).toBe('users');
    expect(defaultSubject({ ...out, traffic: {} })).toBe('gateway');
    expect(defaultSubject(null)).toBe('');
  });
});

describe('chartSeries of a service with a queue of messages', () => {
  const queued = runOf({
    duration: '20s',
    cluster: { nodes: 1 },
    services: {
      shop: { calls: [{ to: 'emails', async: true }] },
      emails: { concurrency: 1, work: '50ms' },
    },
    traffic: { orders: { to: 'shop', rate: 40 } },
  });

  it('reads its backlog, oldest message and consumption, known from the spec or the data', () => {
    const withSpec = chartSeries(queued.out, 'emails', queued.spec)!;
    expect(withSpec.backlog).toBe(queued.out.services.emails.backlog);
    expect(withSpec.oldestMessage).toBe(queued.out.services.emails.oldestMessage);
    expect(withSpec.consumed).toBe(queued.out.services.emails.consumed);
    expect(chartSeries(queued.out, 'emails')!.backlog).toBe(withSpec.backlog);
    expect(chartSeries(queued.out, 'shop', queued.spec)!.backlog).toBeNull();
    expect(chartSeries(out, 'orders')!.backlog).toBeNull();
  });

  it('adds the queue chart to the defaults of that service only', () => {
    expect(defaultCharts(chartSeries(queued.out, 'emails', queued.spec))).toEqual([
      'latency',
      'traffic',
      'backlog',
      'replicas',
      'cpu',
    ]);
    expect(defaultCharts(chartSeries(queued.out, 'shop', queued.spec))).not.toContain('backlog');
  });
});
