import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/sim/engine.ts';
import { firstAt, logOf } from '../helpers/logOf.ts';
import { runWorld, specOf } from '../helpers/runWorld.ts';

describe('the world at time 0', () => {
  it('starts warm: every initial instance is placed, started and ready at 0', () => {
    const engine = new Engine(
      specOf({ cluster: { nodes: 2 }, services: { a: { replicas: 3 }, b: { replicas: 2 } } }),
    );
    engine.advance(1);
    const ready = engine.st.instances.filter((i) => i.ready);
    expect(ready).toHaveLength(5);
    expect(engine.out.log.filter((e) => e.kind === 'instanceReady').every((e) => e.t === 0)).toBe(
      true,
    );
  });

  it('puts VM nodes on their hosts: a VM node takes its memory and its guest OS on the host', () => {
    const engine = new Engine(
      specOf({
        hosts: [{ name: 'rack-1', cpu: 32, memory: '64Gi' }],
        cluster: {
          nodes: [
            { host: 'rack-1', cpu: 8, memory: '16Gi' },
            { host: 'rack-1', cpu: 8, memory: '16Gi' },
          ],
        },
        services: { a: {} },
      }),
    );
    const host = engine.st.nodes.find((n) => n.name === 'rack-1');
    expect(host?.allocCpu).toBe(16);
    expect(host?.allocMemMiB).toBe(2 * (16 * 1024 + 512));
  });
});

describe('virtual machines, microVMs and containers on the same host', () => {
  const host = [{ name: 'host-1', cpu: 64, memory: '32Gi' }];
  const density = (runtime: 'vm' | 'microvm' | 'container') => {
    // The same physical host, running the app as VMs, as microVMs, or as containers right on it.
    const run = runWorld({
      duration: '5s',
      hosts: host,
      cluster: { nodes: 0 },
      services: { app: { runtime, replicas: 40, cpu: 0.5, memory: '1Gi' } },
    });
    return run.out.services.app.ready.at(-1);
  };

  it('fits fewer VMs than microVMs than containers: each VM carries a whole guest OS', () => {
    // 32 GiB: VMs need 1 GiB + 512 MiB each (21 fit), microVMs 1 GiB + 5 MiB (31), containers 1 GiB (32).
    expect(density('vm')).toBe(21);
    expect(density('microvm')).toBe(31);
    expect(density('container')).toBe(32);
  });

  it('boots a VM in tens of seconds and a microVM in 125 ms', () => {
    const start = (runtime: 'vm' | 'microvm') =>
      firstAt(
        runWorld({
          duration: '2m',
          hosts: host,
          services: { app: { runtime, replicas: 0, start: '200ms' } },
          faults: [{ at: '1s', scale: 'app', replicas: 1 }],
        }),
        'instanceStarted',
        'app-1',
      );
    expect(start('vm')).toBe(1_000 + 40_000 + 200);
    // The microVM also fetches the app's image (100 MiB at 100 MiB/s) onto its host.
    expect(start('microvm')).toBe(1_000 + 125 + 1_000 + 200);
  });

  it('a guest kernel panic reboots one VM; its neighbours keep running', () => {
    const run = runWorld({
      duration: '2m',
      hosts: host,
      services: { app: { runtime: 'vm', replicas: 3 } },
      faults: [{ at: '10s', panic: 'app-2' }],
    });
    expect(logOf(run, 'instanceRestarting').map((e) => e.subject)).toEqual(['app-2']);
    expect(Math.min(...run.out.services.app.ready.slice(11, 40))).toBe(2);
    expect(firstAt(run, 'nodeRebooting')).toBe(-1);
  });
});

describe('serverless tasks', () => {
  it('launch at most a burst of 100, then 20 per second', () => {
    const run = runWorld({
      duration: '1m',
      services: { job: { runtime: 'serverless', replicas: 0 } },
      faults: [{ at: '1s', scale: 'job', replicas: 300 }],
    });
    const placed = logOf(run, 'instanceScheduled').map((e) => e.t);
    expect(placed).toHaveLength(300);
    expect(placed.filter((t) => t === 1_000)).toHaveLength(100);
    // The other 200 come at 20 per second: the last about 10 s later.
    expect(Math.max(...placed)).toBeGreaterThanOrEqual(10_900);
    expect(Math.max(...placed)).toBeLessThanOrEqual(11_000);
  });

  it('cost by task size and time, with no nodes', () => {
    const run = runWorld({
      duration: '1h',
      services: { job: { runtime: 'serverless', replicas: 2, cpu: 1, memory: '2Gi' } },
      cluster: { serverlessPrice: { vcpuHour: 0.04, gbHour: 0.005 } },
    });
    expect(Object.keys(run.out.nodes)).toHaveLength(0);
    expect(run.out.cost.at(-1)).toBeCloseTo(2 * (0.04 + 2 * 0.005), 6);
  });
});
