/**
 * What a lesson compiles to. `lessonPlugin` turns `lessons/<part>/<lesson>/index.md`
 * (and `index.zh.md`) into these objects at build time, so the page receives
 * checked, sanitised data and never parses markdown itself. The directive
 * syntax that produces them is described in docs/authoring.md.
 */
import type { Goal } from '../scenario/scenario.ts';
import type { WorldSpec } from '../sim/worldSpec.ts';

/** The languages a lesson can be written in (`index.md` is English, `index.zh.md` Chinese). */
export type LessonLang = 'en' | 'zh';

/** The views a `sim` block can place in the simulation panel. */
export const VIEW_NAMES = [
  'cluster',
  'graph',
  'charts',
  'statechart',
  'log',
  'traces',
  'stack',
  'image',
  'ab',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** Prose: sanitised HTML. */
export interface HtmlPart {
  kind: 'html';
  html: string;
}

/**
 * The simulation panel, from the step where the `sim` block stands to the step
 * before the next one. Scenario files are named as they lie beside the lesson
 * (`'start.ts'`); times are simulated milliseconds.
 */
export interface SimPart {
  kind: 'sim';
  /** The scenario to run, a file beside the lesson. */
  scenario: string;
  /** The views to show, in order. */
  views: ViewName[];
  /** The service or traffic source the charts show, or null for the view's own choice. */
  service: string | null;
  /** Time window the views focus on (ms), or null for the whole run. */
  fromMs: number | null;
  toMs: number | null;
  /** Playback speed, simulated seconds per wall second (0.25 to 64). */
  speed: number;
  /** Where playback starts (ms). */
  atMs: number;
  /** An entity to point out: a node, service, instance, traffic source or edge (`a→b`). */
  highlight: string | null;
  /** Start playing as soon as the step is shown. */
  autoplay: boolean;
  /** Whose state machine the statechart view draws (a node, instance, service or edge). */
  machine: string | null;
  /** The B scenario of the A/B view (A is `scenario`), a file beside the lesson. */
  compare: string | null;
  /**
   * Whether the reader may open the scenario in the editor (default true). False hides
   * it, for a step whose point is to find out from the views what the file would say.
   */
  editable: boolean;
}

/** A choice of a prediction question. */
export interface PredictChoice {
  /** Inline HTML. */
  html: string;
  correct: boolean;
}

/** "What do you think will happen?": the reader chooses, runs, then reads the explanation. */
export interface PredictPart {
  kind: 'predict';
  id: string;
  questionHtml: string;
  /** At least two, exactly one of them correct. */
  choices: PredictChoice[];
  /** Shown once the reader has chosen and the run has played. */
  explainHtml: string;
}

/** A challenge: change the start scenario until every goal passes. */
export interface ChallengePart {
  kind: 'challenge';
  id: string;
  /** The goal in words. */
  goalHtml: string;
  /** The goals checked against the reader's run, as in a scenario's `goals`. */
  goals: Goal[];
  /**
   * Parts of the start scenario the reader's run keeps as written (`traffic`, `faults`,
   * `services.payments`, …), whatever the reader changed in them: see keepParts.
   */
  keep: string[];
  /** The scenario the reader starts from, a file beside the lesson. */
  start: string;
  /** The reference answer, a file beside the lesson. */
  solution: string;
  hintHtml: string | null;
}

/** One item of a quiz: a statement or question and the choice that answers it. */
export interface QuizItem {
  /** Inline HTML. */
  html: string;
  /** The choices offered, as inline HTML, in the author's order (at least two). */
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** Why, as block HTML, shown once the item is checked; null when the author gave none. */
  explainHtml: string | null;
}

/**
 * A quiz: the reader answers every item (each a group of choices), checks, and
 * changes the wrong ones until all are right; then it counts as solved, like a
 * challenge.
 */
export interface QuizPart {
  kind: 'quiz';
  id: string;
  questionHtml: string;
  /** At least one. */
  items: QuizItem[];
  /** Shown once every item is right; null when the author gave none. */
  explainHtml: string | null;
}

export type LessonPart = HtmlPart | SimPart | PredictPart | ChallengePart | QuizPart;

/** A step: a `## Title {#id}` heading and what follows it up to the next one. */
export interface LessonStep {
  /** Explicit id, the same in every language. */
  id: string;
  /** Plain text title. */
  title: string;
  /** The title as inline HTML (it may hold `code`). */
  titleHtml: string;
  parts: LessonPart[];
  /** The simulation panel in effect at this step: its own `sim` block or the last one before it. */
  sim: SimPart | null;
}

/** Facts about a lesson, without its content: what menus and lists need. */
export interface LessonMeta {
  kind: 'lesson';
  /** `part/slug`, e.g. `'foundations/service-models'`. */
  id: string;
  /** The part's id (its folder name without the number prefix). */
  part: string;
  /** The lesson's folder name without the number prefix. */
  slug: string;
  lang: LessonLang;
  title: string;
  summary: string;
  /** Position within its part: the frontmatter's `order`, else the folder's number prefix. */
  order: number;
  /** The lesson's folder from the project root, e.g. `'/lessons/01-foundations/02-service-models'`. */
  dir: string;
  steps: { id: string; title: string }[];
}

/** A whole compiled lesson. */
export interface Lesson extends Omit<LessonMeta, 'steps'> {
  steps: LessonStep[];
  /**
   * Every run the lesson starts (a sim block's scenario and comparison, a
   * challenge's start and solution with the challenge's goals), compiled when
   * the site is built, by `specKey`: the page does not compile them again.
   */
  specs: Record<string, WorldSpec>;
}

/** A part of the course: `lessons/<part>/index.md` holds just its title. */
export interface PartMeta {
  kind: 'part';
  id: string;
  lang: LessonLang;
  title: string;
  summary: string;
  order: number;
  dir: string;
}
