import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/scenario/compileScenario.ts';
import { formatError } from '../../../src/scenario/problems.ts';
import { runWorld } from '../helpers/runWorld.ts';

const steps = (install: string | null) => [
  { from: 'node:20-slim', size: '70Mi' },
  { copy: 'package*.json', size: '1Mi' },
  ...(install === null ? [] : [{ run: install, size: '60Mi' }]),
  { copy: 'src', size: '2Mi' },
];

const scenario = (install: string | null, goals: unknown[]) => ({
  duration: '10s',
  cluster: { nodes: 1 },
  services: {
    shop: {
      image: { name: 'shop-web', steps: steps('npm ci') },
      versions: { v2: { image: { steps: steps(install), changed: ['src'] } } },
    },
    db: {},
  },
  goals,
});

describe('imageStep goal', () => {
  it('passes while the last build has the step, with or without more words after it', () => {
    const goal = { imageStep: 'shop', step: 'RUN  npm ci' };
    const value = (install: string | null) => runWorld(scenario(install, [goal]) as never).goals[0];
    expect(value('npm ci')).toMatchObject({
      kind: 'imageStep',
      value: 1,
      target: 1,
      unit: 'count',
      pass: true,
      label: 'the image shop-web (shop v2) has RUN npm ci',
    });
    expect(value('npm   ci --omit=dev')).toMatchObject({ value: 1, pass: true });
    // Another command, or none at all, fails: the v1 build that had it does not count.
    expect(value('npm cinnamon')).toMatchObject({ value: 0, pass: false });
    expect(value('npm install')).toMatchObject({ value: 0, pass: false });
    expect(value(null)).toMatchObject({ value: 0, pass: false });
  });

  it('finds an image by its name and other kinds of step', () => {
    const goals = [
      { imageStep: 'shop-web', step: 'COPY src', label: 'code' },
      { imageStep: 'shop', step: 'FROM node:20-slim' },
      { imageStep: 'shop', step: 'FROM node:20-alpine' },
    ];
    const results = runWorld(scenario('npm ci', goals) as never).goals;
    expect(results.map((r) => [r.label, r.pass])).toEqual([
      ['code', true],
      ['the image shop-web (shop v2) has FROM node:20-slim', true],
      ['the image shop-web (shop v2) has FROM node:20-alpine', false],
    ]);
  });

  it('says what is wrong with a goal it cannot check', () => {
    const errors = (goal: unknown) => {
      const result = compileScenario(scenario('npm ci', [goal]));
      if (result.ok) throw new Error('expected errors');
      return result.errors.map(formatError);
    };
    expect(errors({ imageStep: 'db', step: 'RUN npm ci' })).toEqual([
      'goals[0].imageStep: the image of db is not built from steps: give it `image: { steps: [...] }`',
    ]);
    expect(errors({ imageStep: 'shop', step: 'npm ci' })).toEqual([
      'goals[0].step: step is a Dockerfile line: FROM, COPY or RUN and what follows, like "RUN npm ci" (got "npm ci")',
    ]);
    expect(errors({ imageStep: 'shop', step: 'RUN' })[0]).toMatch(/^goals\[0\]\.step: /);
    expect(errors({ imageStep: 'shop' })).toEqual([
      'goals[0].step: missing: an image-step goal { imageStep, step } needs "step"',
    ]);
  });
});
