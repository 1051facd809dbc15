import { describe, expect, it } from 'vitest';
import { instanceStatus } from '../../../src/views/instanceStatus.ts';

type Input = Parameters<typeof instanceStatus>[0];
const i = (phase: Input['phase'], state: string, ready = false, reason = ''): Input => ({
  phase,
  state,
  ready,
  reason,
});

describe('instanceStatus', () => {
  it('maps phases and states to six looks', () => {
    expect(instanceStatus(i('Running', 'running.ready', true))).toBe('ready');
    expect(instanceStatus(i('Running', 'running.unready'))).toBe('starting');
    expect(instanceStatus(i('Pending', 'pulling'))).toBe('starting');
    expect(instanceStatus(i('Pending', 'booting'))).toBe('starting');
    expect(instanceStatus(i('Pending', 'pending', false, 'Unschedulable'))).toBe('pending');
    expect(instanceStatus(i('Running', 'backOff', false, 'CrashLoopBackOff (20s)'))).toBe('crash');
    expect(instanceStatus(i('Running', 'restarting'))).toBe('crash');
    expect(instanceStatus(i('Unknown', 'running.ready', true, 'NodeLost'))).toBe('unknown');
    expect(instanceStatus(i('Terminating', 'terminating'))).toBe('terminating');
    expect(instanceStatus(i('Succeeded', 'terminated'))).toBe('terminating');
  });
});
