/** The layers of a computing stack, from the wire up. */
export const STACK_LAYERS = [
  'networking',
  'storage',
  'servers',
  'virtualization',
  'os',
  'middleware',
  'runtime',
  'data',
  'application',
] as const;

export type StackLayer = (typeof STACK_LAYERS)[number];

/** The ways to get computing: run it yourself, or rent more and more of it. */
export const CLOUD_MODELS = ['onPremises', 'iaas', 'paas', 'saas'] as const;

export type CloudModel = (typeof CLOUD_MODELS)[number];

export type Manager = 'provider' | 'customer';

/** How many layers, from the bottom, the provider manages in each model (data aside). */
const PROVIDER_LAYERS: Record<CloudModel, number> = {
  onPremises: 0,
  iaas: STACK_LAYERS.indexOf('virtualization') + 1,
  paas: STACK_LAYERS.indexOf('runtime') + 1,
  saas: STACK_LAYERS.length,
};

/**
 * Who manages each layer in a model, bottom layer first. On premises the
 * customer runs everything; IaaS rents the stack up to virtualization; PaaS
 * up to the runtime; SaaS all of it. In every model the customer keeps its
 * data (and who may access it): no provider takes that responsibility.
 */
export function responsibilityStack(model: CloudModel): { layer: StackLayer; manager: Manager }[] {
  return STACK_LAYERS.map((layer, i) => ({
    layer,
    manager: layer !== 'data' && i < PROVIDER_LAYERS[model] ? 'provider' : 'customer',
  }));
}
