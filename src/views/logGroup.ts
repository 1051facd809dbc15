import type { LogKind } from '../sim/logEntry.ts';

/** Groups of log entries a reader can filter by. */
export const LOG_GROUPS = [
  'nodes',
  'instances',
  'breakers',
  'scaling',
  'rollouts',
  'faults',
] as const;
export type LogGroup = (typeof LOG_GROUPS)[number];

/** The group a kind of log entry belongs to. */
export function logGroup(kind: LogKind): LogGroup {
  if (kind.startsWith('node')) return 'nodes';
  if (kind.startsWith('instance') || kind === 'imagePulled' || kind === 'imageBuilt')
    return 'instances';
  if (kind.startsWith('breaker')) return 'breakers';
  if (kind === 'scaledUp' || kind === 'scaledDown') return 'scaling';
  if (kind.startsWith('rollout')) return 'rollouts';
  return 'faults';
}
