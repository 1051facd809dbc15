import { describe, expect, it } from 'vitest';
import { imageLayers } from '../../../src/views/imageLayers.ts';
import { specOf } from '../helpers/runWorld.ts';

describe('imageLayers', () => {
  it('lists the layers top first, with bar widths on a square-root scale', () => {
    const image = {
      name: 'x',
      layers: [
        { id: 'os', sizeMiB: 100 },
        { id: 'app', sizeMiB: 25 },
        { id: 'empty', sizeMiB: 0 },
      ],
    };
    const rows = imageLayers(image);
    expect(rows.map((r) => [r.id, r.instruction, r.rebuilt, r.cause])).toEqual([
      ['empty', 'empty', null, null],
      ['app', 'app', null, null],
      ['os', 'os', null, null],
    ]);
    expect(rows[2].share).toBe(1);
    expect(rows[1].share).toBeCloseTo(0.02 + 0.98 * 0.5, 10);
    expect(rows[0].share).toBe(0.02); // still a sliver
  });

  it('carries the build: instruction, rebuilt or cached, why, and time taken', () => {
    const spec = specOf({
      services: {
        shop: {
          image: {
            steps: [
              { from: 'node:20-slim', size: '70Mi' },
              { copy: 'src', size: '2Mi' },
              { run: 'npm run build', size: '5Mi', takes: '8s' },
            ],
            changed: ['src'],
          },
        },
      },
    });
    const rows = imageLayers(spec.services[0].versions[0].image);
    expect(rows.map((r) => [r.instruction, r.rebuilt, r.cause, r.takesMs])).toEqual([
      ['RUN npm run build', true, 'after', 8000],
      ['COPY src', true, 'inputs', 10],
      ['FROM node:20-slim', false, 'cached', 0],
    ]);
  });
});
