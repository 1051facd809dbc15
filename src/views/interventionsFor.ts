import type { Action } from '../player/PlayerLike.ts';

/** Something a reader may act on in a view. */
export type InterventionTarget =
  | { kind: 'node'; name: string; up: boolean }
  | { kind: 'instance'; name: string; alive: boolean; ownKernel?: boolean }
  | { kind: 'service'; name: string }
  | { kind: 'edge'; from: string; to: string; fromTraffic: boolean };

/** One entry of an entity's action menu: its message key and the action it sends. */
export interface InterventionChoice {
  key: string;
  action: Action;
}

const MINUTE = 60_000;

/**
 * The actions that make sense for an entity right now: a node that is up can
 * be killed, panicked or loaded; a node that is down can be restored; a
 * running instance can be killed or hung (a VM's guest kernel panicked); a service slowed or made to fail;
 * a link between two services cut. Traffic sources and dead things get none.
 */
export function interventionsFor(target: InterventionTarget): InterventionChoice[] {
  switch (target.kind) {
    case 'node':
      if (!target.up)
        return [{ key: 'act.restoreNode', action: { type: 'restoreNode', node: target.name } }];
      return [
        { key: 'act.killNode', action: { type: 'killNode', node: target.name } },
        { key: 'act.kernelPanic', action: { type: 'kernelPanic', target: target.name } },
        {
          key: 'act.cpuHog',
          action: { type: 'cpuHog', node: target.name, share: 0.8, durationMs: MINUTE },
        },
      ];
    case 'instance':
      if (!target.alive) return [];
      return [
        { key: 'act.killInstance', action: { type: 'killInstance', instance: target.name } },
        { key: 'act.hangInstance', action: { type: 'hangInstance', instance: target.name } },
        // A VM or microVM has a kernel of its own: a panic reboots only it.
        ...(target.ownKernel
          ? [
              {
                key: 'act.kernelPanicGuest',
                action: { type: 'kernelPanic', target: target.name } as const,
              },
            ]
          : []),
      ];
    case 'service':
      return [
        {
          key: 'act.addLatency',
          action: { type: 'addLatency', service: target.name, ms: 500, durationMs: MINUTE },
        },
        {
          key: 'act.errorRate',
          action: { type: 'errorRate', service: target.name, rate: 0.5, durationMs: MINUTE },
        },
      ];
    case 'edge':
      if (target.fromTraffic) return [];
      return [
        {
          key: 'act.partition',
          action: { type: 'partition', from: target.from, to: target.to, durationMs: 30_000 },
        },
      ];
  }
}
