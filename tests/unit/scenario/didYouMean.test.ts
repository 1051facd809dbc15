import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/scenario/didYouMean.ts';

describe('editDistance', () => {
  it('classic examples', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3); // k→s, e→i, +g
    expect(editDistance('flaw', 'lawn')).toBe(2); // -f, +n
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', '')).toBe(0);
    // Swapping two neighbouring letters (the commonest typo) costs one.
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('wbe', 'web')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // restricted: no edit inside a swapped pair
    expect(editDistance('orders', 'order')).toBe(1);
  });

  it('is symmetric and case-sensitive', () => {
    const words = ['payments', 'paymnets', 'orders', 'gateway', 'gate', ''];
    for (const a of words)
      for (const b of words) expect(editDistance(a, b)).toBe(editDistance(b, a));
    expect(editDistance('A', 'a')).toBe(1);
  });
});

describe('didYouMean', () => {
  const services = ['gateway', 'orders', 'payments'];

  it('suggests the closest known word when it is close', () => {
    expect(didYouMean('paymnets', services)).toBe(' (did you mean "payments"?)');
    expect(didYouMean('order', services)).toBe(' (did you mean "orders"?)');
    expect(didYouMean('gatway', services)).toBe(' (did you mean "gateway"?)');
  });

  it('ignores case when comparing, but suggests the known spelling', () => {
    expect(didYouMean('ORDERS', services)).toBe(' (did you mean "orders"?)');
  });

  it('suggests nothing when nothing is close', () => {
    expect(didYouMean('inventory', services)).toBe('');
    expect(didYouMean('xyz', services)).toBe('');
    expect(didYouMean('orders', [])).toBe('');
  });

  it('allows one edit per three letters (at least one)', () => {
    // 'ab' → 'ac': one edit, allowed 1.
    expect(didYouMean('ab', ['ac'])).toBe(' (did you mean "ac"?)');
    // 'ab' → 'cd': two edits, too far for two letters.
    expect(didYouMean('ab', ['cd'])).toBe('');
    // 9 letters allow 3 edits: 'paymentsx' vs 'pay' is 6 away; vs 'pxymxntsx' 2.
    expect(didYouMean('paymentsx', ['pay'])).toBe('');
    expect(didYouMean('paymentsx', ['pxymxntsx'])).toBe(' (did you mean "pxymxntsx"?)');
    // 6 letters allow 2: three edits away is too far.
    expect(didYouMean('orders', ['oxxxrs'])).toBe('');
  });

  it('picks the nearest of several candidates', () => {
    expect(didYouMean('ordr', ['orders', 'order'])).toBe(' (did you mean "order"?)');
  });
});
