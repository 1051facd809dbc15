import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ResponsibilityStackView from '../../../src/views/ResponsibilityStackView.svelte';
import { expectSvgSnapshot } from './svgSnapshot.ts';

afterEach(cleanup);

const rowNames = () => screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'));

describe('ResponsibilityStackView', () => {
  it('shows who manages each layer of the chosen model, top layer first', () => {
    const { container } = render(ResponsibilityStackView, { props: { model: 'iaas' } });
    expect((screen.getByRole('radio', { name: 'IaaS' }) as HTMLInputElement).checked).toBe(true);
    expect(rowNames()).toEqual([
      'Application: you',
      'Data: you',
      'Runtime: you',
      'Middleware: you',
      'Operating system: you',
      'Virtualization: provider',
      'Servers: provider',
      'Storage: provider',
      'Networking: provider',
    ]);
    expectSvgSnapshot(container.querySelector('svg')!, 'stack-iaas');
  });

  it('changes with the radio group', async () => {
    const picked: string[] = [];
    render(ResponsibilityStackView, { props: { onchange: (m: string) => picked.push(m) } });
    await fireEvent.click(screen.getByRole('radio', { name: 'SaaS' }));
    expect(picked).toEqual(['saas']);
    expect(rowNames().filter((n) => n!.endsWith('you'))).toEqual(['Data: you']);
    expect(screen.getByRole('listbox').getAttribute('aria-label')).toBe(
      'Who manages each layer in SaaS',
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'On premises' }));
    expect(rowNames().every((n) => n!.endsWith('you'))).toBe(true);
  });

  it('explains a layer on focus or hover, and moves between layers with the arrows', async () => {
    render(ResponsibilityStackView, { props: { model: 'paas' } });
    const explain = () => document.querySelector('.explain')!.textContent!.trim();
    expect(explain()).toBe('Hover over or focus a layer to see what it is.');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.getAttribute('tabindex'))).toEqual(['0', ...Array(8).fill('-1')]);
    options[2].focus();
    await fireEvent.focus(options[2]);
    expect(explain()).toBe(
      'Runtime: the language runtime and libraries your code runs in. In PaaS the provider manages it.',
    );
    expect(options[2].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(options[2], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(options[1]);
    await fireEvent.mouseEnter(options[8]);
    expect(explain()).toMatch(/^Networking: .* In PaaS the provider manages it\.$/);
  });

  it('holds every model in a table with headers', () => {
    render(ResponsibilityStackView, {});
    const table = screen.getByRole('table', { name: 'Who manages each layer, by model' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Layer', 'On premises', 'IaaS', 'PaaS', 'SaaS']);
    const data = within(table).getByRole('rowheader', { name: 'Data' }).parentElement!;
    expect([...data.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      'you',
      'you',
      'you',
      'you',
    ]);
  });
});
