import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import type { Run } from '../../../src/sim/simulate.ts';
import { failedLabels, lessonTestKit, logEntries, run, withService } from './lessonTestKit.ts';

const LESSON = 'foundations/images';

type Steps = NonNullable<NonNullable<ServiceOptions['image']>['steps']>;

/** Seconds at which an instance became ready for the first time. */
function readyAt(r: Run, instance: string): number {
  return logEntries(r, 'instanceReady', instance)[0].t / 1000;
}

/** Each image pull as [instance, node, MiB]. */
function pulls(r: Run, from = 0, to = Infinity): [string, string, number][] {
  return logEntries(r, 'imagePulled')
    .filter((e) => e.t >= from * 1000 && e.t < to * 1000)
    .map((e) => [e.subject, String(e.detail.node), Number(e.detail.pulledMiB)]);
}

/** The build of a version, as the log reports it. */
function built(r: Run, version: string): Record<string, string | number> | undefined {
  return logEntries(r, 'imageBuilt').find((e) => e.detail.version === version)?.detail;
}

function withShop(s: Scenario, changes: Partial<ServiceOptions>): Scenario {
  return withService(s, 'shop', changes);
}

function withSteps(s: Scenario, steps: Steps): Scenario {
  return withShop(s, { image: { ...s.services.shop.image, steps } });
}

const { scenario, loadChallenge, kept } = lessonTestKit(LESSON);
const challenge = await loadChallenge();

