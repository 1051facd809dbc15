import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARE_LENGTH } from '../../../src/editor/shareLink.ts';

describe('share links', () => {
  it('round-trip any source and time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.nat(10_000_000), (source, t) => {
        const decoded = decodeShare(encodeShare({ source, t }));
        expect(decoded).toEqual({ ok: true, shared: { source, t } });
      }),
      { numRuns: 300 },
    );
  });

  it('compress a typical scenario to a link-sized parameter using only URL-safe characters', () => {
    const source = `import { defineScenario } from 'cloudscope';\n\nexport default defineScenario({\n${'  services: { web: { replicas: 3, calls: [{ to: "db", timeout: "1s" }] }, db: {} },\n'.repeat(10)}});\n`;
    const param = encodeShare({ source, t: 60_000 });
    expect(param.length).toBeLessThan(source.length);
    expect(param).toMatch(/^[A-Za-z0-9+\-$]*$/);
  });

  it('says why a bad link cannot be read, and never throws', () => {
    expect(decodeShare('x'.repeat(MAX_SHARE_LENGTH + 1))).toEqual({ ok: false, reason: 'tooLong' });
    expect(decodeShare('not-a-real-link')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeShare(encodeShare({ source: 'x', t: 0 }).slice(0, 5))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const decoded = decodeShare(junk);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
