import type { SourceProblem } from '../editor/sourceProblem.ts';
import { t } from '../i18n/t.ts';

/**
 * A problem's message in the reader's language where the site wrote it (a
 * stopped run); compiler and schema messages stay as their tools wrote them,
 * in English, so that they can be looked up.
 */
export function problemText(problem: SourceProblem): string {
  if (problem.kind === 'timeout') return t('edit.problem.timeout');
  if (problem.path && !problem.message.includes(problem.path))
    return `${problem.path}: ${problem.message}`;
  return problem.message;
}
