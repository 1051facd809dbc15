import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import { lessonCatalog } from '../../../src/lessons/lessonCatalog.ts';
import type { ChallengePart } from '../../../src/lessons/lessonTypes.ts';
import { LANGS } from '../../../src/i18n/locale.svelte.ts';
import { checkGoals, failedLabels, lessonTestKit } from './lessonTestKit.ts';

const challenges: { lesson: string; lang: string; challenge: ChallengePart }[] = [];
for (const meta of lessonCatalog.lessons('en')) {
  for (const lang of LANGS) {
    const lesson = await lessonCatalog.load(meta.id, lang);
    for (const step of lesson?.steps ?? []) {
      for (const part of step.parts) {
        if (part.kind === 'challenge')
          challenges.push({ lesson: meta.id, lang: lesson?.lang ?? lang, challenge: part });
      }
    }
  }
}

describe('every lesson’s challenge is neither unwinnable nor free', () => {
  it('has challenges to check', () => {
    expect(challenges.length).toBeGreaterThan(0);
  });

  it.each(challenges.map((c) => [`${c.lesson} (${c.lang}) ${c.challenge.id}`, c] as const))(
    '%s: the start fails its goals, the solution passes them',
    (_name, { lesson, challenge }) => {
      const { scenario, kept } = lessonTestKit(lesson);
      const start = scenario(challenge.start);
      const solution = scenario(challenge.solution);
      const before = checkGoals(start, challenge.goals);
      expect(before.length).toBe(challenge.goals.length);
      expect(
        before.some((r) => !r.pass),
        JSON.stringify(before),
      ).toBe(true);
      // As the reader's run is checked: with the parts the challenge keeps taken from the start.
      const after = checkGoals(kept(solution, challenge), challenge.goals);
      expect(
        after.every((r) => r.pass),
        JSON.stringify(after),
      ).toBe(true);
    },
    // Each check simulates whole runs (lesson 1's is a week): seconds, not a budget.
    60_000,
  );
});

describe('the tour’s challenge cannot be won by a shortcut', () => {
  const tour = challenges.find((c) => c.lesson === 'start/tour' && c.lang === 'en')
    ?.challenge as ChallengePart;
  const start = lessonTestKit('start/tour').scenario('start.ts');
  const gateway = start.services.gateway;
  const failing = (scenario: Scenario) => failedLabels(checkGoals(scenario, tour.goals));

  it('removing the failure fails "node-1 still dies"', () => {
    expect(failing({ ...start, faults: [] })).toContain('node-1 still dies');
  });

  it('shortening the grace period fails "the control plane keeps its 50 s grace period"', () => {
    const quick = { ...start, cluster: { ...start.cluster, nodeGracePeriod: '1s' } };
    expect(failing(quick)).toEqual(['the control plane keeps its 50 s grace period']);
  });

  it('retries alone, or replicas alone, are not enough', () => {
    const retries = { ...gateway, calls: [{ to: 'web', timeout: '300ms', retries: 2 }] };
    expect(failing({ ...start, services: { ...start.services, gateway: retries } })).toContain(
      "users' error rate under 1%",
    );
    const many = {
      ...start,
      cluster: { nodes: 10 },
      services: { ...start.services, web: { ...start.services.web, replicas: 10 } },
    };
    expect(failing(many)).toEqual(
      expect.arrayContaining(["users' error rate under 1%", 'web uses under 15 instance-minutes']),
    );
  });

  it('a long timeout with retries fails the latency goal', () => {
    const slow = {
      ...start,
      cluster: { nodes: 4 },
      services: {
        gateway: { ...gateway, calls: [{ to: 'web', timeout: '2s', retries: 2 }] },
        web: { ...start.services.web, replicas: 4 },
      },
    };
    expect(failing(slow)).toEqual(["users' p99 latency under 1 s"]);
  });
});
