import { didYouMean } from '../scenario/didYouMean.ts';
import type { DirectiveFields } from './directiveFields.ts';
import type { LessonMarkdown } from './createLessonMarkdown.ts';
import type { QuizItem, QuizPart } from './lessonTypes.ts';

export const QUIZ_KEYS = ['id', 'question', 'choices', 'items', 'explain'] as const;

/** The settings of one item of a quiz. */
export const QUIZ_ITEM_KEYS = ['text', 'answer', 'choices', 'explain'] as const;

type Path = (string | number)[];

/** A choice or an answer as text: YAML may have read `3` or `1.5` as a number. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A list of at least two distinct choices, as plain text. */
function readChoices(fields: DirectiveFields, value: unknown, path: Path): string[] {
  if (!Array.isArray(value) || value.length < 2)
    fields.fail(
      path,
      'choices: a list of at least two, like [IaaS, PaaS, SaaS] or one "- ..." line each',
    );
  const choices = value.map((item, i) => {
    const text = asText(item);
    if (text === null)
      fields.fail([...path, i], 'choices: each choice is plain text, like "- IaaS"');
    return text;
  });
  choices.forEach((text, i) => {
    if (choices.indexOf(text) !== i)
      fields.fail([...path, i], `choices: "${text}" is listed twice`);
  });
  return choices;
}

function readItem(
  fields: DirectiveFields,
  md: LessonMarkdown,
  value: unknown,
  i: number,
  shared: string[] | null,
): QuizItem {
  const path: Path = ['items', i];
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fields.fail(path, 'items: each item is "- text: ...", with "answer: ..." below it');
  const item = value as Record<string, unknown>;
  for (const key of Object.keys(item)) {
    if (!(QUIZ_ITEM_KEYS as readonly string[]).includes(key))
      fields.fail(
        [...path, key],
        `items: unknown setting "${key}"${didYouMean(key, QUIZ_ITEM_KEYS)}; an item has ${QUIZ_ITEM_KEYS.join(', ')}`,
      );
  }
  if (typeof item.text !== 'string' || item.text.trim() === '')
    fields.fail(
      typeof item.text === 'string' ? [...path, 'text'] : path,
      'items: each item needs "text": the thing to place or the question to answer',
    );
  const own = item.choices === undefined || item.choices === null ? null : item.choices;
  const choices = own === null ? shared : readChoices(fields, own, [...path, 'choices']);
  if (choices === null)
    fields.fail(
      path,
      'items: this item has no choices: give the block "choices" shared by every item, or the item its own',
    );
  if (item.answer === undefined || item.answer === null)
    fields.fail(path, `items: each item needs "answer", one of: ${choices.join(', ')}`);
  const answer = asText(item.answer);
  if (answer === null)
    fields.fail([...path, 'answer'], `answer: write one of the choices: ${choices.join(', ')}`);
  const index = choices.indexOf(answer);
  if (index < 0)
    fields.fail(
      [...path, 'answer'],
      `answer: "${answer}" is not one of the choices (${choices.join(', ')})${didYouMean(answer, choices)}`,
    );
  if (item.explain !== undefined && item.explain !== null) {
    if (typeof item.explain !== 'string' || item.explain.trim() === '')
      fields.fail([...path, 'explain'], 'explain: write some text');
  }
  return {
    html: md.inline(item.text),
    choices: choices.map((c) => md.inline(c)),
    answer: index,
    explainHtml: typeof item.explain === 'string' ? md.block(item.explain) : null,
  };
}

/**
 * A ```quiz block: items the reader answers each from a few choices (shared
 * by the block or given per item), checked together; an explanation per item
 * and one for the whole quiz.
 */
export function parseQuizDirective(fields: DirectiveFields, md: LessonMarkdown): QuizPart {
  const id = fields.id();
  const question = fields.string('question', true) as string;
  const shared = fields.has('choices')
    ? readChoices(fields, fields.data.choices, ['choices'])
    : null;
  const list = fields.list('items');
  if (!list || list.length === 0)
    fields.fail(
      list ? ['items'] : [],
      '"items" is required: a list of "- text: ..." items, each with its "answer"',
    );
  const items = list.map((value, i) => readItem(fields, md, value, i, shared));
  const explain = fields.string('explain');
  return {
    kind: 'quiz',
    id,
    questionHtml: md.inline(question),
    items,
    explainHtml: explain === null ? null : md.block(explain),
  };
}
