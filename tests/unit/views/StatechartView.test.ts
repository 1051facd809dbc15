import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { MACHINES, type MachineKind } from '../../../src/player/machines.ts';
import StatechartView from '../../../src/views/StatechartView.svelte';
import { expectSvgSnapshot } from './svgSnapshot.ts';
import { playerAt, shopScenario } from './viewWorlds.ts';

afterEach(cleanup);

function svgOf(container: HTMLElement): SVGSVGElement {
  return container.querySelector('svg') as SVGSVGElement;
}

describe('StatechartView', () => {
  it('lights the current state and its parent, and names it', () => {
    const { container } = render(StatechartView, {
      props: { kind: 'container', state: 'running.ready', subject: 'orders-2' },
    });
    const svg = svgOf(container);
    expect(svg.getAttribute('aria-label')).toBe(
      'Container orders-2 state machine, now in running.ready',
    );
    const current = svg.querySelectorAll('[aria-current="true"]');
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute('aria-label')).toBe('running.ready, current state');
    expect(current[0].classList.contains('current')).toBe(true);
    const parent = screen.getByRole('img', { name: 'running, contains the current state' });
    expect(parent.classList.contains('active')).toBe(true);
    // Transitions read as sentences, with XState's delayed events shortened.
    expect(screen.getByRole('img', { name: 'backOff to starting on after backoff' })).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'running to backOff on CRASH or LIVENESS_FAILED or after crash [crashes]',
      }),
    ).toBeTruthy();
    // The ways out of the current state are emphasised.
    const next = [...svg.querySelectorAll('.transition.next')].map((g) =>
      g.getAttribute('aria-label'),
    );
    expect(next).toContain('running.ready to running.unready on UNREADY');
    expect(next).toContain('running to terminating on STOP');
    expect(next).not.toContain('pending to pulling on SCHEDULED');
    expectSvgSnapshot(svg, 'statechart-container-ready');
  });

  it('draws each machine of the engine', () => {
    const states: Record<MachineKind, string> = {
      node: 'unreachable',
      container: 'backOff',
      vm: 'running.unready',
      breaker: 'open',
      autoscaler: 'scalingUp',
      rollout: 'progressing',
    };
    for (const kind of Object.keys(MACHINES) as MachineKind[]) {
      const { container, unmount } = render(StatechartView, {
        props: { kind, state: states[kind] },
      });
      const svg = svgOf(container);
      expect(svg.querySelector('[aria-current="true"] .title')!.textContent).toBe(
        states[kind].split('.').at(-1),
      );
      expectSvgSnapshot(svg, `statechart-${kind}`);
      unmount();
    }
  });

  it('shows a machine of the world at its state', () => {
    const world = playerAt(shopScenario, 25_000).world!;
    const breaker = world.machines['orders→payments'];
    expect(breaker.kind).toBe('breaker');
    const { container } = render(StatechartView, {
      props: { kind: breaker.kind as MachineKind, state: breaker.state },
    });
    expect(
      svgOf(container).querySelector('[aria-current="true"]')!.getAttribute('aria-label'),
    ).toBe(`${breaker.state}, current state`);
  });

  it('draws the machine without a current state', () => {
    const { container } = render(StatechartView, { props: { kind: 'breaker' } });
    expect(svgOf(container).querySelector('[aria-current]')).toBeNull();
    expect(svgOf(container).getAttribute('aria-label')).toBe('Circuit breaker state machine');
  });
});
