// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLessonMarkdown } from '../../../src/lessons/createLessonMarkdown.ts';
import { DirectiveFields } from '../../../src/lessons/directiveFields.ts';
import {
  CHALLENGE_KEYS,
  parseChallengeDirective,
  parseErrorPath,
} from '../../../src/lessons/parseChallengeDirective.ts';
import { parseYamlBlock } from '../../../src/lessons/parseYamlBlock.ts';
import { scenarioFiles } from '../../../src/lessons/scenarioFiles.ts';

const worlds: Record<string, unknown> = {
  '/l/start.ts': { services: { web: {} }, traffic: { users: { to: 'web', rate: 1 } } },
  '/l/solution.ts': {
    services: { web: { replicas: 2 } },
    traffic: { users: { to: 'web', rate: 1 } },
  },
  '/l/broken.ts': { services: { web: { calls: ['nowhere'] } } },
};
const challenge = (yaml: string) =>
  parseChallengeDirective(
    DirectiveFields.read(
      'challenge',
      parseYamlBlock(yaml, 'f.md', 2, 1),
      'f.md',
      1,
      CHALLENGE_KEYS,
    ),
    createLessonMarkdown(),
    scenarioFiles(
      '/l',
      async (path) => ({ default: worlds[path] }),
      (path) => path in worlds,
    ),
  );

describe('parseErrorPath', () => {
  it('reads the paths compileScenario reports', () => {
    expect(parseErrorPath('goals[1].latency')).toEqual(['goals', 1, 'latency']);
    expect(parseErrorPath('services["my-api"].calls[0].to')).toEqual([
      'services',
      'my-api',
      'calls',
      0,
      'to',
    ]);
    expect(parseErrorPath('')).toEqual([]);
  });
});

describe('parseChallengeDirective', () => {
  it('keeps the goals as written, labels included', async () => {
    const part = await challenge(
      'id: c\ngoal: G\ngoals:\n  - noLoss: users\n    label: nobody fails',
    );
    expect(part.goals).toEqual([{ noLoss: 'users', label: 'nobody fails' }]);
    expect(part.hintHtml).toBeNull();
  });

  it('keeps parts of the start for the reader’s run, and checks the solution with them', async () => {
    const part = await challenge(
      'id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep: [traffic, services.web]',
    );
    expect(part.keep).toEqual(['traffic', 'services.web']);
    // Nothing kept: an empty list.
    expect((await challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users')).keep).toEqual([]);
  });

  it('says which parts cannot be kept, at their line', async () => {
    await expect(
      challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep:\n  - traffic\n  - goals'),
    ).rejects.toThrow(/^f\.md:8: challenge block: keep\[1\]: "goals" cannot be kept/);
    await expect(
      challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep: [services.nowhere]'),
    ).rejects.toThrow(/keep\[0\]: the start scenario has no service named "nowhere"/);
    await expect(
      challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep: [services.nowhere.work]'),
    ).rejects.toThrow(/keep\[0\]: the start scenario has no service named "nowhere"/);
    await expect(
      challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep: [services.*.memroy]'),
    ).rejects.toThrow(/keep\[0\]: a service has no setting named "memroy"/);
  });

  it('keeps settings of services, sizes and machines', async () => {
    const keep = ['services.web.work', 'services.*.memory', 'sizes', 'machines'];
    expect(
      (await challenge(`id: c\ngoal: G\ngoals:\n  - noLoss: users\nkeep: [${keep}]`)).keep,
    ).toEqual(keep);
  });

  it('reports a broken goal at its line, and a broken start at the start key', async () => {
    await expect(challenge('id: c\ngoal: G\ngoals:\n  - costBelow: cheap')).rejects.toThrow(
      /^f\.md:5: challenge block: goals\[0\]/,
    );
    await expect(
      challenge('id: c\ngoal: G\ngoals:\n  - noLoss: users\nstart: broken.ts'),
    ).rejects.toThrow(
      /^f\.md:6: challenge block: start: broken\.ts: services\.web\.calls\[0\]: no service named "nowhere"/,
    );
  });
});
