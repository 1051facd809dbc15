import type { SourceProblem } from './sourceProblem.ts';

/** Where a marker goes and what it says (the fields of Monaco's IMarkerData this module fills). */
export interface ProblemMarker {
  message: string;
  /** The kind of problem, shown after the message. */
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** What the markers need to know of the text they mark. */
export interface MarkedText {
  lineCount: number;
  /** The text of a line (1-based). */
  line(lineNumber: number): string;
}

const WORD = /[\w$]/;

/**
 * Markers for the problems that have a line: from the column to the end of
 * the word there (at least one character), or the whole line without its
 * indentation when there is no column. Lines past the end mark the last line.
 * `kindLabel` names each kind of problem in the reader's language.
 */
export function problemMarkers(
  problems: readonly SourceProblem[],
  text: MarkedText,
  kindLabel: (kind: SourceProblem['kind']) => string,
): ProblemMarker[] {
  const markers: ProblemMarker[] = [];
  for (const problem of problems) {
    if (problem.line === null) continue;
    const lineNumber = Math.min(Math.max(1, Math.round(problem.line)), text.lineCount);
    const line = text.line(lineNumber);
    const end = line.length + 1;
    let startColumn: number;
    let endColumn: number;
    if (problem.column === null) {
      startColumn = line.length - line.trimStart().length + 1;
      endColumn = Math.max(end, startColumn + 1);
    } else {
      startColumn = Math.min(Math.max(1, Math.round(problem.column)), end);
      endColumn = startColumn;
      while (endColumn <= line.length && WORD.test(line[endColumn - 1])) endColumn++;
      if (endColumn === startColumn) endColumn = startColumn + 1;
    }
    markers.push({
      message: problem.message,
      source: kindLabel(problem.kind),
      startLineNumber: lineNumber,
      startColumn,
      endLineNumber: lineNumber,
      endColumn,
    });
  }
  return markers;
}