describe('the small-and-cached challenge cannot be won by a shortcut', () => {
  const start = scenario('start.ts');
  const solution = scenario('solution.ts');
  // As the reader's run is checked: the kept parts put back from the start.
  const checked = (s: Scenario) => run(kept(s, challenge), challenge.goals);
  const failing = (s: Scenario) => failedLabels(checked(s).goals);
  const measured = (s: Scenario, label: string) =>
    checked(s).goals.find((g) => g.label === label)?.value;

  const REBUILT = 'the code change rebuilds one layer';
  const START = 'every new shop instance ready within 3 s';
  const REACHES = 'the changed code still reaches the nodes';
  const SCALES = 'the scale-out at 2:00 still adds instances';
  const INSTALLS = "the image still installs the shop's libraries";

  it('keeps the traffic, the faults, the cluster, the layer sizes and the shop’s start', () => {
    expect(challenge.keep).toEqual([
      'traffic',
      'faults',
      'cluster',
      'sizes',
      'services.shop.start',
      'services.shop.warmup',
      'services.shop.versions',
    ]);
  });

  it('declaring the known layers smaller is undone: sizes are the lesson’s', () => {
    const steps = scenario('good.ts').services.shop.image!.steps!;
    const smallLibraries = withSteps(start, [
      steps[0],
      steps[1],
      { run: 'npm ci', size: '60Mi', takes: '1s' },
      steps[3],
    ]);
    // Unchecked, 60 MiB of libraries would bring the new node under 3 s...
    const unchecked = run(smallLibraries, challenge.goals);
    expect(unchecked.goals.find((g) => g.label === START)?.pass).toBe(true);
    // ...but the challenge weighs `npm ci` at its 180 MiB.
    expect(failing(smallLibraries)).toEqual([START]);
    expect(measured(smallLibraries, START)).toBeCloseTo(4030, -1);
    const smallBase = withSteps(start, [
      { from: 'node:20-slim', size: '1Mi' },
      steps[1],
      steps[2],
      steps[3],
    ]);
    expect(failing(smallBase)).toEqual([START]);
    // The solution's own steps weigh what it says, whatever the reader writes.
    const solutionSteps = solution.services.shop.image!.steps!;
    const tinyOmitDev = withSteps(start, [
      steps[0],
      steps[1],
      { run: 'npm ci --omit=dev', size: '1Mi' },
      steps[3],
    ]);
    expect(measured(tinyOmitDev, START)).toBeCloseTo(2830, -1);
    expect(solutionSteps[2]).toMatchObject({ run: 'npm ci --omit=dev', size: '60Mi' });
  });

  it('leaving the libraries out fails "the image still installs the shop\'s libraries"', () => {
    const steps = scenario('good.ts').services.shop.image!.steps!;
    const noLibraries = withSteps(start, [steps[0], steps[1], steps[3]]);
    // Without its 180 MiB layer the image is small enough to pass on time...
    expect(measured(noLibraries, START)).toBeLessThan(3000);
    expect(failing(noLibraries)).toEqual([INSTALLS]);
    // ...and an install under another name is not the lesson's either.
    const other = withSteps(start, [steps[0], steps[1], { run: 'true', size: '1Mi' }, steps[3]]);
    expect(failing(other)).toEqual([INSTALLS]);
    // npm ci with options is still npm ci.
    expect(measured(solution, INSTALLS)).toBe(1);
  });

  it('an instant app start is undone: the shop still takes its 1.5 s', () => {
    const instant = { start: '0s', warmup: '0s' };
    const good = scenario('good.ts');
    const fast = withShop(good, {
      ...instant,
      versions: { v2: { ...good.services.shop.versions!.v2, ...instant } },
    });
    expect(measured(fast, START)).toBeCloseTo(4030, -1);
    expect(failing(fast)).toEqual([START]);
  });

  it('the start fails on layers and start time, the solution passes everything', () => {
    expect(failing(start)).toEqual([REBUILT, START]);
    expect(measured(start, REBUILT)).toBe(2);
    expect(measured(start, START)).toBeCloseTo(4030, -1);
    expect(failing(solution)).toEqual([]);
    expect(measured(solution, START)).toBeCloseTo(2830, -1);
  });

  it('reordering alone fixes the rebuild but not the new node', () => {
    expect(failing(scenario('good.ts'))).toEqual([START]);
    expect(measured(scenario('good.ts'), START)).toBeCloseTo(4030, -1);
  });

  it('smaller libraries alone still rebuild two layers', () => {
    const steps = start.services.shop.image!.steps!;
    const slimBadOrder = withSteps(start, [
      steps[0],
      steps[1],
      { run: 'npm ci --omit=dev', size: '60Mi', takes: '25s' },
    ]);
    expect(failing(slimBadOrder)).toEqual([REBUILT]);
  });

  it('removing the code change is undone by keep; unchecked it fails "the changed code still reaches the nodes"', () => {
    const noChange = withShop(solution, { versions: { v2: { image: { changed: [] } } } });
    const noImage = withShop(solution, { versions: { v2: {} } });
    for (const s of [noChange, noImage]) {
      expect(failedLabels(run(s, challenge.goals).goals)).toEqual([REACHES]);
      expect(failing(s)).toEqual([]);
    }
  });

  it('running the copies as VMs skips the pull and fails "the changed code still reaches the nodes"', () => {
    expect(failing(withShop(scenario('good.ts'), { runtime: 'microvm' }))).toEqual([REACHES]);
  });

  it('running six instances from the start fails "the scale-out still adds instances"', () => {
    const six = withShop(scenario('good.ts'), { replicas: 6 });
    expect(failing(six)).toEqual([SCALES]);
  });

  it('layers preloaded on the nodes are taken away again by keep', () => {
    const compiled = compileScenario(scenario('good.ts'));
    if (!compiled.ok) throw new Error('good.ts does not compile');
    const shop = compiled.spec.services.find((s) => s.name === 'shop')!;
    const preloaded = shop.versions.flatMap((v) => v.image.layers.map((layer) => layer.id));
    const node = { preloaded };
    const good = scenario('good.ts');
    const preloadedEverywhere: Scenario = {
      ...good,
      cluster: { nodes: [node, node, node].map((n, i) => ({ ...n, name: `node-${i + 1}` })) },
      faults: good.faults!.map((f) =>
        'addNode' in f ? { ...f, addNode: { ...f.addNode, ...node } } : f,
      ),
    };
    // Unchecked, the preloaded node-4 would start shop-7 without a pull...
    const unchecked = run(preloadedEverywhere, challenge.goals);
    expect(unchecked.goals.find((g) => g.label === START)?.pass).toBe(true);
    // ...but the challenge puts the start's cluster and faults back.
    expect(failing(preloadedEverywhere)).toEqual([START]);
  });

  it('dropping the deploy or the scale-out is undone by keep', () => {
    const noFaults = { ...scenario('good.ts'), faults: [] };
    expect(failedLabels(run(noFaults, challenge.goals).goals)).toEqual([START, REACHES, SCALES]);
    expect(failing(noFaults)).toEqual([START]);
  });
});

