import { didYouMean } from '../scenario/didYouMean.ts';
import type { DirectiveFields } from './directiveFields.ts';
import { entityNames, findEntity } from './findEntity.ts';
import { VIEW_NAMES, type SimPart, type ViewName } from './lessonTypes.ts';
import type { ScenarioFiles } from './scenarioFiles.ts';

export const SIM_KEYS = [
  'scenario',
  'views',
  'service',
  'from',
  'to',
  'speed',
  'at',
  'highlight',
  'autoplay',
  'editable',
  'machine',
  'compare',
] as const;

const MIN_SPEED = 0.25;
const MAX_SPEED = 64;

/** A ```sim block: the simulation panel from this step on. Its scenarios are loaded and checked. */
export async function parseSimDirective(
  fields: DirectiveFields,
  scenarios: ScenarioFiles,
): Promise<SimPart> {
  const scenario = fields.string('scenario') ?? 'start.ts';
  const { spec } = await scenarios.load(scenario, fields, 'scenario');
  const names = entityNames(spec);

  const list = fields.list('views');
  if (!list || list.length === 0)
    fields.fail(list ? ['views'] : [], `"views" is required: a list from ${VIEW_NAMES.join(', ')}`);
  const views: ViewName[] = list.map((view, i) => {
    if (typeof view !== 'string' || !(VIEW_NAMES as readonly string[]).includes(view))
      fields.fail(
        ['views', i],
        `views: no view named ${JSON.stringify(view)}${didYouMean(String(view), VIEW_NAMES)}; known: ${VIEW_NAMES.join(', ')}`,
      );
    return view as ViewName;
  });
  views.forEach((view, i) => {
    if (views.indexOf(view) !== i) fields.fail(['views', i], `views: "${view}" is listed twice`);
  });

  const service = fields.string('service');
  if (service !== null) {
    const kind = findEntity(spec, service);
    if (kind !== 'service' && kind !== 'traffic')
      fields.fail(
        ['service'],
        `service: ${scenario} has no service or traffic source named "${service}"${didYouMean(service, [...spec.services.map((s) => s.name), ...spec.traffic.map((t) => t.name)])}`,
      );
  }

  const durationText = `${spec.durationMs / 1000}s`;
  const fromMs = fields.duration('from');
  const toMs = fields.duration('to');
  if (fromMs !== null && fromMs >= spec.durationMs)
    fields.fail(['from'], `from: ${scenario} lasts only ${durationText}`);
  if (toMs !== null && toMs > spec.durationMs)
    fields.fail(['to'], `to: ${scenario} lasts only ${durationText}`);
  if (fromMs !== null && toMs !== null && toMs <= fromMs)
    fields.fail(['to'], 'to: the window must end after it starts ("from")');
  const atMs = fields.duration('at') ?? fromMs ?? 0;
  if (atMs > spec.durationMs) fields.fail(['at'], `at: ${scenario} lasts only ${durationText}`);

  const speed = fields.number('speed', MIN_SPEED, MAX_SPEED) ?? 1;

  const highlight = fields.string('highlight');
  if (highlight !== null && findEntity(spec, highlight) === null)
    fields.fail(
      ['highlight'],
      `highlight: ${scenario} has nothing named "${highlight}"${didYouMean(highlight, names)}`,
    );

  const machine = fields.string('machine');
  if (machine !== null) {
    const kind = findEntity(spec, machine);
    if (kind === null || kind === 'traffic')
      fields.fail(
        ['machine'],
        `machine: ${scenario} has no node, instance, service or edge named "${machine}"${didYouMean(machine, names)}`,
      );
    if (!views.includes('statechart'))
      fields.fail(
        ['machine'],
        'machine: only the statechart view draws a machine; add it to views',
      );
  } else if (views.includes('statechart')) {
    fields.fail(
      ['views'],
      'views: the statechart view needs "machine:", the entity whose machine it draws',
    );
  }

  const compare = fields.string('compare');
  if (compare !== null) {
    if (!views.includes('ab'))
      fields.fail(
        ['compare'],
        'compare: only the A/B view compares two scenarios; add "ab" to views',
      );
    await scenarios.load(compare, fields, 'compare');
  } else if (views.includes('ab')) {
    fields.fail(['views'], 'views: the A/B view needs "compare:", the B scenario file');
  }

  return {
    kind: 'sim',
    scenario,
    views,
    service,
    fromMs,
    toMs,
    speed,
    atMs,
    highlight,
    autoplay: fields.boolean('autoplay') ?? false,
    editable: fields.boolean('editable') ?? true,
    machine,
    compare,
  };
}
