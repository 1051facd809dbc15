import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PredictQuestion from '../../../src/lessons/PredictQuestion.svelte';
import type { PredictPart } from '../../../src/lessons/lessonTypes.ts';

const predict: PredictPart = {
  kind: 'predict',
  id: 'node-dies',
  questionHtml: 'What happens to <em>latency</em>?',
  choices: [
    { html: 'Nothing.', correct: false },
    { html: 'Half the requests time out.', correct: true },
    { html: 'Everything fails.', correct: false },
  ],
  explainHtml: '<p>The control plane <strong>waits</strong> 50 s.</p>',
};

afterEach(() => cleanup());

describe('PredictQuestion', () => {
  it('offers its choices as a radio group named by the question', () => {
    render(PredictQuestion, { props: { predict } });
    const group = screen.getByRole('radiogroup', { name: 'What happens to latency?' });
    expect(group).toBeTruthy();
    expect(
      screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent?.trim()),
    ).toEqual(['Nothing.', 'Half the requests time out.', 'Everything fails.']);
  });

  it('lets the reader run only after choosing', async () => {
    const onrun = vi.fn();
    render(PredictQuestion, { props: { predict, onrun } });
    const run = screen.getByRole('button', { name: 'Run it and see' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    await fireEvent.click(run);
    expect(onrun).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('radio', { name: 'Half the requests time out.' }));
    expect(run.disabled).toBe(false);
    await fireEvent.click(run);
    expect(onrun).toHaveBeenCalledWith(1, true);
  });

  it('locks the answer once run, and explains only after the run has played', async () => {
    const { rerender } = render(PredictQuestion, { props: { predict, played: false } });
    await fireEvent.click(screen.getByRole('radio', { name: 'Nothing.' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Run it and see' }));
    expect(screen.queryByRole('button', { name: 'Run it and see' })).toBeNull();
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByText('Your answer is in. Watch the run…')).toBeTruthy();
    expect(screen.queryByText(/waits/)).toBeNull();

    await rerender({ predict, played: true });
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toContain('Not quite. Here is what happened.');
    expect(live.querySelector('strong')?.textContent).toBe('waits');
    expect(screen.getByText('the answer').closest('label')?.textContent).toContain(
      'Half the requests',
    );
    expect(screen.getByText('your answer').closest('label')?.textContent).toContain('Nothing.');
  });

  it('shows an earlier answer as answered', () => {
    render(PredictQuestion, { props: { predict, answered: 1, played: true } });
    expect(
      (screen.getByRole('radio', { name: /Half the requests/ }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.getByText('You called it.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
