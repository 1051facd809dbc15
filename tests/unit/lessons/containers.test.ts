import { describe, expect, it } from 'vitest';
import type { Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import { failedLabels, lessonTestKit, logEntries, logTimes, run } from './lessonTestKit.ts';

const LESSON = 'foundations/containers';

type Runtime = NonNullable<ServiceOptions['runtime']>;

/** The same scenario with every service run as `runtime`. */
function as(s: Scenario, runtime: Runtime): Scenario {
  return {
    ...s,
    services: Object.fromEntries(
      Object.entries(s.services).map(([name, svc]) => [name, { ...svc, runtime }]),
    ),
  };
}

const { scenario, loadChallenge, kept } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

describe('the pick-the-isolation challenge cannot be won by a shortcut', () => {
  const start = scenario('start.ts');
  const solution = scenario('solution.ts');
  const failing = (s: Scenario) => failedLabels(run(s, challenge.goals).goals);
  const bigHost = { cpu: 64, memory: '64Gi' };
  const PANIC = 'each panic takes down only its own copy';

  it('the start (VMs) is too slow and does not fit; the solution (microVMs) passes everything', () => {
    expect(start.services.acme.runtime).toBe('vm');
    expect(failing(start)).toEqual([
      'every copy ready within 3 s',
      'all 30 copies of acme running by 0:20',
      'all 30 copies of globex running by 0:20',
    ]);
    expect(solution.services.acme.runtime).toBe('microvm');
    expect(solution.services.globex.runtime).toBe('microvm');
    expect(failing(solution)).toEqual([]);
  });

  it('plain containers are fast and dense, but the panic takes the host and both tenants down', () => {
    expect(failing(as(start, 'container'))).toEqual([PANIC]);
    const r = run(as(start, 'container'));
    const lost = logEntries(r, 'instanceLost').map((e) => e.subject);
    expect(lost.some((name) => name.startsWith('globex'))).toBe(true);
    expect(lost.length).toBe(20);
  });

  it("microVMs for acme alone are not enough: globex's panic at 1:30 takes its host down", () => {
    const mixed: Scenario = {
      ...start,
      services: {
        acme: { ...start.services.acme, runtime: 'microvm' },
        globex: { ...start.services.globex, runtime: 'container' },
      },
    };
    expect(failing(mixed)).toEqual([PANIC]);
    const lost = logEntries(run(mixed), 'instanceLost').map((e) => e.subject);
    // The host's kernel takes acme's microVMs on it down with globex's containers.
    expect(lost.some((name) => name.startsWith('acme'))).toBe(true);
  });

  it('a fourth host, or bigger hosts, do not make VMs start in time', () => {
    const fourHosts = {
      ...start,
      hosts: [...(start.hosts ?? []), { name: 'host-4', cpu: 16, memory: '16Gi' }],
    };
    expect(failing(fourHosts)).toEqual(
      expect.arrayContaining(['every copy ready within 3 s', 'on the three hosts']),
    );
    const bigHosts = { ...start, hosts: start.hosts?.map((h) => ({ ...h, ...bigHost })) };
    expect(failing(bigHosts)).toContain('every copy ready within 3 s');
  });

  it('containers on bigger hosts still share one kernel', () => {
    const big = as(
      { ...start, hosts: start.hosts?.map((h) => ({ ...h, ...bigHost })) },
      'container',
    );
    expect(failing(big)).toEqual([PANIC]);
  });

  it('fewer copies per tenant fail the copy counts', () => {
    const fewer = {
      ...solution,
      faults: solution.faults?.map((f) => ('scale' in f ? { ...f, replicas: 16 } : f)),
    };
    expect(failing(fewer)).toEqual([
      'all 30 copies of acme running by 0:20',
      'all 30 copies of globex running by 0:20',
    ]);
  });

  it('VMs said to boot fast with no guest OS, or copies made smaller, are put back', () => {
    const both = (s: Scenario, changes: Partial<ServiceOptions>): Scenario => ({
      ...s,
      services: Object.fromEntries(
        Object.entries(s.services).map(([name, svc]) => [name, { ...svc, ...changes }]),
      ),
    });
    const checked = (s: Scenario) => failedLabels(run(kept(s, challenge), challenge.goals).goals);
    const tooSlow = [
      'every copy ready within 3 s',
      'all 30 copies of acme running by 0:20',
      'all 30 copies of globex running by 0:20',
    ];
    const quickVms = both(start, { boot: '1s', guestOsMemory: '1Mi' });
    expect(failing(quickVms)).toEqual([]);
    expect(checked(quickVms)).toEqual(tooSlow);
    const tinyVms = both(start, { boot: '1s', cpu: 0.01, memory: '1Mi' });
    expect(failing(tinyVms)).toEqual([]);
    expect(checked(tinyVms)).toEqual(tooSlow);
    expect(checked(solution)).toEqual([]);
  });

  it('removing the panic fails "the kernel panic still happens"', () => {
    const calm = as(
      { ...start, faults: start.faults?.filter((f) => !('panic' in f)) },
      'container',
    );
    expect(failing(calm)).toEqual(['the kernel panic still happens at 1:00']);
  });
});

describe('what the prose says is what the simulation shows', () => {
  it('one host of 16 GiB holds 16 VMs, 31 microVMs or 32 containers of a 512 MiB app', () => {
    const pack = scenario('pack.ts');
    expect(pack.services.web.runtime).toBe('container');
    const ready = (runtime: Runtime) => logEntries(run(as(pack, runtime)), 'instanceReady').length;
    expect(ready('vm')).toBe(16);
    expect(ready('microvm')).toBe(31);
    expect(ready('container')).toBe(32);
    const r = run(pack);
    expect(logEntries(r, 'instancePending').map((e) => e.subject)).toEqual(
      Array.from({ length: 8 }, (_, i) => `web-${33 + i}`),
    );
    expect(logEntries(r, 'instancePending')[0].detail.reason).toBe(
      'no node has 0.25 CPU and 512 MiB free',
    );
  });

  it('the start race: containers ready at 0:07.5 (119 failures), VMs at 0:46 (2,068)', () => {
    const containers = run(scenario('race-container.ts'));
    expect(logTimes(containers, 'imagePulled')).toEqual([6]);
    expect(logTimes(containers, 'instanceReady')).toEqual(Array(8).fill(7.5));
    expect(containers.traffic.users.failed).toBe(119);

    const vms = run(scenario('race-vm.ts'));
    expect(logTimes(vms, 'instanceReady')).toEqual(Array(8).fill(46));
    expect(vms.traffic.users.failed).toBe(2068);
    expect(vms.traffic.users.failed / vms.traffic.users.requests).toBeGreaterThan(0.74);

    const microvms = run(as(scenario('race-container.ts'), 'microvm'));
    expect(logTimes(microvms, 'instanceReady')).toEqual(Array(8).fill(7.125));
  });

  it("containers: acme-1's panic reboots host-1; globex is back at 1:41.5 after 1,259 failures", () => {
    const r = run(scenario('tenants-container.ts'));
    expect(logTimes(r, 'nodeRebooting', 'host-1')).toEqual([60]);
    expect(logEntries(r, 'nodeRebooting')[0].detail.instances).toBe(8);
    expect(logTimes(r, 'nodeReady', 'host-1')).toEqual([100]);
    const globexBack = logEntries(r, 'instanceReady').filter(
      (e) => e.subject.startsWith('globex') && e.t > 60_000,
    );
    expect(globexBack.map((e) => e.t / 1000)).toEqual([101.5, 101.5, 101.5, 101.5]);
    expect(r.traffic['globex-users'].failed).toBe(1259);
  });

  it('microVMs: only acme-1 reboots, back at 1:01.125, and no request fails', () => {
    const r = run(scenario('tenants-microvm.ts'));
    expect(logEntries(r, 'nodeRebooting')).toEqual([]);
    expect(logEntries(r, 'instanceLost')).toEqual([]);
    expect(logTimes(r, 'instanceRestarting')).toEqual([60]);
    expect(logTimes(r, 'instanceReady', 'acme-1')).toEqual([0, 61.125]);
    expect(r.traffic['acme-users'].failed).toBe(0);
    expect(r.traffic['globex-users'].failed).toBe(0);
  });
});
