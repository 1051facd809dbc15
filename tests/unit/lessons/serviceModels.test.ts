import { describe, expect, it } from 'vitest';
import { seek } from '../../../src/sim/simulate.ts';
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
