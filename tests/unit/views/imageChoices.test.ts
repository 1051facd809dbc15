import { describe, expect, it } from 'vitest';
import { defaultImage, imageChoices } from '../../../src/views/imageChoices.ts';
import { specOf } from '../helpers/runWorld.ts';

const steps = [
  { from: 'node:20-slim', size: '70Mi' },
  { copy: 'src', size: '2Mi' },
];

describe('imageChoices', () => {
  const spec = specOf({
    services: {
      web: { versions: { v2: { work: '5ms' } } },
      shop: {
        image: { steps },
        versions: { v2: { image: { changed: ['src'] } }, v3: { errorRate: 0.1 } },
      },
    },
  });

  it("lists each service's images, leaving out versions that run the service's own", () => {
    expect(imageChoices(spec).map((c) => c.key)).toEqual(['web/v1', 'shop/v1', 'shop/v2']);
    expect(imageChoices(spec)[2].image.build?.rebuilt).toBe(1);
  });

  it("shows first the asked service's last image, else the first built one's, else the first", () => {
    const choices = imageChoices(spec);
    expect(defaultImage(choices, 'web')).toBe('web/v1');
    expect(defaultImage(choices)).toBe('shop/v2');
    expect(defaultImage(choices, 'nobody')).toBe('shop/v2');
    expect(defaultImage(choices.slice(0, 1))).toBe('web/v1');
    expect(defaultImage([])).toBe('');
  });
});
