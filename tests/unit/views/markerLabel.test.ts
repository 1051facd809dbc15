import { describe, expect, it } from 'vitest';
import type { Marker } from '../../../src/player/PlayerLike.ts';
import { markerLabel } from '../../../src/views/markerLabel.ts';

describe('markerLabel', () => {
  it('says an event with its log sentence', () => {
    const marker: Marker = {
      t: 5,
      kind: 'event',
      entry: { t: 5, kind: 'breakerClosed', subject: 'web→db', detail: {} },
      action: null,
    };
    expect(markerLabel(marker, 'en')).toBe('breaker web→db closed');
    expect(markerLabel(marker, 'zh')).toBe('熔断器 web→db 关闭');
  });
  it('says a reader’s intervention with what it does', () => {
    const marker: Marker = {
      t: 5,
      kind: 'intervention',
      entry: null,
      action: { atMs: 5, action: { type: 'killNode', node: 'node-1' } },
    };
    expect(markerLabel(marker, 'en')).toBe('node node-1 killed');
    expect(markerLabel(marker, 'zh')).toBe('关停节点 node-1');
    expect(markerLabel({ ...marker, action: null }, 'en')).toBe('');
  });
});
