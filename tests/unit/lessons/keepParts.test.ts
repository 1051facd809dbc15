// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isServiceSetting, KEEPABLE, keepParts } from '../../../src/lessons/keepParts.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

const start: Scenario = {
  duration: '5m',
  services: { web: { replicas: 2 }, payments: { replicas: 1, work: '1s' } },
  traffic: { users: { to: 'web', rate: 100 } },
  faults: [{ at: '1m', kill: 'node-1' }],
};

describe('keepParts', () => {
  it('takes the kept parts from the start and leaves the reader’s others alone', () => {
    const reader: Scenario = {
      duration: '5m',
      services: { web: { replicas: 9 }, payments: { replicas: 1, work: '1ms' } },
      traffic: { users: { to: 'web', rate: 1 } },
    };
    const kept = keepParts(reader, start, ['traffic', 'faults', 'services.payments']);
    expect(kept.traffic).toEqual(start.traffic);
    expect(kept.faults).toEqual(start.faults);
    expect(kept.services).toEqual({ web: { replicas: 9 }, payments: start.services.payments });
    // The reader's own object is not changed.
    expect(reader.faults).toBeUndefined();
    expect(reader.services.payments.work).toBe('1ms');
  });

  it('keeps several services at once', () => {
    const reader: Scenario = {
      ...start,
      services: { web: { replicas: 9 }, payments: { replicas: 9 } },
    };
    expect(keepParts(reader, start, ['services.web', 'services.payments']).services).toEqual(
      start.services,
    );
  });

  it('removes what the start does not have, and keeps everything when nothing is kept', () => {
    const reader: Scenario = { ...start, seed: 7, services: { ...start.services, extra: {} } };
    expect(keepParts(reader, start, ['seed', 'services.extra'])).toEqual(start);
    expect(keepParts(reader, start, [])).toBe(reader);
  });

  it('names the parts a challenge may keep', () => {
    for (const ok of [
      'traffic',
      'faults',
      'duration',
      'seed',
      'cluster',
      'hosts',
      'machines',
      'sizes',
      'services.a-b_1',
      'services.shop.start',
      'services.*.memory',
    ])
      expect(KEEPABLE.test(ok), ok).toBe(true);
    for (const bad of [
      'goals',
      'services',
      'services.',
      'services.*',
      'services.shop.image.steps',
      'traffic.users',
      'hosts.*',
      'name',
    ])
      expect(KEEPABLE.test(bad), bad).toBe(false);
    expect(isServiceSetting('memory')).toBe(true);
    expect(isServiceSetting('memroy')).toBe(false);
    expect(isServiceSetting('toString')).toBe(false);
  });

  it('keeps one setting of a service, or of every service, and lets the reader change the rest', () => {
    const reader: Scenario = {
      ...start,
      services: {
        web: { replicas: 9, work: '1ms', memory: '1Mi' },
        payments: { replicas: 3, work: '1ms', memory: '1Mi' },
        extra: { memory: '1Mi' },
      },
    };
    const kept = keepParts(reader, start, ['services.payments.work', 'services.*.memory']);
    expect(kept.services).toEqual({
      // The start gives web no work and no memory: the defaults apply again.
      web: { replicas: 9, work: '1ms' },
      payments: { replicas: 3, work: '1s' },
      // A service the start does not have is the reader's.
      extra: { memory: '1Mi' },
    });
  });

  it('sizes: a build step the start or the solution knows weighs what they say', () => {
    const lesson: Scenario = {
      services: {
        shop: {
          image: {
            steps: [
              { from: 'node:20-slim', size: '70Mi' },
              { run: 'npm ci', size: '180Mi', takes: '40s' },
            ],
          },
        },
      },
    };
    const solution: Scenario = {
      services: {
        shop: {
          image: {
            steps: [
              { from: 'node:20-slim', size: '70Mi' },
              { run: 'npm ci --omit=dev', size: '60Mi', takes: '25s' },
              { copy: ['src', 'lib'], size: '2Mi' },
            ],
          },
        },
      },
    };
    const reader: Scenario = {
      services: {
        shop: {
          image: {
            steps: [
              { from: ' node:20-slim ', size: '1Mi', takes: '1ms' },
              { run: 'npm  ci', size: '1Mi', takes: '1ms' },
              { copy: ['src', 'lib'], size: '1Ki', takes: '1ms' },
            ],
          },
          versions: {
            v2: {
              image: {
                steps: [
                  { from: 'node:20-slim', size: '2Mi' },
                  { run: 'npm ci --omit=dev', size: '1Mi' },
                  { run: 'make', size: '1Mi' },
                ],
              },
            },
          },
        },
      },
    };
    const kept = keepParts(reader, lesson, ['sizes'], solution);
    expect(kept.services.shop.image?.steps).toEqual([
      { from: ' node:20-slim ', size: '70Mi' },
      { run: 'npm  ci', size: '180Mi', takes: '40s' },
      { copy: ['src', 'lib'], size: '2Mi' },
    ]);
    expect(kept.services.shop.versions?.v2.image?.steps).toEqual([
      { from: 'node:20-slim', size: '70Mi' },
      { run: 'npm ci --omit=dev', size: '60Mi', takes: '25s' },
      // A step the lesson does not know keeps the reader's size.
      { run: 'make', size: '1Mi' },
    ]);
    // Without the solution, only the start's steps are known.
    const startOnly = keepParts(reader, lesson, ['sizes']);
    expect(startOnly.services.shop.versions?.v2.image?.steps?.[1]).toEqual({
      run: 'npm ci --omit=dev',
      size: '1Mi',
    });
  });

  it('machines: nodes and hosts keep their size and price, however many the reader uses', () => {
    const lesson: Scenario = {
      cluster: { nodes: 2, node: { cpu: 1, pricePerHour: 0.1 } },
      hosts: [
        { name: 'host-1', cpu: 16, memory: '16Gi', pricePerHour: 2 },
        { name: 'host-2', cpu: 8, memory: '8Gi', pricePerHour: 1 },
      ],
      services: { web: {} },
    };
    const reader: Scenario = {
      cluster: {
        nodes: [{ cpu: 8, pricePerHour: 0.01, zone: 'zone-b' }, { name: 'x' }],
        node: { cpu: 8, memory: '1Gi' },
        scheduler: 'binpack',
        serverlessPrice: { vcpuHour: 0 },
      },
      hosts: [
        { name: 'host-2', memory: '64Gi', pricePerHour: 0 },
        { name: 'host-9', cpu: 64, memory: '64Gi' },
      ],
      services: { web: {} },
      faults: [{ at: '1m', addNode: { name: 'node-9', cpu: 64 } }],
    };
    const kept = keepParts(reader, lesson, ['machines']);
    expect(kept.cluster).toEqual({
      nodes: [
        { cpu: 1, pricePerHour: 0.1, zone: 'zone-b' },
        { name: 'x', cpu: 1, pricePerHour: 0.1 },
      ],
      node: { cpu: 1, pricePerHour: 0.1 },
      scheduler: 'binpack',
    });
    expect(kept.hosts).toEqual([
      { name: 'host-2', cpu: 8, memory: '8Gi', pricePerHour: 1 },
      // A host the start does not name is made like its first host.
      { name: 'host-9', cpu: 16, memory: '16Gi', pricePerHour: 2 },
    ]);
    expect(kept.faults).toEqual([
      { at: '1m', addNode: { name: 'node-9', cpu: 1, pricePerHour: 0.1 } },
    ]);
    // The start itself is left as it is.
    expect(keepParts(lesson, lesson, ['machines'])).toEqual({ ...lesson, cluster: lesson.cluster });
  });
});
