import type { Scenario } from '../scenario/scenario.ts';

/**
 * What a challenge may hold as the lesson wrote it: a top-level part of the
 * scenario, or one service (`services.payments`).
 */
export const KEEPABLE = /^(?:traffic|faults|duration|seed|cluster|hosts|services\.[A-Za-z0-9_-]+)$/;

/**
 * The reader's scenario with the parts a challenge keeps taken from its start
 * scenario, the way the challenge's goals replace the scenario's own: making the
 * traffic smaller or deleting the fault must not win a challenge about them.
 */
export function keepParts(reader: Scenario, start: Scenario, keep: readonly string[]): Scenario {
  if (keep.length === 0) return reader;
  const out: Record<string, unknown> = { ...reader };
  const from = start as unknown as Record<string, unknown>;
  for (const part of keep) {
    if (part.startsWith('services.')) {
      const name = part.slice('services.'.length);
      const services: Record<string, unknown> = { ...reader.services };
      if (start.services[name] === undefined) delete services[name];
      else services[name] = start.services[name];
      out.services = services;
    } else if (from[part] === undefined) delete out[part];
    else out[part] = from[part];
  }
  return out as unknown as Scenario;
}
