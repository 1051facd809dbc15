import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SNAPSHOT_DIR, expectSvgSnapshot, normaliseSvg } from './svgSnapshot.ts';

function svg(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.firstElementChild as SVGSVGElement;
}

const NAME = 'zz-selftest';
const file = join(SNAPSHOT_DIR, `${NAME}.svg`);
const changed = join(SNAPSHOT_DIR, `${NAME}.changed.svg`);

afterEach(() => {
  rmSync(file, { force: true });
  rmSync(changed, { force: true });
  vi.unstubAllEnvs();
});

describe('normaliseSvg', () => {
  it('rounds numbers, drops Svelte classes, renames ids and prints one element per line', () => {
    const text = normaliseSvg(
      svg(
        '<svg width="10.123456"><defs><pattern id="s1-hatch"></pattern></defs>' +
          '<rect class="frame svelte-abc123" style="fill: url(#s1-hatch)" x="-0.0001"/>' +
          '<text class="svelte-abc123" y="3.14159"> a &lt; b </text></svg>',
      ),
    );
    expect(text).toBe(
      [
        '<svg width="10.12" xmlns="http://www.w3.org/2000/svg">',
        '  <defs>',
        '    <pattern id="id1"/>',
        '  </defs>',
        '  <rect class="frame" style="fill: url(#id1)" x="0"/>',
        '  <text y="3.14">',
        '    a &lt; b',
        '  </text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });
});

describe('expectSvgSnapshot', () => {
  it('writes a missing snapshot, passes when equal, and writes .changed.svg on a mismatch', () => {
    vi.stubEnv('CI', '');
    expectSvgSnapshot(svg('<svg><rect width="1"/></svg>'), NAME);
    expect(existsSync(file)).toBe(true);
    expectSvgSnapshot(svg('<svg><rect width="1"/></svg>'), NAME);
    expect(() => expectSvgSnapshot(svg('<svg><rect width="2"/></svg>'), NAME)).toThrow(
      /zz-selftest\.svg.*zz-selftest\.changed\.svg/,
    );
    expect(readFileSync(changed, 'utf8')).toContain('width="2"');
    // Once it matches again, the stale .changed file goes.
    expectSvgSnapshot(svg('<svg><rect width="1"/></svg>'), NAME);
    expect(existsSync(changed)).toBe(false);
  });

  it('fails on a missing snapshot when CI is set', () => {
    vi.stubEnv('CI', 'true');
    expect(() => expectSvgSnapshot(svg('<svg/>'), NAME)).toThrow(/missing SVG snapshot/);
    expect(existsSync(file)).toBe(false);
  });
});
