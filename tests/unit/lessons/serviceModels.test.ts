import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import { seek, simulate, type Run } from '../../../src/sim/simulate.ts';
import { keepParts } from '../../../src/lessons/keepParts.ts';
import type { ChallengePart } from '../../../src/lessons/lessonTypes.ts';
import {
  STACK_LAYERS,
  responsibilityStack,
  type CloudModel,
  type StackLayer,
} from '../../../src/views/responsibilityStack.ts';
import { lessonTestKit, part, runSeekable } from './lessonTestKit.ts';

const LESSON = 'foundations/service-models';
const { scenario, load } = lessonTestKit(LESSON);
await load('en');

/** The layers the customer manages in a model, as the stack view computes them. */
function yours(model: CloudModel): StackLayer[] {
  return responsibilityStack(model)
    .filter((r) => r.manager === 'customer')
    .map((r) => r.layer);
}

describe('the stack as the prose describes it (the stack view’s own computation)', () => {
  it('on premises all nine layers are yours', () => {
    expect(STACK_LAYERS).toHaveLength(9);
    expect(yours('onPremises')).toEqual([...STACK_LAYERS]);
  });

  it('IaaS: the provider runs networking to virtualization, you the OS and up', () => {
    expect(yours('iaas')).toEqual(['os', 'middleware', 'runtime', 'data', 'application']);
  });

  it('PaaS: seven layers are the provider’s, the data and the application yours', () => {
    expect(yours('paas')).toEqual(['data', 'application']);
  });

  it('SaaS: eight layers are the provider’s, the data stays yours', () => {
    expect(yours('saas')).toEqual(['data']);
  });
});

describe('the prediction “under PaaS, which layers are still yours?”', () => {
  it.each(['en', 'zh'] as const)(
    'its right answer is the data and the application (%s)',
    async (lang) => {
      const predict = part(await load(lang), 'predict', 'paas-yours');
      expect(predict.choices.map((c) => c.correct)).toEqual([false, true, false, false]);
    },
  );
});

/** The layer each incident of the "who acts" quiz hits, in the order of its items. */
const INCIDENT_LAYERS: StackLayer[] = [
  'os', // a kernel security patch
  'runtime', // the runtime reaches end of life
  'storage', // a disk fails in the provider's server
  'data', // a password leaks: accounts and access, kept with the data
  'application', // a library bundled into the application
];

/** The quiz's choices, in order: the set of models in which acting is the customer's. */
const ACTING_SETS: CloudModel[][] = [[], ['iaas'], ['iaas', 'paas'], ['iaas', 'paas', 'saas']];

describe('the “who has to act” quiz agrees with the stack', () => {
  it.each(['en', 'zh'] as const)('every answer is where the layer is yours (%s)', async (lang) => {
    const quiz = part(await load(lang), 'quiz', 'who-acts');
    expect(quiz.items).toHaveLength(INCIDENT_LAYERS.length);
    quiz.items.forEach((item, i) => {
      expect(item.choices).toHaveLength(ACTING_SETS.length);
      const acting = (['iaas', 'paas', 'saas'] as const).filter((m) =>
        yours(m).includes(INCIDENT_LAYERS[i]),
      );
      expect(ACTING_SETS[item.answer], item.html).toEqual(acting);
    });
  });

  it('the English items are the incidents the test maps to layers', async () => {
    const items = part(await load('en'), 'quiz', 'who-acts').items.map((i) => i.html);
    expect(items[0]).toMatch(/kernel/);
    expect(items[1]).toMatch(/runtime.*end of life/);
    expect(items[2]).toMatch(/disk fails/);
    expect(items[3]).toMatch(/password/);
    expect(items[4]).toMatch(/library bundled into your application/);
  });
});

describe('the “place the services” quiz follows REFERENCE.md', () => {
  // REFERENCE.md §1 and §6: EC2 (you patch its OS) is IaaS; S3 is object storage, an
  // infrastructure building block grouped with IaaS, not SaaS; Google Docs and Office 365
  // are SaaS; a platform running your code on its runtime is PaaS (NIST's definition).
  const expected: [RegExp, string][] = [
    [/Amazon EC2/, 'IaaS'],
    [/Amazon S3/, 'IaaS'],
    [/Google Docs/, 'SaaS'],
    [/push your code/, 'PaaS'],
    [/Office 365/, 'SaaS'],
  ];

  it('every item has the right model, and S3 is not SaaS', async () => {
    const quiz = part(await load('en'), 'quiz', 'place-services');
    expect(quiz.items.map((i) => i.html)).toHaveLength(expected.length);
    quiz.items.forEach((item, i) => {
      expect(item.html).toMatch(expected[i][0]);
      expect(item.choices).toEqual(['IaaS', 'PaaS', 'SaaS']);
      expect(item.choices[item.answer], item.html).toBe(expected[i][1]);
    });
    const s3 = quiz.items.find((i) => /S3/.test(i.html))!;
    expect(s3.choices[s3.answer]).not.toBe('SaaS');
  });

  it('the Chinese quiz has the same answers', async () => {
    const en = part(await load('en'), 'quiz', 'place-services');
    const zh = part(await load('zh'), 'quiz', 'place-services');
    expect(zh.items.map((i) => i.choices[i.answer])).toEqual(
      en.items.map((i) => i.choices[i.answer]),
    );
  });
});

