import { formatDuration } from './formatDuration.ts';
import type { Action, WorldSpec } from './worldSpec.ts';

/** A short description of an action, for the log (with the spec, versions are named by label). */
export function describeAction(action: Action, spec?: WorldSpec): string {
  const lasting = (d: number | null) => (d === null ? '' : ` for ${formatDuration(d)}`);
  switch (action.type) {
    case 'killNode':
      return `node ${action.node} killed`;
    case 'restoreNode':
      return `node ${action.node} restored`;
    case 'kernelPanic':
      return `kernel panic on ${action.target}`;
    case 'killInstance':
      return `${action.instance} killed`;
    case 'hangInstance':
      return `${action.instance} hangs (stops answering)`;
    case 'addLatency':
      return `${action.service} slowed by ${formatDuration(action.ms)}${lasting(action.durationMs)}`;
    case 'errorRate':
      return `${action.service} fails ${Math.round(action.rate * 1000) / 10}% of requests${lasting(action.durationMs)}`;
    case 'partition':
      return `network cut between ${action.from} and ${action.to}${lasting(action.durationMs)}`;
    case 'cpuHog':
      return `a runaway process takes ${Math.round(action.share * 100)}% of ${action.node}'s CPU${lasting(action.durationMs)}`;
    case 'trafficSpike':
      return `traffic ${action.traffic} × ${action.factor}${lasting(action.durationMs)}`;
    case 'deploy': {
      const label = spec?.services.find((s) => s.name === action.service)?.versions[action.version]
        ?.label;
      return `deploy ${label ?? `version ${action.version}`} of ${action.service}`;
    }
    case 'scale':
      return `${action.service} scaled to ${action.replicas}`;
    case 'addNode':
      return `node ${action.node.name} added`;
  }
}
