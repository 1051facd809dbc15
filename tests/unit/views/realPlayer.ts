import { Player, type FrameClock } from '../../../src/player/Player.svelte.ts';
import { localSimClient } from '../../../src/player/localSimClient.ts';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';

/** A frame clock the test advances by hand (as in the Player's own tests). */
export function manualClock() {
  let callbacks = new Map<number, (now: number) => void>();
  let id = 0;
  const clock: FrameClock = {
    request: (cb) => {
      callbacks.set(++id, cb);
      return id;
    },
    cancel: (i) => callbacks.delete(i),
  };
  return {
    clock,
    frame(now: number) {
      const due = callbacks;
      callbacks = new Map();
      for (const cb of due.values()) cb(now);
    },
  };
}

export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 4000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A real Player on this thread, with its run computed to the end. */
export async function loadedPlayer(scenario: Scenario) {
  const { clock, frame } = manualClock();
  const player = new Player(localSimClient(), clock);
  const compiled = compileScenario(scenario);
  if (!compiled.ok) throw new Error('bad scenario');
  player.load(compiled.spec);
  await until(() => player.status === 'done', 'the run');
  return { player, frame };
}
