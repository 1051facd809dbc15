import { describe, expect, it } from 'vitest';
import { formatClock, formatLogEntry } from '../../../src/sim/formatLogEntry.ts';
import type { LogEntry, LogKind } from '../../../src/sim/logEntry.ts';

function entry(kind: LogKind, subject: string, detail: LogEntry['detail'] = {}): LogEntry {
  return { t: 0, kind, subject, detail };
}

describe('formatClock', () => {
  it('shows m:ss.mmm under an hour', () => {
    expect(formatClock(0)).toBe('0:00.000');
    expect(formatClock(7)).toBe('0:00.007');
    expect(formatClock(59_999)).toBe('0:59.999');
    expect(formatClock(65_432)).toBe('1:05.432');
    expect(formatClock(600_007)).toBe('10:00.007');
    expect(formatClock(3_599_999)).toBe('59:59.999');
  });

  it('shows h:mm:ss from an hour on', () => {
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(36_000_999)).toBe('10:00:00');
  });
});

describe('formatLogEntry', () => {
  it('says where an instance started', () => {
    expect(
      formatLogEntry(
        entry('instanceStarted', 'orders-2', { runtime: 'container', node: 'node-1' }),
      ),
    ).toBe('container orders-2 started on node-1');
    expect(formatLogEntry(entry('instanceStarted', 'orders-2', { runtime: 'serverless' }))).toBe(
      'serverless orders-2 started',
    );
  });

  it('describes a node failure, with a default reason', () => {
    expect(formatLogEntry(entry('nodeDown', 'node-2'))).toBe(
      'node node-2 went down (failure); the control plane has not noticed yet',
    );
    expect(formatLogEntry(entry('nodeDown', 'node-2', { reason: 'killed' }))).toBe(
      'node node-2 went down (killed); the control plane has not noticed yet',
    );
  });

  it('scheduling on a node or on provider capacity', () => {
    expect(formatLogEntry(entry('instanceScheduled', 'web-1', { node: 'node-3' }))).toBe(
      'web-1 scheduled on node-3',
    );
    expect(formatLogEntry(entry('instanceScheduled', 'web-1'))).toBe(
      'web-1 placed on provider capacity',
    );
  });

  it('scaling, crashes, breakers, rollouts and faults', () => {
    expect(
      formatLogEntry(entry('scaledUp', 'orders', { from: 2, to: 4, why: 'cpu 90% > 60%' })),
    ).toBe('orders scaled up from 2 to 4 (cpu 90% > 60%)');
    expect(formatLogEntry(entry('instanceCrashed', 'pay-1', { restarts: 3, backoff: '40s' }))).toBe(
      'pay-1 crashed (restart 3); restarting in 40s',
    );
    expect(formatLogEntry(entry('breakerHalfOpen', 'checkout→payments', { trials: 10 }))).toBe(
      'breaker checkout→payments half-open: letting 10 trial call(s) through',
    );
    expect(formatLogEntry(entry('rolloutStalled', 'orders', { deadline: '10m' }))).toBe(
      'rolling update of orders stalled: no progress for 10m',
    );
    expect(formatLogEntry(entry('fault', '', { what: 'node-1 killed' }))).toBe(
      'fault: node-1 killed',
    );
    expect(formatLogEntry(entry('imagePulled', 'web-1', { node: 'node-1', pulledMiB: 120 }))).toBe(
      'web-1 image pulled on node-1 (120 MiB downloaded)',
    );
    expect(
      formatLogEntry(
        entry('imageBuilt', 'shop', {
          image: 'shop',
          version: 'v2',
          rebuilt: 1,
          layers: 4,
          took: '10ms',
          pushedMiB: 2,
        }),
      ),
    ).toBe('image shop of shop v2 built: 1 of 4 layer(s) rebuilt in 10ms, 2 MiB pushed');
  });

  it('gives every kind a sentence that names its subject (or what happened)', () => {
    const detail = {
      reason: 'R',
      instances: 2,
      runtime: 'container',
      version: 'v2',
      node: 'node-9',
      pulledMiB: 5,
      restarts: 1,
      backoff: '10s',
      failures: 3,
      trials: 4,
      from: 1,
      to: 2,
      why: 'W',
      deadline: '10m',
      what: 'WHAT',
      image: 'shop',
      rebuilt: 1,
      layers: 4,
      took: '10ms',
      pushedMiB: 2,
    };
    const kinds: LogKind[] = [
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
    const sentences = new Set<string>();
    for (const kind of kinds) {
      const text = formatLogEntry(entry(kind, 'SUBJ', detail));
      expect(typeof text).toBe('string');
      expect(text).not.toContain('undefined');
      if (kind === 'fault' || kind === 'faultEnded' || kind === 'limit') {
        expect(text).toContain('WHAT');
      } else {
        expect(text).toContain('SUBJ');
      }
      sentences.add(text);
    }
    // Each kind reads differently.
    expect(sentences.size).toBe(kinds.length);
  });
});
