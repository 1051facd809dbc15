import { describe, expect, it } from 'vitest';
import { findBuild } from '../../../src/scenario/findBuild.ts';
import { Problems, formatError } from '../../../src/scenario/problems.ts';
import { specOf } from '../helpers/runWorld.ts';

const spec = specOf({
  duration: '10s',
  cluster: { nodes: 1 },
  services: {
    shop: {
      image: {
        name: 'shop-web',
        steps: [
          { from: 'node:20-slim', size: '70Mi' },
          { copy: 'src', size: '2Mi' },
        ],
      },
      versions: { v2: { image: { changed: ['src'] } } },
    },
    db: {},
  },
});

describe('findBuild', () => {
  it("finds a service's last build, or the last build of an image by name", () => {
    const p = new Problems();
    expect(findBuild('shop', spec.services, p, ['x'])).toMatchObject({
      service: 'shop',
      version: 'v2',
    });
    expect(findBuild('shop-web', spec.services, p, ['x'])).toMatchObject({ version: 'v2' });
    expect(p.errors).toEqual([]);
  });

  it('says why there is none, at the path given', () => {
    const p = new Problems();
    expect(findBuild('db', spec.services, p, ['goals', 0, 'imageStep'])).toBeNull();
    expect(findBuild('nope', spec.services, p, ['goals', 1, 'imageStep'])).toBeNull();
    expect(p.errors.map(formatError)).toEqual([
      'goals[0].imageStep: the image of db is not built from steps: give it `image: { steps: [...] }`',
      'goals[1].imageStep: no service or image built from steps is named "nope" (built: "shop", "shop-web")',
    ]);
  });
});
