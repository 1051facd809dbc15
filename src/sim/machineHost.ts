import {
  initialTransition,
  transition,
  type AnyEventObject,
  type AnyStateMachine,
  type StateValue,
} from 'xstate';
import { pushEvent, type EventQueue } from './eventQueue.ts';

/**
 * One running state machine as plain data: its state value, its context and
 * the delayed events it is waiting for. Because it is plain data, a checkpoint
 * copies it and a resumed run continues it exactly.
 */
export interface MachineSlot {
  id: number;
  /** Which machine definition runs in this slot (a key of the host's registry). */
  kind: string;
  /** The entity the machine belongs to (its id in the engine's tables). */
  owner: number;
  /** The state as a dotted path, e.g. `running.ready`. */
  state: string;
  value: StateValue;
  context: unknown;
  /** Delayed events waiting in the engine's queue, by XState send id. */
  timers: { sendId: string; token: number; event: AnyEventObject }[];
}

/** What changed when a machine took an event. */
export interface MachineChange {
  from: string;
  to: string;
}

/** Turns a state value into a dotted path: `{ running: 'ready' }` → `running.ready`. */
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const keys = Object.keys(value);
  const parts: string[] = [];
  for (const key of keys) {
    const child = value[key];
    const nested = child && (typeof child === 'string' || Object.keys(child).length > 0);
    parts.push(nested ? `${key}.${statePath(child)}` : key);
  }
  return parts.join(',');
}

/**
 * Runs XState machines with the engine's event queue as their clock. The
 * machines are stepped with XState's pure `transition` function; their
 * delayed events (`after`) become engine events at simulated times, and
 * cancellations drop them. This is the same semantics as
 * `createActor(machine, { clock })` (a test checks it against XState's
 * `SimulatedClock`), with every bit of state kept as data.
 */
export class MachineHost {
  constructor(
    private readonly registry: Record<string, AnyStateMachine>,
    private readonly queue: EventQueue,
    private readonly timerKind: number,
    readonly slots: MachineSlot[],
    private readonly tokenCounter: { next: number },
  ) {}

  /** Creates a machine of the given kind in its initial state; returns its slot. */
  start(kind: string, owner: number, input: unknown, now: number): MachineSlot {
    const [snapshot, actions] = initialTransition(this.registry[kind], input as never);
    const slot: MachineSlot = {
      id: this.slots.length,
      kind,
      owner,
      state: statePath(snapshot.value),
      value: snapshot.value,
      context: snapshot.context,
      timers: [],
    };
    this.slots.push(slot);
    this.apply(slot, actions, now);
    return slot;
  }

  /** Sends an event; returns what changed, or null if the state stayed the same. */
  send(slot: MachineSlot, event: AnyEventObject, now: number): MachineChange | null {
    const machine = this.registry[slot.kind];
    const snapshot = machine.resolveState({ value: slot.value, context: slot.context as never });
    const [next, actions] = transition(machine, snapshot, event as never);
    const from = slot.state;
    slot.value = next.value;
    slot.context = next.context;
    slot.state = statePath(next.value);
    this.apply(slot, actions, now);
    return from === slot.state ? null : { from, to: slot.state };
  }

  /**
   * Delivers a delayed event whose time has come. Returns null for a timer
   * that was cancelled meanwhile.
   */
  fire(slotId: number, token: number, now: number): MachineChange | null | 'stale' {
    const slot = this.slots[slotId];
    const index = slot.timers.findIndex((timer) => timer.token === token);
    if (index < 0) return 'stale';
    const [timer] = slot.timers.splice(index, 1);
    return this.send(slot, timer.event, now);
  }

  private apply(
    slot: MachineSlot,
    actions: readonly { type: string; params?: unknown }[],
    now: number,
  ): void {
    for (const action of actions) {
      if (action.type === 'xstate.raise') {
        const params = action.params as { event: AnyEventObject; id?: string; delay?: number };
        if (params.delay === undefined)
          throw new Error(`machine ${slot.id}: undelayed raise is not supported`);
        const sendId = params.id ?? `raise.${this.tokenCounter.next}`;
        const token = this.tokenCounter.next++;
        slot.timers = slot.timers.filter((timer) => timer.sendId !== sendId);
        slot.timers.push({ sendId, token, event: params.event });
        pushEvent(
          this.queue,
          now + Math.max(0, Math.round(params.delay)),
          this.timerKind,
          slot.id,
          token,
        );
      } else if (action.type === 'xstate.cancel') {
        const { sendId } = action.params as { sendId: string };
        slot.timers = slot.timers.filter((timer) => timer.sendId !== sendId);
      } else {
        throw new Error(`machine ${slot.id}: action ${action.type} has no place in the engine`);
      }
    }
  }
}
