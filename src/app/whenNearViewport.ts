/**
 * Calls `show` once: when `element` comes within `margin` of the viewport (at
 * once if it already is), or when focus moves into it, whichever is first. A
 * lesson's simulation panel below the prose on a phone loads when the reader
 * scrolls or tabs towards it instead of while the page loads. Where
 * IntersectionObserver is missing, `show` runs a task later. Returns a
 * function that cancels the wait.
 */
export function whenNearViewport(element: Element, show: () => void, margin = '200px'): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    const timer = setTimeout(show, 0);
    return () => clearTimeout(timer);
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) done();
    },
    { rootMargin: `${margin} 0px` },
  );
  function done(): void {
    cancel();
    show();
  }
  function cancel(): void {
    observer.disconnect();
    element.removeEventListener('focusin', done);
  }
  observer.observe(element);
  element.addEventListener('focusin', done);
  return cancel;
}
