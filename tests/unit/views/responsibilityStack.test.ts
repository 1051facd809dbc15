import { describe, expect, it } from 'vitest';
import {
  CLOUD_MODELS,
  STACK_LAYERS,
  responsibilityStack,
} from '../../../src/views/responsibilityStack.ts';

const providerLayers = (m: (typeof CLOUD_MODELS)[number]) =>
  responsibilityStack(m)
    .filter((r) => r.manager === 'provider')
    .map((r) => r.layer);

describe('responsibilityStack', () => {
  it('has nine layers, bottom first, in every model', () => {
    for (const m of CLOUD_MODELS)
      expect(responsibilityStack(m).map((r) => r.layer)).toEqual([...STACK_LAYERS]);
    expect(STACK_LAYERS[0]).toBe('networking');
    expect(STACK_LAYERS[8]).toBe('application');
  });

  it('gives the provider up to virtualization in IaaS, up to the runtime in PaaS, all but data in SaaS', () => {
    expect(providerLayers('onPremises')).toEqual([]);
    expect(providerLayers('iaas')).toEqual(['networking', 'storage', 'servers', 'virtualization']);
    expect(providerLayers('paas')).toEqual([
      'networking',
      'storage',
      'servers',
      'virtualization',
      'os',
      'middleware',
      'runtime',
    ]);
    expect(providerLayers('saas')).toEqual(STACK_LAYERS.filter((l) => l !== 'data'));
  });

  it('leaves the data with the customer in every model, and only grows the provider’s share', () => {
    let before = -1;
    for (const m of CLOUD_MODELS) {
      expect(responsibilityStack(m).find((r) => r.layer === 'data')!.manager).toBe('customer');
      expect(providerLayers(m).length).toBeGreaterThan(before);
      before = providerLayers(m).length;
    }
  });
});
