/** Splits a scenario path like `services.orders.calls[0].to` or `traffic["my-users"].rate` into keys. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return keys;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where in a scenario's source a schema path most likely points: each key is
 * looked for (as `key:` or `'key':`) after the previous one, and the last one
 * found wins. A heuristic, exact for scenarios written as one object literal
 * (as lessons' are); for computed scenarios it points as close as it can.
 */
export function locatePath(source: string, path: string): { line: number; column: number } | null {
  let from = 0;
  let found = -1;
  for (const key of pathKeys(path)) {
    if (typeof key === 'number') continue;
    const re = new RegExp(`(?:\\b${escape(key)}|(['"])${escape(key)}\\1)\\s*:`, 'g');
    re.lastIndex = from;
    const m = re.exec(source);
    if (!m) continue;
    found = m.index;
    from = m.index + m[0].length;
  }
  return found < 0 ? null : lineColumn(source, found);
}
