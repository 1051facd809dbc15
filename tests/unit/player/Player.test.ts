import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { Player, type FrameClock } from '../../../src/player/Player.svelte.ts';
import { localSimClient } from '../../../src/player/localSimClient.ts';
import { simulate } from '../../../src/sim/simulate.ts';

const scenario: Scenario = {
  duration: '2m',
  cluster: { nodes: 2 },
  services: {
    web: { replicas: 2, cpu: 1, work: '5ms', calls: [{ to: 'db', timeout: '500ms' }] },
    db: { cpu: 1, work: '3ms' },
  },
  traffic: { users: { to: 'web', rate: 20 } },
  faults: [{ at: '30s', kill: 'node-1' }],
};

function spec() {
  const c = compileScenario(scenario);
  if (!c.ok) throw new Error('bad scenario');
  return c.spec;
}

/** A frame clock the test advances by hand. */
function manualClock() {
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

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Player', () => {
  it('streams a run to the end, with the same results as a run in one go', async () => {
    const player = new Player(localSimClient(), manualClock().clock);
    player.load(spec());
    await until(() => player.status === 'done', 'the run');
    const direct = simulate(spec());
    expect(player.computed).toBe(120_000);
    expect(player.out?.services.web.requests).toEqual(direct.out.services.web.requests);
    expect(player.out?.log).toEqual(direct.out.log);
    expect(player.markers.some((m) => m.entry?.kind === 'nodeDown')).toBe(true);
  });

  it('streams a long run with its sample step, series equal to a run in one go', async () => {
    const long = compileScenario({
      duration: '3h',
      cluster: { nodes: 1 },
      services: { web: { work: '5ms' } },
      traffic: { users: { to: 'web', rate: 0.5 } },
      traceSampling: 0,
    });
    if (!long.ok) throw new Error('bad scenario');
    const player = new Player(localSimClient(), manualClock().clock);
    player.load(long.spec);
    await until(() => player.status === 'done', 'the run');
    const direct = simulate(long.spec);
    expect(player.out?.stepMs).toBe(5000);
    expect(player.out?.seconds).toBe(3 * 720);
    expect(player.out?.traffic.users.sent).toEqual(direct.out.traffic.users.sent);
  });

  it('plays at its speed, shows the world at the current time, and stops at the end', async () => {
    const { clock, frame } = manualClock();
    const player = new Player(localSimClient(), clock);
    player.load(spec());
    await until(() => player.status === 'done', 'the run');
    player.setSpeed(8);
    player.play();
    frame(1000);
    frame(2000); // one wall second at 8x
    expect(player.t).toBe(8000);
    // While playing, a world that arrives is drawn at the next animation frame.
    await until(() => {
      frame(2000);
      return player.world?.t === 8000;
    }, 'the frame at 8 s');
    expect(player.t).toBe(8000);
    expect(player.world?.instances.filter((i) => i.ready)).toHaveLength(3);
    player.setSpeed(64);
    for (let now = 3000; now < 6000; now += 1000) frame(now);
    expect(player.playing).toBe(false);
    expect(player.t).toBe(120_000);
  });

  it('steps between logged events and scrubs back instantly', async () => {
    const player = new Player(localSimClient(), manualClock().clock);
    player.load(spec());
    await until(() => player.status === 'done', 'the run');
    player.seek(10_000);
    player.stepForward();
    expect(player.t).toBe(30_000);
    player.stepForward();
    expect(player.t).toBeGreaterThan(30_000);
    player.stepBack();
    expect(player.t).toBe(30_000);
    player.seek(95_000);
    await until(() => player.world?.t === 95_000, 'the frame at 95 s');
    expect(player.world?.nodes[0].state).toBe('notReady');
    player.seek(5_000);
    await until(() => player.world?.t === 5_000, 'the frame at 5 s');
    expect(player.world?.nodes[0].state).toBe('ready');
  });

  it('recomputes the run from an intervention, and undo takes it back', async () => {
    const player = new Player(localSimClient(), manualClock().clock);
    player.load(spec());
    await until(() => player.status === 'done', 'the run');
    const before = player.out?.services.db.requests.slice();
    player.seek(60_000);
    player.intervene({ type: 'addLatency', service: 'db', ms: 1000, durationMs: null });
    expect(player.interventions).toEqual([
      { atMs: 60_000, action: { type: 'addLatency', service: 'db', ms: 1000, durationMs: null } },
    ]);
    expect(player.markers.some((m) => m.kind === 'intervention' && m.t === 60_000)).toBe(true);
    await until(() => player.status === 'done', 'the re-run');
    const withFault = simulate(spec(), { interventions: player.interventions });
    expect(player.out?.services.web.failed.timeout).toEqual(
      withFault.out.services.web.failed.timeout,
    );
    expect(player.out?.services.web.failed.timeout.slice(61).some((x) => x > 0)).toBe(true);
    player.undo();
    await until(() => player.status === 'done', 'the undo');
    expect(player.out?.services.db.requests).toEqual(before);
  });

  it('offers speeds from 0.25x to 64x', () => {
    const player = new Player(localSimClient(), manualClock().clock);
    player.setSpeed(1000);
    expect(player.speed).toBe(64);
    player.slower();
    expect(player.speed).toBe(32);
    player.setSpeed(0.01);
    expect(player.speed).toBe(0.25);
    player.faster();
    expect(player.speed).toBe(0.5);
  });
});
