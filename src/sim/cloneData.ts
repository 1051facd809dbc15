/**
 * A deep copy of plain data: objects, arrays, typed arrays, Maps and primitives (what the
 * engine's state is made of). Faster than a general structured clone and
 * available in every JavaScript runtime.
 */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return (value as unknown as Float64Array).slice() as T;
  if (Array.isArray(value)) {
    const n = value.length;
    const copy = new Array(n);
    for (let i = 0; i < n; i++) copy[i] = cloneData(value[i]);
    return copy as T;
  }
  if (value instanceof Map) {
    const copy = new Map();
    for (const [k, v] of value) copy.set(k, cloneData(v));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = cloneData((value as Record<string, unknown>)[key]);
  return copy as T;
}
