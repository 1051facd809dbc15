import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import { formatError } from '../../../src/scenario/problems.ts';
import { runWorld } from '../helpers/runWorld.ts';

const good = [
  { from: 'node:20-slim', size: '70Mi' },
  { copy: 'package.json', size: '1Ki' },
  { run: 'npm ci', size: '120Mi', takes: '40s' },
  { copy: 'src', size: '2Mi' },
];
const bad = [
  { from: 'node:20-slim', size: '70Mi' },
  { copy: '.', size: '3Mi' },
  { run: 'npm ci', size: '120Mi', takes: '40s' },
];

const scenario = (steps: unknown[], goals: unknown[]) => ({
  duration: '10s',
  cluster: { nodes: 1 },
  services: {
    shop: {
      image: { name: 'shop-web', steps },
      versions: { v2: { image: { changed: ['src'] } } },
    },
    db: {},
  },
  goals,
});

describe('rebuiltLayers goal', () => {
  it("counts the layers rebuilt by a service's last build, or an image's by name", () => {
    const goals = [
      { rebuiltLayers: 'shop', below: 2 },
      { rebuiltLayers: 'shop-web', below: 3, label: 'by image name' },
    ];
    const [badService, badImage] = runWorld(scenario(bad, goals) as never).goals;
    expect(badService).toMatchObject({
      kind: 'rebuiltLayers',
      value: 2,
      target: 2,
      unit: 'count',
      pass: false,
      label: 'fewer than 2 layers of shop-web (shop v2) rebuilt',
    });
    expect(badImage).toMatchObject({ value: 2, pass: true, label: 'by image name' });
    const [goodService] = runWorld(scenario(good, goals) as never).goals;
    expect(goodService).toMatchObject({ value: 1, pass: true });
  });

  it('names what can be counted when the name is wrong', () => {
    const errors = (goal: unknown) => {
      const result = compileScenario(scenario(good, [goal]));
      if (result.ok) throw new Error('expected errors');
      return result.errors.map(formatError);
    };
    expect(errors({ rebuiltLayers: 'shopp', below: 2 })).toEqual([
      'goals[0].rebuiltLayers: no service or image built from steps is named "shopp" (built: "shop", "shop-web")',
    ]);
    expect(errors({ rebuiltLayers: 'db', below: 2 })).toEqual([
      'goals[0].rebuiltLayers: the image of db is not built from steps: give it `image: { steps: [...] }`',
    ]);
    expect(errors({ rebuiltLayers: 'shop', below: -1 })).toEqual([
      'goals[0].below: below must not be negative',
    ]);
    expect(errors({ rebuiltLayers: 'shop' })).toEqual([
      'goals[0].below: missing: a rebuilt-layers goal needs "below"',
    ]);
    const none = compileScenario({
      services: { web: {} },
      goals: [{ rebuiltLayers: 'web2', below: 1 }],
    });
    expect(none.ok ? [] : none.errors.map(formatError)).toEqual([
      'goals[0].rebuiltLayers: no image in this scenario is built from steps (give one `image: { steps: [...] }`)',
    ]);
  });
});
