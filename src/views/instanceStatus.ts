import type { WorldView } from '../player/PlayerLike.ts';

type InstanceView = WorldView['instances'][number];

/**
 * How an instance looks, in six kinds that read without colour: each kind has
 * its own shape or pattern (ready solid, starting hatched, pending dashed
 * outline, crash-looping crossed, unknown with a question mark, terminating
 * faded with stripes) and its own state colour.
 */
export type InstanceLook = 'ready' | 'starting' | 'pending' | 'crash' | 'unknown' | 'terminating';

/** The theme colour of each look. */
export const LOOK_COLOUR: Record<InstanceLook, string> = {
  ready: 'var(--state-ready)',
  starting: 'var(--state-starting)',
  pending: 'var(--state-pending)',
  crash: 'var(--state-failing)',
  unknown: 'var(--state-unknown)',
  terminating: 'var(--state-stopping)',
};

/** The look of an instance, from its phase and machine state. */
export function instanceStatus(
  inst: Pick<InstanceView, 'phase' | 'state' | 'ready' | 'reason'>,
): InstanceLook {
  if (inst.phase === 'Unknown' || inst.reason === 'NodeLost') return 'unknown';
  if (inst.phase === 'Terminating' || inst.phase === 'Succeeded') return 'terminating';
  if (inst.state === 'backOff' || inst.state === 'restarting') return 'crash';
  if (inst.phase === 'Pending') return inst.state === 'pending' ? 'pending' : 'starting';
  return inst.ready ? 'ready' : 'starting';
}
