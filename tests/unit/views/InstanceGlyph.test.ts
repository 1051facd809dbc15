import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import InstanceGlyph from '../../../src/views/InstanceGlyph.svelte';
import { LOOK_COLOUR, type InstanceLook } from '../../../src/views/instanceStatus.ts';

afterEach(cleanup);

const LOOKS = Object.keys(LOOK_COLOUR) as InstanceLook[];

/** What a glyph looks like without its colours: its shapes, fills and dashes. */
function shape(look: InstanceLook): string {
  const { container } = render(InstanceGlyph, { props: { look, prefix: 'p' } });
  const g = container.querySelector('g.glyph')!;
  return [...g.children]
    .map((el) =>
      [
        el.tagName,
        (el as SVGElement).style.fill.replace(/var\(--[\w-]+\)/, 'colour'),
        el.getAttribute('fill') ?? '',
        el.getAttribute('stroke-dasharray') ?? '',
        el.getAttribute('opacity') ?? '',
        el.textContent,
      ].join(' '),
    )
    .join(' | ');
}

describe('InstanceGlyph', () => {
  it('draws each look with its own shape or pattern, so that it reads without colour', () => {
    const shapes = LOOKS.map(shape);
    expect(new Set(shapes).size).toBe(LOOKS.length);
    expect(shapes[LOOKS.indexOf('starting')]).toContain('#p-hatch');
    expect(shapes[LOOKS.indexOf('terminating')]).toContain('#p-stripes');
    expect(shapes[LOOKS.indexOf('unknown')]).toContain('?');
  });

  it('is hidden from assistive technology (the box around it carries the words)', () => {
    const { container } = render(InstanceGlyph, { props: { look: 'ready', prefix: 'p' } });
    expect(container.querySelector('g.glyph')!.getAttribute('aria-hidden')).toBe('true');
  });
});
