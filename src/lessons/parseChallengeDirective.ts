import { compileScenario } from '../scenario/compileScenario.ts';
import type { Goal, Scenario } from '../scenario/scenario.ts';
import type { DirectiveFields } from './directiveFields.ts';
import type { LessonMarkdown } from './createLessonMarkdown.ts';
import type { ChallengePart } from './lessonTypes.ts';
import { isServiceSetting, KEEPABLE, keepParts } from './keepParts.ts';
import type { LoadedScenario, ScenarioFiles } from './scenarioFiles.ts';

export const CHALLENGE_KEYS = ['id', 'goal', 'goals', 'keep', 'start', 'solution', 'hint'] as const;

/** `goals[0].latency` → `['goals', 0, 'latency']`. */
export function parseErrorPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    keys.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(`"${m[3]}"`) as string)));
  }
  return keys;
}

/** Compiles a scenario with the challenge's goals in place of its own, failing at the goal's line. */
function checkGoals(
  fields: DirectiveFields,
  loaded: LoadedScenario,
  goals: unknown[],
  key: string,
): void {
  const compiled = compileScenario({ ...(loaded.scenario as object), goals });
  if (compiled.ok) return;
  const error = compiled.errors[0];
  const more = compiled.errors.length > 1 ? ` (and ${compiled.errors.length - 1} more)` : '';
  const path = parseErrorPath(error.path);
  if (path[0] === 'goals') {
    fields.fail(
      path,
      `${error.path}: ${error.message}${key === 'solution' ? ` (in ${loaded.name})` : ''}${more}`,
    );
  }
  fields.fail([key], `${key}: ${loaded.name}: ${error.path}: ${error.message}${more}`);
}

/**
 * A ```challenge block: a goal in words, the goals a run must meet (checked
 * here against the start and solution scenarios, so a misspelt name fails the
 * build), the parts of the start scenario the reader's run keeps (`keep`), the
 * two scenario files and a hint.
 */
export async function parseChallengeDirective(
  fields: DirectiveFields,
  md: LessonMarkdown,
  scenarios: ScenarioFiles,
): Promise<ChallengePart> {
  const id = fields.id();
  const goal = fields.string('goal', true) as string;
  const goals = fields.list('goals');
  if (!goals || goals.length === 0)
    fields.fail(goals ? ['goals'] : [], '"goals" is required: a list of goals, as in a scenario');
  const startName = fields.string('start') ?? 'start.ts';
  const solutionName = fields.string('solution') ?? 'solution.ts';
  if (startName === solutionName)
    fields.fail(['solution'], 'solution: the solution must be another file than the start');
  const keep = fields.list('keep') ?? [];
  const start = await scenarios.load(startName, fields, 'start');
  keep.forEach((part, i) => {
    if (typeof part !== 'string' || !KEEPABLE.test(part))
      fields.fail(
        ['keep', i],
        `keep[${i}]: ${JSON.stringify(part)} cannot be kept: name traffic, faults, duration, seed, cluster, hosts, machines, sizes, services.<name> or services.<name or *>.<setting>`,
      );
    const [, name, setting] = /^services\.([^.]+)(?:\.(.+))?$/.exec(part) ?? [];
    if (name !== undefined && name !== '*' && !(name in (start.scenario as Scenario).services))
      fields.fail(['keep', i], `keep[${i}]: the start scenario has no service named "${name}"`);
    if (setting !== undefined && !isServiceSetting(setting))
      fields.fail(['keep', i], `keep[${i}]: a service has no setting named "${setting}"`);
  });
  checkGoals(fields, start, goals, 'start');
  const solution = await scenarios.load(solutionName, fields, 'solution');
  // The solution is checked as the reader's run will be: with the kept parts of the start.
  checkGoals(
    fields,
    {
      ...solution,
      scenario: keepParts(
        solution.scenario as Scenario,
        start.scenario as Scenario,
        keep as string[],
        solution.scenario as Scenario,
      ),
    },
    goals,
    'solution',
  );
  const hint = fields.string('hint');
  return {
    kind: 'challenge',
    id,
    goalHtml: md.block(goal),
    goals: goals as Goal[],
    keep: keep as string[],
    start: startName,
    solution: solutionName,
    hintHtml: hint === null ? null : md.block(hint),
  };
}