describe('the numbers the lesson states', () => {
  it('start.ts: the change rebuilds 2 of 3 layers, 183 MiB, 40 s', () => {
    const r = run(scenario('start.ts'));
    expect(built(r, 'v2')).toMatchObject({ rebuilt: 2, layers: 3, took: '40s', pushedMiB: 183 });
    const compiled = compileScenario(scenario('start.ts'));
    if (!compiled.ok) throw new Error('start.ts does not compile');
    const sizes = compiled.spec.services[0].versions[0].image.layers.map((l) => l.sizeMiB);
    expect(sizes).toEqual([70, 3, 180]);
  });

  it('start.ts: every node pulls 183 MiB in the rollout, which completes at 0:40.07', () => {
    const r = run(scenario('start.ts'));
    expect(pulls(r, 30, 60)).toEqual([
      ['shop-4', 'node-2', 183],
      ['shop-5', 'node-1', 183],
      ['shop-6', 'node-3', 183],
    ]);
    expect(readyAt(r, 'shop-4')).toBeCloseTo(33.33, 2);
    expect(logEntries(r, 'rolloutComplete')[0].t / 1000).toBeCloseTo(40.07, 2);
  });

  it('good.ts: 1 of 4 layers, 2 MiB in 10 ms; pulls of 2 MiB; rollout done at 0:34.57', () => {
    const r = run(scenario('good.ts'));
    expect(built(r, 'v2')).toMatchObject({ rebuilt: 1, layers: 4, took: '10ms', pushedMiB: 2 });
    expect(pulls(r, 30, 60).map(([, , mib]) => mib)).toEqual([2, 2, 2]);
    for (const e of logEntries(r, 'instanceCreated').filter((x) => x.t >= 30_000 && x.t < 60_000)) {
      expect(readyAt(r, e.subject) - e.t / 1000).toBeCloseTo(1.52, 2);
    }
    expect(logEntries(r, 'rolloutComplete')[0].t / 1000).toBeCloseTo(34.57, 2);
  });

  it('good.ts: node-4 is ready at 1:40; shop-7 pulls 253 MiB there and is ready at 2:04.03', () => {
    const r = run(scenario('good.ts'));
    expect(logEntries(r, 'nodeReady', 'node-4')[0].t / 1000).toBe(100);
    expect(pulls(r, 110)).toEqual([['shop-7', 'node-4', 253]]);
    expect(readyAt(r, 'shop-7')).toBeCloseTo(124.03, 2);
    expect(readyAt(r, 'shop-8')).toBeCloseTo(121.5, 2);
    expect(readyAt(r, 'shop-9')).toBeCloseTo(121.5, 2);
  });

  it('solution.ts: node-4 pulls 133 MiB', () => {
    const r = run(scenario('solution.ts'));
    expect(pulls(r, 110)).toEqual([['shop-7', 'node-4', 133]]);
    expect(readyAt(r, 'shop-7')).toBeCloseTo(122.83, 2);
  });

  it('shared.ts: admin pulls 43 MiB next to the shop and 113 MiB on the empty node', () => {
    const r = run(scenario('shared.ts'));
    expect(pulls(r)).toEqual([
      ['admin-2', 'node-1', 43],
      ['admin-1', 'node-4', 113],
    ]);
    expect(readyAt(r, 'admin-2')).toBeCloseTo(21.93, 2);
    expect(readyAt(r, 'admin-1')).toBeCloseTo(22.63, 2);
  });
});
