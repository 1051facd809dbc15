const UNITS: [string, string][] = [
  ['d', '天'],
  ['h', '小时'],
  ['m', '分'],
  ['s', '秒'],
];

/**
 * A duration as the engine writes it (`400ms`, `1.5s`, `5m`, `1m30s`, `2h`)
 * in Chinese (`400 毫秒`, `1.5 秒`, `5 分钟`, `1 分 30 秒`, `2 小时`); other
 * text is returned unchanged.
 */
export function durationZh(text: string): string {
  const ms = /^([\d.]+)ms$/.exec(text);
  if (ms) return `${ms[1]} 毫秒`;
  const parts = /^(?:([\d.]+)d)?(?:([\d.]+)h)?(?:([\d.]+)m)?(?:([\d.]+)s)?$/.exec(text);
  if (!parts || text === '') return text;
  const found = UNITS.map(([, zh], i) => [parts[i + 1], zh] as const).filter(([n]) => n);
  if (found.length === 1 && found[0][1] === '分') return `${found[0][0]} 分钟`;
  return found.map(([n, zh]) => `${n} ${zh}`).join(' ');
}
