import { describe, expect, it } from 'vitest';
import { announcer } from '../../../src/app/announcer.svelte.ts';

describe('announcer', () => {
  it('starts silent', () => {
    expect(announcer.message).toBe('');
  });

  it('says a text, and says the same text again as a changed message', () => {
    announcer.say('Step 2 of 5');
    const first = announcer.message;
    announcer.say('Step 2 of 5');
    const second = announcer.message;
    // A live region only speaks when its content changes.
    expect(second).not.toBe(first);
    for (const said of [first, second]) expect(said.replace(/\u200b/g, '')).toBe('Step 2 of 5');
    announcer.say('Step 2 of 5');
    expect(announcer.message).toBe(first);
  });

  it('says a new text at once, whatever came before', () => {
    announcer.say('node-1 is down');
    expect(announcer.message.replace(/\u200b/g, '')).toBe('node-1 is down');
    announcer.say('node-1 is back');
    expect(announcer.message.replace(/\u200b/g, '')).toBe('node-1 is back');
  });
});
