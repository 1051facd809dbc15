const MARK = '__CLOUDSCOPE_NUMBER__';

/**
 * Plain data as a JavaScript expression that evaluates to an equal value:
 * JSON, except that Infinity, -Infinity and NaN (which JSON turns into null)
 * stay numbers. For compiled scenarios put into a lesson's module.
 */
export function jsLiteral(value: unknown): string {
  const json = JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? `${MARK}${v}` : v,
  );
  return json.replace(new RegExp(`"${MARK}(-?Infinity|NaN)"`, 'g'), '$1');
}
