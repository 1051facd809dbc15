// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioModule } from '../../../src/lessons/loadScenarioModule.ts';

describe('loadScenarioModule', () => {
  it('loads a lesson’s scenario file with tsx, resolving "cloudscope"', async () => {
    const root = process.cwd();
    const module = await loadScenarioModule(root)(join(root, 'lessons/00-start/01-tour/start.ts'));
    expect(module.default).toMatchObject({
      duration: '3m',
      faults: [{ at: '1m', kill: 'node-1' }],
    });
  });
});
