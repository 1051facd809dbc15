import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports an element's content width now and whenever it
 * changes (where ResizeObserver exists: not in jsdom, where the default stays).
 */
export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) onWidth(Math.floor(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
