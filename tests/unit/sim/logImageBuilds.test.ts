import { describe, expect, it } from 'vitest';
import { formatLogEntry } from '../../../src/sim/formatLogEntry.ts';
import { runWorld } from '../helpers/runWorld.ts';

describe('logImageBuilds', () => {
  it('logs every build from steps at time 0, once per distinct image', () => {
    const run = runWorld({
      duration: '5s',
      cluster: { nodes: 1 },
      services: {
        shop: {
          image: {
            steps: [
              { from: 'node:20-slim', size: '70Mi' },
              { copy: '.', size: '3Mi' },
              { run: 'npm ci', size: '120Mi', takes: '40s' },
            ],
            changed: ['src'],
          },
          versions: { v2: { work: '5ms' }, v3: { image: { changed: ['README.md'] } } },
        },
        db: {},
      },
    });
    const built = run.out.log.filter((e) => e.kind === 'imageBuilt');
    expect(built.map((e) => [e.t, e.subject, e.detail.version])).toEqual([
      [0, 'shop', 'v1'],
      [0, 'shop', 'v3'],
    ]);
    expect(formatLogEntry(built[0])).toBe(
      'image shop of shop v1 built: 2 of 3 layer(s) rebuilt in 40s, 123 MiB pushed',
    );
  });
});
