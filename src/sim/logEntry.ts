/** Kinds of entry in a run's event log. */
export type LogKind =
  | 'nodeAdded'
  | 'nodeReady'
  | 'nodeDown'
  | 'nodeNotReady'
  | 'nodeEvicted'
  | 'nodeRebooting'
  | 'nodeRestored'
  | 'instanceCreated'
  | 'instancePending'
  | 'instanceScheduled'
  | 'imagePulled'
  | 'imageBuilt'
  | 'instanceStarted'
  | 'instanceReady'
  | 'instanceUnready'
  | 'instanceCrashed'
  | 'instanceRestarting'
  | 'instanceKilled'
  | 'instanceStopping'
  | 'instanceStopped'
  | 'instanceLost'
  | 'breakerOpened'
  | 'breakerHalfOpen'
  | 'breakerClosed'
  | 'scaledUp'
  | 'scaledDown'
  | 'rolloutStarted'
  | 'rolloutComplete'
  | 'rolloutStalled'
  | 'fault'
  | 'faultEnded'
  | 'limit';

/**
 * One line of the human-readable event log, as data: the view and the
 * command line turn it into words (`formatLogEntry`).
 */
export interface LogEntry {
  t: number;
  kind: LogKind;
  /** The entity it is about (node, instance, service or edge name). */
  subject: string;
  /** Extra facts: node name, restart count, replicas, fault description... */
  detail: Record<string, string | number>;
}

/** Kinds worth a marker on the timeline. */
export const NOTABLE: ReadonlySet<LogKind> = new Set<LogKind>([
  'nodeDown',
  'nodeNotReady',
  'nodeEvicted',
  'nodeRebooting',
  'instancePending',
  'instanceCrashed',
  'instanceKilled',
  'breakerOpened',
  'breakerClosed',
  'scaledUp',
  'scaledDown',
  'rolloutStarted',
  'rolloutStalled',
  'fault',
  'limit',
]);
