/** Where and why a value is not plain data, or null when it is. */
export interface NotPlain {
  path: string;
  message: string;
}

const LIMITS = { depth: 64, nodes: 200_000 };

function keyPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Checks that a scenario is plain data, the only thing that may leave the
 * sandbox: objects with ordinary prototypes, arrays, strings, finite or
 * infinite numbers, booleans, null. No functions, symbols, class instances,
 * getters, cycles, and not absurdly deep or large. Never throws: reading a
 * getter that throws is reported too.
 */
export function findNotPlain(value: unknown): NotPlain | null {
  let nodes = 0;
  const stack = new Set<object>();
  const visit = (v: unknown, path: string, depth: number): NotPlain | null => {
    if (++nodes > LIMITS.nodes)
      return {
        path,
        message: `the scenario is too large (over ${LIMITS.nodes.toLocaleString('en-US')} values)`,
      };
    if (depth > LIMITS.depth)
      return { path, message: `the scenario is nested too deep (over ${LIMITS.depth} levels)` };
    switch (typeof v) {
      case 'string':
      case 'boolean':
      case 'number':
      case 'undefined':
        return null;
      case 'function':
        return {
          path,
          message: 'a function cannot be part of a scenario (only data can leave the editor)',
        };
      case 'symbol':
        return { path, message: 'a symbol cannot be part of a scenario' };
      case 'bigint':
        return { path, message: 'a BigInt cannot be part of a scenario; use a number' };
    }
    if (v === null) return null;
    const object = v as object;
    if (stack.has(object))
      return {
        path,
        message: 'this value contains itself (a cycle); a scenario must be a tree of plain data',
      };
    const proto = Object.getPrototypeOf(object);
    const isArray = Array.isArray(object);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      const name = (proto?.constructor as { name?: string } | undefined)?.name ?? 'object';
      return {
        path,
        message: `a ${name} cannot be part of a scenario (only plain objects, arrays, strings, numbers and booleans)`,
      };
    }
    stack.add(object);
    try {
      const keys = Reflect.ownKeys(object);
      for (const key of keys) {
        if (typeof key === 'symbol')
          return { path, message: 'a symbol key cannot be part of a scenario' };
        if (isArray && key === 'length') continue;
        const descriptor = Object.getOwnPropertyDescriptor(object, key);
        const here = keyPath(path, isArray && /^\d+$/.test(key) ? Number(key) : key);
        if (descriptor && !('value' in descriptor))
          return { path: here, message: 'a getter or setter cannot be part of a scenario' };
        const problem = visit(descriptor?.value, here, depth + 1);
        if (problem) return problem;
      }
    } catch (error) {
      return {
        path,
        message: `reading this value failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      stack.delete(object);
    }
    return null;
  };
  return visit(value, '', 0);
}
