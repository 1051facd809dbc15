/**
 * Props a component can write back to, as a parent's `bind:` would let it:
 * mount a component with these and read what it set.
 */
export function boundProps<T extends Record<string, unknown>>(initial: T): T {
  const props = $state(initial);
  return props;
}
