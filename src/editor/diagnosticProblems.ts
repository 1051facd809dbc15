import type { SourceProblem } from './sourceProblem.ts';

/** A TypeScript message chain, as Monaco's TypeScript worker sends it. */
export interface MessageChain {
  messageText: string;
  next?: MessageChain[];
}

/** The part of a TypeScript diagnostic (from Monaco's worker) that a problem needs. */
export interface WorkerDiagnostic {
  /** 0 warning, 1 error, 2 suggestion, 3 message. */
  category: number;
  start: number | undefined;
  messageText: string | MessageChain;
}

/** A message chain as one text, each level on its own line, indented (as TypeScript prints it). */
export function flattenMessage(message: string | MessageChain, depth = 0): string {
  if (typeof message === 'string') return message;
  const here = `${depth > 0 ? `\n${'  '.repeat(depth)}` : ''}${message.messageText}`;
  return here + (message.next ?? []).map((next) => flattenMessage(next, depth + 1)).join('');
}

/**
 * TypeScript's errors (warnings and suggestions are left out) as located
 * problems; `positionAt` turns an offset of the checked text into a 1-based
 * line and column.
 */
export function diagnosticProblems(
  diagnostics: readonly WorkerDiagnostic[],
  kind: 'syntax' | 'type',
  positionAt: (offset: number) => { line: number; column: number },
): SourceProblem[] {
  return diagnostics
    .filter((d) => d.category === 1)
    .map((d) => {
      const at = d.start === undefined ? null : positionAt(d.start);
      return {
        kind,
        message: flattenMessage(d.messageText),
        line: at?.line ?? null,
        column: at?.column ?? null,
        path: null,
      };
    });
}
