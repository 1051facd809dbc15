import { didYouMean } from './didYouMean.ts';

/** One problem with a scenario, located by its path: `services.orders.calls[0].to`. */
export interface ScenarioError {
  path: string;
  message: string;
}

/** `['services', 'orders', 'calls', 0, 'to']` → `services.orders.calls[0].to`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** `path: message`, the way errors are shown to the reader. */
export function formatError(error: ScenarioError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** Collects the problems found while compiling a scenario. */
export class Problems {
  readonly errors: ScenarioError[] = [];

  add(path: readonly (string | number)[], message: string): void {
    this.errors.push({ path: formatPath(path), message });
  }

  /** Reports a reference to a name that does not exist, with the closest known one. */
  unknown(
    path: readonly (string | number)[],
    kind: string,
    name: string,
    known: Iterable<string>,
  ): void {
    this.add(path, `no ${kind} named "${name}"${didYouMean(name, known)}`);
  }
}
