import type { LogEntry } from './logEntry.ts';

/** Simulated time as `m:ss.mmm` (or `h:mm:ss` past an hour). */
export function formatClock(t: number): string {
  const totalSeconds = Math.floor(t / 1000);
  const ms = String(t % 1000).padStart(3, '0');
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return `${m}:${String(s).padStart(2, '0')}.${ms}`;
}

/** The English sentence for a log entry, e.g. "container orders-2 started on node-1". */
export function formatLogEntry(entry: LogEntry): string {
  const d = entry.detail;
  const s = entry.subject;
  switch (entry.kind) {
    case 'nodeAdded':
      return `node ${s} added, booting`;
    case 'nodeReady':
      return `node ${s} is ready`;
    case 'nodeDown':
      return `node ${s} went down (${d.reason ?? 'failure'}); the control plane has not noticed yet`;
    case 'nodeNotReady':
      return `node ${s} marked NotReady; its ${d.instances} instance(s) leave the load balancers`;
    case 'nodeEvicted':
      return `pods on node ${s} evicted; ${d.instances} instance(s) are being rescheduled`;
    case 'nodeRebooting':
      return `node ${s} kernel panic: rebooting; ${d.instances} instance(s) on it lost`;
    case 'nodeRestored':
      return `node ${s} is back, booting`;
    case 'instanceCreated':
      return `${d.runtime} ${s} created (version ${d.version})`;
    case 'instancePending':
      return `${s} is Pending: ${d.reason}`;
    case 'instanceScheduled':
      return d.node ? `${s} scheduled on ${d.node}` : `${s} placed on provider capacity`;
    case 'imagePulled':
      return `${s} image pulled on ${d.node} (${d.pulledMiB} MiB downloaded)`;
    case 'imageBuilt':
      return `image ${d.image} of ${s} ${d.version} built: ${d.rebuilt} of ${d.layers} layer(s) rebuilt in ${d.took}, ${d.pushedMiB} MiB pushed`;
    case 'instanceStarted':
      return d.node ? `${d.runtime} ${s} started on ${d.node}` : `${d.runtime} ${s} started`;
    case 'instanceReady':
      return `${s} is ready and receives traffic`;
    case 'instanceUnready':
      return `${s} is not ready: removed from the load balancer`;
    case 'instanceCrashed':
      return `${s} crashed (restart ${d.restarts}); restarting in ${d.backoff}`;
    case 'instanceRestarting':
      return `${s} restarting`;
    case 'instanceKilled':
      return `${s} failed its liveness probe ${d.failures} times: killed`;
    case 'instanceStopping':
      return `${s} stopping (${d.reason})`;
    case 'instanceStopped':
      return `${s} stopped`;
    case 'instanceLost':
      return `${s} lost with its node ${d.node}`;
    case 'breakerOpened':
      return `breaker ${s} opened (${d.reason})`;
    case 'breakerHalfOpen':
      return `breaker ${s} half-open: letting ${d.trials} trial call(s) through`;
    case 'breakerClosed':
      return `breaker ${s} closed`;
    case 'scaledUp':
      return `${s} scaled up from ${d.from} to ${d.to} (${d.why})`;
    case 'scaledDown':
      return `${s} scaled down from ${d.from} to ${d.to} (${d.why})`;
    case 'rolloutStarted':
      return `rolling update of ${s} to version ${d.version} started`;
    case 'rolloutComplete':
      return `rolling update of ${s} to version ${d.version} complete`;
    case 'rolloutStalled':
      return `rolling update of ${s} stalled: no progress for ${d.deadline}`;
    case 'fault':
      return `fault: ${d.what}`;
    case 'faultEnded':
      return `fault over: ${d.what}`;
    case 'limit':
      return `simulation stopped: ${d.what}`;
  }
}
