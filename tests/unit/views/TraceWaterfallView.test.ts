import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import TraceWaterfallView from '../../../src/views/TraceWaterfallView.svelte';
import { traceChoices } from '../../../src/views/traceChoices.ts';
import { playerAt, runOf, shop } from './playerFromRun.svelte.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

afterEach(() => {
  cleanup();
  locale.set('en');
});

const traces = runOf(shop).out.traces;
/** A trace in which a call timed out while the work it started went on. */
const orphaned = traces.find((trace) =>
  trace.spans.some((s) => {
    const parent = trace.spans.find((p) => p.id === s.parent);
    return s.kind === 'server' && parent?.kind === 'client' && s.end > parent.end;
  }),
)!;

describe('TraceWaterfallView', () => {
  it('offers only traces already over, slowest first, and draws the slowest', () => {
    const player = playerAt(shop, 60_000);
    const { container } = render(TraceWaterfallView, { player });
    const select = screen.getByRole('combobox', { name: 'Trace' }) as HTMLSelectElement;
    const expected = traceChoices(traces, 60_000, 'slowest');
    expect(select.options).toHaveLength(expected.length);
    expect(Number(select.value)).toBe(expected[0].id);
    expect(container.querySelectorAll('.labels li')).toHaveLength(expected[0].spans.length);
    expect(screen.getByText(new RegExp(`^Request #${expected[0].id} from users`))).toBeTruthy();
  });

  it('lists the latest first when asked, and follows the picker', async () => {
    const player = playerAt(shop, 60_000);
    render(TraceWaterfallView, { player });
    await fireEvent.click(screen.getByLabelText('Latest first'));
    const latest = traceChoices(traces, 60_000, 'latest');
    const select = screen.getByRole('combobox', { name: 'Trace' }) as HTMLSelectElement;
    expect(Number(select.value)).toBe(latest[0].id);
    await fireEvent.change(select, { target: { value: String(latest[2].id) } });
    expect(screen.getByText(new RegExp(`^Request #${latest[2].id} `))).toBeTruthy();
  });

  it('indents spans under their parents, numbers retries and shows orphaned work', () => {
    const player = playerAt(shop, 120_000);
    const { container } = render(TraceWaterfallView, { player, traceId: orphaned.id });
    const rows = Array.from(container.querySelectorAll('.labels li')) as HTMLElement[];
    expect(rows[0].textContent).toContain('users → gateway');
    expect(rows.map((r) => r.style.paddingLeft)).toContain('3.25rem');
    expect(container.textContent).toMatch(/It kept working [\d.]+m?s after its caller gave up/);
    expect(container.querySelector('rect.orphan')).toBeTruthy();
    expect(container.querySelector('svg text.words')?.textContent).toBeTruthy();
    if (orphaned.spans.some((s) => s.attempt > 1))
      expect(rows.some((r) => /#2/.test(r.textContent ?? ''))).toBe(true);
  });

  it('says when no trace is over yet, and updates as time passes', () => {
    const player = playerAt(shop, 0);
    render(TraceWaterfallView, { player });
    expect(screen.getByText('No sampled request has finished yet.')).toBeTruthy();
    player.t = 30_000;
    flushSync();
    expect(screen.queryByText('No sampled request has finished yet.')).toBeNull();
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    const { container } = render(TraceWaterfallView, { player: playerAt(shop, 60_000) });
    expect(screen.getByLabelText('最慢的在前')).toBeTruthy();
    expect(
      within(container.querySelector('.labels')!).getAllByText(/调用 /).length,
    ).toBeGreaterThan(0);
  });

  it('draws the same waterfall as before (snapshot)', () => {
    const player = playerAt(shop, 120_000);
    const { container } = render(TraceWaterfallView, { player, traceId: orphaned.id });
    expectSvgSnapshot(container.querySelector('.bars svg')!, 'waterfall-orphaned');
  });
});
