import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/app/copyText.ts';

describe('copyText', () => {
  it('puts the text on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => {});
    await expect(copyText('https://example.test/#/sandbox/x', { writeText })).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://example.test/#/sandbox/x');
  });

  it('says no when the browser refuses, so the caller can show the text instead', async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    await expect(copyText('x', { writeText })).resolves.toBe(false);
  });

  it('says no when there is no clipboard at all (an insecure page)', async () => {
    await expect(copyText('x', undefined)).resolves.toBe(false);
  });
});
