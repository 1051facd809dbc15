import type { WorldSpec } from '../sim/worldSpec.ts';

export type EntityKind = 'node' | 'service' | 'traffic' | 'instance' | 'edge';

/** Every machine a scenario has or adds later (hosts, nodes, `addNode` faults). */
function machineNames(spec: WorldSpec): string[] {
  const added = spec.timeline.flatMap((a) =>
    a.action.type === 'addNode' ? [a.action.node.name] : [],
  );
  return [...spec.nodes.map((n) => n.name), ...added];
}

/** Every caller→service edge: traffic sources to their service, services to those they call. */
function edgeNames(spec: WorldSpec): string[] {
  const name = (i: number) => spec.services[i].name;
  const edges = [
    ...spec.traffic.map((t) => `${t.name}→${name(t.to)}`),
    ...spec.services.flatMap((s) => s.calls.flat().map((call) => `${s.name}→${name(call.to)}`)),
  ];
  return [...new Set(edges)];
}

/** Names a lesson may point at in a scenario, for "did you mean" suggestions. */
export function entityNames(spec: WorldSpec): string[] {
  const services = spec.services.map((s) => s.name);
  return [
    ...machineNames(spec),
    ...services,
    ...spec.traffic.map((t) => t.name),
    ...spec.services.map((s) => `${s.name}-1`),
    ...edgeNames(spec),
  ];
}

/**
 * What a name denotes in a compiled scenario: a node or host, a service, a
 * traffic source, an instance (`orders-2`) or an edge (`gateway→orders`), or
 * null when it denotes nothing.
 */
export function findEntity(spec: WorldSpec, name: string): EntityKind | null {
  const services = new Set(spec.services.map((s) => s.name));
  const traffic = new Set(spec.traffic.map((t) => t.name));
  if (machineNames(spec).includes(name)) return 'node';
  if (services.has(name)) return 'service';
  if (traffic.has(name)) return 'traffic';
  if (name.includes('→')) return edgeNames(spec).includes(name) ? 'edge' : null;
  const instance = /^(.+)-(\d+)$/.exec(name);
  if (instance && services.has(instance[1]) && Number(instance[2]) >= 1) return 'instance';
  return null;
}
