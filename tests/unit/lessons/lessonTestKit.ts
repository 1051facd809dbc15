import { expect } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import type { Goal, Scenario, ServiceOptions } from '../../../src/scenario/scenario.ts';
import type { GoalResult } from '../../../src/sim/goals.ts';
import type { LogEntry } from '../../../src/sim/logEntry.ts';
import { simulate, type Run } from '../../../src/sim/simulate.ts';
import { keepParts } from '../../../src/lessons/keepParts.ts';
import { lessonCatalog } from '../../../src/lessons/lessonCatalog.ts';
import type {
  ChallengePart,
  Lesson,
  LessonLang,
  PredictPart,
  QuizPart,
} from '../../../src/lessons/lessonTypes.ts';

/*
 * What the tests of the course's lessons share: finding a lesson's scenarios and parts,
 * running scenarios headless as the player would, and reading the runs.
 */

/** Lookups in one lesson of the course (`'foundations/elasticity'`). */
export interface LessonTestKit {
  /**
   * The lesson's scenario file `file` (`'start.ts'`); throws when there is none. The lesson
   * must be loaded first (`load`, `loadChallenge`, or `lessonCatalog.loadScenarios`).
   */
  scenario(file: string): Scenario;
  /** The lesson in `lang`, with its scenarios; throws when it is missing or not in `lang`. */
  load(lang: LessonLang): Promise<Lesson>;
  /** The first challenge of the English lesson (which this loads, with its scenarios). */
  loadChallenge(): Promise<ChallengePart>;
  /**
   * `s` as the reader's run is checked: the parts `challenge` keeps put back from its start
   * scenario (and, for `sizes`, its solution). See keepParts.
   */
  kept(s: Scenario, challenge: ChallengePart): Scenario;
}

/** The test kit of the lesson `lesson` of lessonCatalog. */
export function lessonTestKit(lesson: string): LessonTestKit {
  const scenario = (file: string): Scenario => {
    const found = lessonCatalog.scenario(lesson, file);
    if (!found) throw new Error(`missing scenario ${file}`);
    return found;
  };
  return {
    scenario,
    async load(lang) {
      const loaded = await lessonCatalog.load(lesson, lang);
      if (!loaded || loaded.lang !== lang) throw new Error(`missing lesson ${lesson} (${lang})`);
      return loaded;
    },
    async loadChallenge() {
      const loaded = await lessonCatalog.load(lesson, 'en');
      const found = loaded?.steps
        .flatMap((step) => step.parts)
        .find((p): p is ChallengePart => p.kind === 'challenge');
      if (!found) throw new Error(`no challenge in ${lesson}`);
      return found;
    },
    kept(s, challenge) {
      return keepParts(s, scenario(challenge.start), challenge.keep, scenario(challenge.solution));
    },
  };
}

type NamedPart = PredictPart | QuizPart | ChallengePart;

/** The part of `kind` with the id `id` in a loaded lesson; throws when there is none. */
export function part<K extends NamedPart['kind']>(
  lesson: Lesson,
  kind: K,
  id: string,
): Extract<NamedPart, { kind: K }> {
  for (const step of lesson.steps)
    for (const p of step.parts)
      if (p.kind === kind && p.id === id) return p as Extract<NamedPart, { kind: K }>;
  throw new Error(`no ${kind} ${id} in ${lesson.lang}`);
}

function simulated(s: Scenario, goals: Goal[], checkpoints: boolean): Run {
  const compiled = compileScenario({ ...s, goals });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const result = simulate(compiled.spec, { checkpoints });
  expect(result.stopped).toBeNull();
  return result;
}

/**
 * Runs `s` headless with `goals` in place of its own (none by default) and expects the run
 * not to stop early; throws when it does not compile. Keeps no checkpoints: use
 * `runSeekable` to `seek` in the run.
 */
export function run(s: Scenario, goals: Goal[] = []): Run {
  return simulated(s, goals, false);
}

/** `run`, keeping the checkpoints that `seek` needs. */
export function runSeekable(s: Scenario, goals: Goal[] = []): Run {
  return simulated(s, goals, true);
}

/**
 * A `run` that simulates each scenario (or each `key`, when one is given) once and
 * returns the same run after: for slow runs (a simulated day or week) that several tests read.
 */
export function runOnce(): (s: Scenario, goals?: Goal[], key?: unknown) => Run {
  const runs = new Map<unknown, Run>();
  return (s, goals = [], key = s) => {
    const cached = runs.get(key);
    if (cached) return cached;
    const result = run(s, goals);
    runs.set(key, result);
    return result;
  };
}

/**
 * Runs `s` with `goals` (a challenge's) checked besides its own, as the player checks a
 * reader's run, and expects it not to stop early; the results of `goals` alone.
 */
export function checkGoals(s: Scenario, goals: Goal[]): GoalResult[] {
  const world = compileScenario(s);
  const withGoals = compileScenario({ ...s, goals });
  if (!world.ok || !withGoals.ok) throw new Error('the scenario or its goals do not compile');
  const result = simulate(world.spec, { goals: withGoals.spec.goals, checkpoints: false });
  expect(result.stopped).toBeNull();
  return result.goals.slice(world.spec.goals.length);
}

/** The labels of the goals that did not pass, in order. */
export function failedLabels(results: readonly GoalResult[]): string[] {
  return results.filter((g) => !g.pass).map((g) => g.label);
}

/** The log entries of one kind (and subject, when given). */
export function logEntries(r: Run, kind: LogEntry['kind'], subject?: string): LogEntry[] {
  return r.out.log.filter(
    (e) => e.kind === kind && (subject === undefined || e.subject === subject),
  );
}

/** The times in seconds of the log entries of one kind (and subject, when given). */
export function logTimes(r: Run, kind: LogEntry['kind'], subject?: string): number[] {
  return logEntries(r, kind, subject).map((e) => e.t / 1000);
}

/** A copy of `s` with `changes` made to its service `name`. */
export function withService(s: Scenario, name: string, changes: Partial<ServiceOptions>): Scenario {
  return { ...s, services: { ...s.services, [name]: { ...s.services[name], ...changes } } };
}

const sum = (xs: readonly number[], from: number, to: number) =>
  xs.slice(from, to).reduce((a, b) => a + b, 0);

/** The requests a traffic source sent, and of those the failed and degraded ones, in samples [from, to). */
export function trafficBetween(r: Run, source: string, from: number, to: number) {
  const t = r.out.traffic[source];
  let failed = 0;
  for (const perCause of Object.values(t.failed)) failed += sum(perCause, from, to);
  return { sent: sum(t.sent, from, to), failed, degraded: sum(t.degraded, from, to) };
}
