import type { SourceProblem } from '../sourceProblem.ts';

/** Page → sandbox: evaluate this scenario source. */
export interface SandboxRequest {
  id: number;
  source: string;
}

/** Sandbox → page: the scenario as plain data, or its problems. */
export type SandboxReply =
  | { id: number; ok: true; scenario: unknown }
  | { id: number; ok: false; problems: SourceProblem[] };

const KINDS = new Set(['syntax', 'type', 'runtime', 'timeout', 'validation', 'output']);

function isProblem(x: unknown): x is SourceProblem {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  const position = (v: unknown) =>
    v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1);
  return (
    typeof p.kind === 'string' &&
    KINDS.has(p.kind) &&
    typeof p.message === 'string' &&
    p.message.length <= 2000 &&
    position(p.line) &&
    position(p.column) &&
    (p.path === null || (typeof p.path === 'string' && p.path.length <= 500))
  );
}

/** Checks the shape of what came back from the sandbox (it is never trusted). */
export function isSandboxReply(x: unknown, id: number): x is SandboxReply {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  if (r.id !== id) return false;
  if (r.ok === true) return 'scenario' in r;
  return (
    r.ok === false &&
    Array.isArray(r.problems) &&
    r.problems.length <= 50 &&
    r.problems.every(isProblem)
  );
}