describe('the pool the control-plane step shows', () => {
  it('two VMs on each physical server, one web replica on each VM (none on the servers)', () => {
    const run = runSeekable(scenario('pool.ts'));
    const world = seek(run, 30_000);
    const hostOf = Object.fromEntries(
      world.nodes.filter((n) => n.kind === 'vm').map((n) => [n.name, n.host]),
    );
    expect(hostOf).toEqual({
      'node-1': 'host-1',
      'node-2': 'host-1',
      'node-3': 'host-2',
      'node-4': 'host-2',
    });
    const web = world.instances.filter((i) => i.service === 'web' && i.ready);
    expect(web.map((i) => i.node).sort()).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
  });
});

describe('the patch challenge cannot be won by a shortcut', async () => {
  const lesson = await load('en');
  const challenge = lesson.steps
    .flatMap((step) => step.parts)
    .find((p) => p.kind === 'challenge' && p.id === 'patch-the-fleet') as ChallengePart;
  const start = scenario('patch.ts');
  const solution = scenario('patch-solution.ts');
  const ERRORS = 'fewer than 1 request in 1,000 fails';
  const PATCHED = 'every VM runs the patched kernel by 4:00';

  /** The labels of the goals a reader's scenario fails, checked as the challenge checks it. */
  const failing = (reader: Scenario, keep = challenge.keep) => {
    const kept = keepParts(reader, start, keep, solution);
    const compiled = compileScenario({ ...kept, goals: challenge.goals });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const run = simulate(compiled.spec, { checkpoints: false });
    expect(run.stopped).toBeNull();
    return run.goals.filter((g) => !g.pass).map((g) => g.label);
  };
  const withWeb = (changes: Partial<ServiceOptions>): Scenario => ({
    ...start,
    services: { ...start.services, web: { ...start.services.web, ...changes } },
  });

  it('keeps the traffic, the patch and what a VM is', () => {
    expect(challenge.keep).toEqual([
      'duration',
      'traffic',
      'faults',
      'services.web.runtime',
      'services.web.boot',
      'services.web.cpu',
      'services.web.work',
      'services.web.versions',
    ]);
  });

  it('the start patches every VM but loses requests; the solution passes', () => {
    expect(failing(start)).toEqual([ERRORS]);
    expect(failing(solution)).toEqual([]);
  });

  it('more VMs, still restarted all at once, still lose requests', () => {
    expect(failing(withWeb({ replicas: 6 }))).toEqual([ERRORS]);
  });

  it('deleting the patch is undone by keep; without keep it fails the patch goal', () => {
    const unpatched: Scenario = { ...withWeb({ versions: {} }), faults: [] };
    expect(failing(unpatched)).toEqual([ERRORS]);
    expect(failing(unpatched, [])).toEqual([PATCHED]);
  });

  it('VMs that boot instantly, or microVMs instead of VMs, are undone by keep', () => {
    expect(failing(withWeb({ boot: '0s' }))).toEqual([ERRORS]);
    expect(failing(withWeb({ runtime: 'microvm' }))).toEqual([ERRORS]);
  });

  it('no spare (one VM down at a time) loses requests, bigger VMs or not', () => {
    const noSpare = { rollout: { maxSurge: 0, maxUnavailable: 1 } };
    expect(failing(withWeb(noSpare))).toEqual([ERRORS]);
    expect(failing(withWeb({ ...noSpare, cpu: 2 }))).toEqual([ERRORS]);
  });

  it('patching three at once with three spares passes too', () => {
    expect(failing(withWeb({ rollout: { maxSurge: 3, maxUnavailable: 0 } }))).toEqual([]);
  });
});

describe('the patch step’s numbers are what the simulation shows', () => {
  const run = (file: string, changes: Partial<ServiceOptions> = {}): Run => {
    const s = scenario(file);
    const compiled = compileScenario({
      ...s,
      services: { ...s.services, web: { ...s.services.web, ...changes } },
    });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const result = simulate(compiled.spec, { checkpoints: false });
    expect(result.stopped).toBeNull();
    return result;
  };
  const times = (r: Run, kind: string) =>
    r.out.log.filter((e) => e.kind === kind).map((e) => e.t / 1000);

  it('three VMs on two hosts answer 180 requests a second', () => {
    const s = scenario('patch.ts');
    expect(s.hosts).toHaveLength(2);
    expect(s.services.web).toMatchObject({ runtime: 'vm', replicas: 3, boot: '40s' });
    expect(s.traffic?.users.rate).toBe(180);
    expect(s.faults).toEqual([{ at: '1m', deploy: 'web', version: 'patched' }]);
  });

  it('all at once: every VM stops at 1:00, none is back for 41 s, 7,381 requests fail', () => {
    const r = run('patch.ts');
    const stopped = times(r, 'instanceStopped');
    expect(stopped).toHaveLength(3);
    for (const t of stopped) expect(t).toBeCloseTo(60, 0);
    expect(times(r, 'instanceReady').filter((t) => t > 0)).toEqual([101, 101, 101]);
    expect(r.traffic.users.failed).toBe(7_381);
    expect(r.traffic.users.failedBy.unavailable).toBe(7_381);
  });

  it('two VMs alone cannot keep up: one down at a time makes requests time out', () => {
    const r = run('patch.ts', { rollout: { maxSurge: 0, maxUnavailable: 1 } });
    expect(r.traffic.users.failedBy.timeout).toBeGreaterThan(1_000);
  });

  it('the solution loses no request', () => {
    expect(run('patch-solution.ts').traffic.users.failed).toBe(0);
  });
});
