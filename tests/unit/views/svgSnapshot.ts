import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where snapshots live: tests/unit/views/snapshots/<name>.svg. */
export const SNAPSHOT_DIR = join(import.meta.dirname, 'snapshots');

const SVG_NS = 'http://www.w3.org/2000/svg';

function roundNumbers(text: string): string {
  return text.replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * An SVG element as reviewable text: one element per line, indented;
 * attributes sorted; numbers rounded to 2 decimals; Svelte's scoping classes
 * (`svelte-xyz`) dropped; generated ids renamed `id1`, `id2`… in document
 * order (and every reference to them), so that a change shows as a readable
 * diff of what is drawn.
 */
export function normaliseSvg(svg: Element): string {
  const ids = [...svg.querySelectorAll('[id]')].map((e) => e.id).filter(Boolean);
  if (svg.id) ids.unshift(svg.id);
  const renames = new Map([...new Set(ids)].map((id, i) => [id, `id${i + 1}`]));
  const pattern = new RegExp(
    [...renames.keys()]
      .sort((a, b) => b.length - a.length)
      .map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  const rename = (value: string) =>
    renames.size ? value.replace(pattern, (id) => renames.get(id)!) : value;

  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    const pad = '  '.repeat(depth);
    const attrs: [string, string][] = [];
    for (const a of el.attributes) {
      let value = a.value;
      if (a.name === 'class') {
        value = value
          .split(/\s+/)
          .filter((c) => c && !/^svelte-[a-z0-9]+$/i.test(c))
          .join(' ');
        if (!value) continue;
      }
      attrs.push([a.name, roundNumbers(rename(value))]);
    }
    if (depth === 0 && el.namespaceURI === SVG_NS && !el.hasAttribute('xmlns'))
      attrs.push(['xmlns', SVG_NS]);
    attrs.sort((a, b) => a[0].localeCompare(b[0]));
    const open = `${pad}<${el.tagName}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
    const children = [...el.childNodes].filter(
      (n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent!.trim() !== ''),
    );
    if (children.length === 0) {
      lines.push(`${open}/>`);
      return;
    }
    lines.push(`${open}>`);
    for (const child of children) {
      if (child.nodeType === 1) walk(child as Element, depth + 1);
      else lines.push(`${pad}  ${escapeText(roundNumbers(child.textContent!.trim()))}`);
    }
    lines.push(`${pad}</${el.tagName}>`);
  };
  walk(svg, 0);
  return `${lines.join('\n')}\n`;
}

/**
 * Compares an SVG with tests/unit/views/snapshots/<name>.svg. A missing
 * snapshot is written (and fails when process.env.CI is set). On a mismatch
 * the new picture is written to <name>.changed.svg beside the old one, to
 * review or to copy over it, and the test fails naming both files.
 */
export function expectSvgSnapshot(svg: Element, name: string): void {
  const text = normaliseSvg(svg);
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const file = join(SNAPSHOT_DIR, `${name}.svg`);
  const changed = join(SNAPSHOT_DIR, `${name}.changed.svg`);
  if (!existsSync(file)) {
    if (process.env.CI)
      throw new Error(`missing SVG snapshot ${file} (snapshots are not written when CI is set)`);
    writeFileSync(file, text);
    return;
  }
  if (readFileSync(file, 'utf8') === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  throw new Error(
    `SVG snapshot ${name} differs: expected ${file}, got ${changed} (review it; if it is right, move it over the old one)`,
  );
}
