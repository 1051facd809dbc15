import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandFor } from '../../../src/app/shortcuts.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import QuizCard from '../../../src/lessons/QuizCard.svelte';
import type { QuizPart } from '../../../src/lessons/lessonTypes.ts';

const models = ['IaaS', 'PaaS', 'SaaS'];
const quiz: QuizPart = {
  kind: 'quiz',
  id: 'place-services',
  questionHtml: 'Which <em>model</em> is each service?',
  items: [
    {
      html: 'Amazon EC2',
      choices: models,
      answer: 0,
      explainHtml: '<p>You run everything from the OS up.</p>',
    },
    { html: 'Heroku', choices: models, answer: 1, explainHtml: null },
    {
      html: 'Amazon S3',
      choices: models,
      answer: 0,
      explainHtml: '<p>Object storage is a <strong>building block</strong>.</p>',
    },
  ],
  explainHtml: '<p>The further right, the less you manage.</p>',
};

const group = (name: string) => screen.getByRole('group', { name });
const radio = (item: string, choice: string) =>
  within(group(item)).getByRole('radio', { name: choice }) as HTMLInputElement;
const status = () => screen.getByRole('status');
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check' }));

afterEach(() => {
  cleanup();
  locale.set('en');
});

describe('QuizCard', () => {
  it('shows each item as a group of radios named by its legend', () => {
    render(QuizCard, { props: { quiz } });
    expect(screen.getByRole('heading', { name: 'Challenge' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Which model is each service?' })).toBeTruthy();
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
      ['Amazon EC2', 'Heroku', 'Amazon S3'],
    );
    expect(
      within(group('Heroku'))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent?.trim()),
    ).toEqual(models);
    expect(screen.getByText('Choose an answer for each, then check them.')).toBeTruthy();
    expect(status().textContent?.trim()).toBe('');
  });

  it('marks each item right or not with its explanation, and locks only the right ones', async () => {
    const onsolved = vi.fn();
    render(QuizCard, { props: { quiz, onsolved } });
    await fireEvent.click(radio('Amazon EC2', 'IaaS'));
    await fireEvent.click(radio('Amazon S3', 'SaaS'));
    await check();

    expect(within(group('Amazon EC2')).getByText('Right')).toBeTruthy();
    expect(
      within(group('Amazon EC2')).getByText('You run everything from the OS up.'),
    ).toBeTruthy();
    expect(within(group('Amazon S3')).getByText('Not quite')).toBeTruthy();
    expect(within(group('Amazon S3')).getByText('building block')).toBeTruthy();
    expect(within(group('Heroku')).getByText('No answer yet')).toBeTruthy();
    // The verdict is part of the group's description, for screen readers.
    const s3 = group('Amazon S3');
    expect(
      document.getElementById(s3.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Not quite');
    expect(radio('Amazon EC2', 'PaaS').disabled).toBe(true);
    expect(radio('Amazon S3', 'IaaS').disabled).toBe(false);
    expect(radio('Heroku', 'PaaS').disabled).toBe(false);
    expect(status().textContent).toContain(
      '1 of 3 right. Change the ones marked “not quite” and check again. 1 item has no answer yet.',
    );
    expect(onsolved).not.toHaveBeenCalled();
  });

  it('clears an item’s verdict when its answer changes, and is solved when all are right', async () => {
    const onsolved = vi.fn();
    render(QuizCard, { props: { quiz, onsolved } });
    await fireEvent.click(radio('Amazon EC2', 'IaaS'));
    await fireEvent.click(radio('Heroku', 'SaaS'));
    await fireEvent.click(radio('Amazon S3', 'SaaS'));
    await check();
    expect(status().textContent).toContain('1 of 3 right.');
    const first = status().querySelector('p');

    await fireEvent.click(radio('Amazon S3', 'IaaS'));
    expect(within(group('Amazon S3')).queryByText('Not quite')).toBeNull();
    expect(within(group('Heroku')).getByText('Not quite')).toBeTruthy();

    // A check with the same score is announced again: the status text is a new node.
    await check();
    expect(status().textContent).toContain('2 of 3 right.');
    expect(status().querySelector('p')).not.toBe(first);
    expect(onsolved).not.toHaveBeenCalled();

    await fireEvent.click(radio('Heroku', 'PaaS'));
    await check();
    expect(onsolved).toHaveBeenCalledTimes(1);
    expect(status().textContent?.trim()).toBe('All right. Challenge solved.');
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    const closing = screen.getByText('The further right, the less you manage.').parentElement;
    await tick();
    expect(document.activeElement).toBe(closing);
  });

  it('asks for answers first when nothing is chosen', async () => {
    render(QuizCard, { props: { quiz } });
    await check();
    expect(status().textContent?.trim()).toBe('Choose an answer for each item first.');
    expect(screen.getAllByText('No answer yet')).toHaveLength(3);
  });

  it('opens solved when solved before, and can be tried again', async () => {
    const onsolved = vi.fn();
    render(QuizCard, { props: { quiz, solved: true, onsolved } });
    expect(radio('Heroku', 'PaaS').checked).toBe(true);
    expect(screen.getAllByText('Right')).toHaveLength(3);
    expect(status().textContent?.trim()).toBe('All right. Challenge solved.');
    expect(screen.getByText('The further right, the less you manage.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await tick();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.queryByText('Right')).toBeNull();
    expect(document.activeElement).toBe(radio('Amazon EC2', 'IaaS'));
    expect(onsolved).not.toHaveBeenCalled();
  });

  it('starts afresh for another quiz in the same place', async () => {
    const { rerender } = render(QuizCard, { props: { quiz } });
    await fireEvent.click(radio('Amazon EC2', 'PaaS'));
    await check();
    const other: QuizPart = {
      ...quiz,
      id: 'other',
      items: [{ html: 'Gmail', choices: models, answer: 2, explainHtml: null }],
    };
    await rerender({ quiz: other });
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(status().textContent?.trim()).toBe('');
  });

  it('works from the keyboard: native radios, one name per item, checked by submitting', async () => {
    const onsolved = vi.fn();
    render(QuizCard, { props: { quiz: { ...quiz, items: quiz.items.slice(0, 1) }, onsolved } });
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    // The lesson's shortcuts (N for next step, arrows for the simulation) leave the radios alone.
    for (const key of ['ArrowRight', 'ArrowLeft', 'n', ' ', 'Enter'])
      expect(
        commandFor({ key, ctrlKey: false, altKey: false, metaKey: false, target: radios[0] }),
      ).toBeNull();
    radios[0].focus();
    await fireEvent.click(radios[0]);
    // Enter in a field submits the form in a browser.
    await fireEvent.submit(screen.getByRole('form'));
    expect(onsolved).toHaveBeenCalledTimes(1);
  });

  it('speaks Chinese', async () => {
    locale.set('zh');
    render(QuizCard, { props: { quiz } });
    expect(screen.getByRole('heading', { name: '挑战' })).toBeTruthy();
    await fireEvent.click(radio('Amazon EC2', 'SaaS'));
    await fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(status().textContent).toContain('答对 0 / 3 题。');
    expect(within(group('Amazon EC2')).getByText('不太对')).toBeTruthy();
  });
});
