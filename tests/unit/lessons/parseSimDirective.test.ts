// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import { VIEW_NAMES } from '../../../src/lessons/lessonTypes.ts';
import { SIM_KEYS, parseSimDirective } from '../../../src/lessons/parseSimDirective.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';
import { scenarioFiles } from '../../../src/lessons/scenarioFiles.ts';

const scenario = {
  duration: '2m',
  services: { web: { replicas: 2 } },
  traffic: { users: { to: 'web', rate: 5 } },
};
const files = () =>
  scenarioFiles(
    '/l',
    async () => ({ default: scenario }),
    () => true,
  );
const sim = (yaml: string) =>
  parseSimDirective(
    DirectiveFields.read('sim', parseYamlBlock(yaml, 'f.md', 2, 1), 'f.md', 1, SIM_KEYS),
    files(),
  );

describe('parseSimDirective', () => {
  it('defaults the scenario to start.ts and the start time to the window’s start', async () => {
    expect(await sim('views: [charts]\nservice: web\nfrom: 30s')).toEqual({
      kind: 'sim',
      scenario: 'start.ts',
      views: ['charts'],
      service: 'web',
      fromMs: 30_000,
      toMs: null,
      speed: 1,
      atMs: 30_000,
      highlight: null,
      autoplay: false,
      editable: true,
      machine: null,
      compare: null,
    });
  });

  it('lets a step keep its scenario out of the editor', async () => {
    expect((await sim('views: [log]\neditable: false')).editable).toBe(false);
    await expect(sim('views: [log]\neditable: maybe')).rejects.toThrow('editable');
  });

  it('knows every view', async () => {
    const part = await sim(`views: [${VIEW_NAMES.join(', ')}]\nmachine: web-1\ncompare: other.ts`);
    expect(part.views).toEqual([...VIEW_NAMES]);
  });

  it('rejects views listed twice and times past the end', async () => {
    await expect(sim('views: [log, log]')).rejects.toThrow(
      'f.md:2: sim block: views: "log" is listed twice',
    );
    await expect(sim('views: [log]\nto: 3m')).rejects.toThrow('to: start.ts lasts only 120s');
    await expect(sim('views: [log]\nat: 3m')).rejects.toThrow('at: start.ts lasts only 120s');
    await expect(sim('views: [statechart]\nmachine: users')).rejects.toThrow(
      'no node, instance, service or edge named "users"',
    );
  });
});
