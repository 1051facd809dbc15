/**
 * A problem with a reader's scenario, located in its source when possible:
 * a syntax or type error, an exception thrown by the scenario's code, a run
 * that never finished, a value that cannot be a scenario (a function, a
 * cycle), or a schema error with its path (`services.orders.calls[0].to`).
 * Lines and columns are 1-based.
 */
export interface SourceProblem {
  kind: 'syntax' | 'type' | 'runtime' | 'timeout' | 'validation' | 'output';
  message: string;
  line: number | null;
  column: number | null;
  /** For schema errors: where in the scenario. */
  path: string | null;
}
