import type { DirectiveFields } from './directiveFields.ts';
import type { LessonMarkdown } from './createLessonMarkdown.ts';
import type { PredictChoice, PredictPart } from './lessonTypes.ts';

export const PREDICT_KEYS = ['id', 'question', 'choices', 'explain'] as const;

/** A ```predict block: a question with one right answer among its choices, and why. */
export function parsePredictDirective(fields: DirectiveFields, md: LessonMarkdown): PredictPart {
  const id = fields.id();
  const question = fields.string('question', true) as string;
  const list = fields.list('choices');
  if (!list)
    fields.fail(
      [],
      '"choices" is required: a list of "- text: ..." items, one with "correct: true"',
    );
  if (list.length < 2) fields.fail(['choices'], 'choices: give at least two');
  const choices: PredictChoice[] = list.map((item, i) => {
    const choice = typeof item === 'string' ? { text: item } : item;
    if (choice === null || typeof choice !== 'object' || Array.isArray(choice))
      fields.fail(
        ['choices', i],
        'choices: each is "- text: ..." (with "correct: true" on the right one)',
      );
    const { text, correct, ...rest } = choice as Record<string, unknown>;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined)
      fields.fail(
        ['choices', i, extra],
        `choices: unknown setting "${extra}"; a choice has text and correct`,
      );
    if (typeof text !== 'string' || text.trim() === '')
      fields.fail(['choices', i], 'choices: each choice needs "text"');
    if (correct !== undefined && typeof correct !== 'boolean')
      fields.fail(['choices', i, 'correct'], 'choices: correct is true or false');
    return { html: md.inline(text), correct: correct === true };
  });
  const right = choices.filter((c) => c.correct).length;
  if (right !== 1)
    fields.fail(['choices'], `choices: exactly one must have "correct: true" (${right} have)`);
  const explain = fields.string('explain', true) as string;
  return {
    kind: 'predict',
    id,
    questionHtml: md.inline(question),
    choices,
    explainHtml: md.block(explain),
  };
}
