import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ContentsPage from '../../../src/app/ContentsPage.svelte';
import { locale } from '../../../src/i18n/locale.svelte.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { lessonCatalog } from '../../../src/lessons/lessonCatalog.ts';
import { progress } from '../../../src/lessons/progress.svelte.ts';
import { progressFileText } from '../../../src/lessons/progressData.ts';

beforeEach(() => {
  progress.reset();
});

afterEach(() => {
  cleanup();
  locale.set('en');
  progress.reset();
  vi.restoreAllMocks();
});

/** The list item of a lesson on the page. */
function itemOf(title: string): HTMLElement {
  const link = screen.getByRole('link', { name: title });
  const item = link.closest('li');
  if (!item) throw new Error(`no list item for ${title}`);
  return item;
}

const stateOf = (title: string) =>
  itemOf(title).querySelector('.state')?.textContent?.replace(/\s+/g, ' ').trim();

describe('ContentsPage', () => {
  it('lists every part and its lessons in course order, each a link to the lesson', () => {
    render(ContentsPage);
    expect(screen.getByRole('heading', { level: 1, name: 'Contents' })).toBeTruthy();
    const parts = lessonCatalog.parts('en');
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const section = screen.getByRole('region', { name: part.title });
      const links = within(section).queryAllByRole('link');
      expect(links.map((a) => a.textContent)).toEqual(part.lessons.map((l) => l.title));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(
        part.lessons.map((l) => `#/${l.part}/${l.slug}`),
      );
    }
    expect(
      screen
        .getByRole('link', { name: MESSAGES.en['sandbox.link'] as string })
        .getAttribute('href'),
    ).toBe('#/sandbox');
  });

  it('shows the reader’s progress in each lesson', () => {
    const lesson = lessonCatalog.find('start/tour', 'en');
    if (!lesson) throw new Error('the tour lesson is missing');
    const steps = lesson.steps.length;
    expect(steps).toBeGreaterThan(2);
    render(ContentsPage);
    expect(stateOf(lesson.title)).toBe('not started');
    progress.markSeen(lesson.id, lesson.steps[0].id);
    progress.markSeen(lesson.id, lesson.steps[1].id);
    flushSync();
    expect(stateOf(lesson.title)).toBe(`2 of ${steps} steps`);
    for (const step of lesson.steps) progress.markSeen(lesson.id, step.id);
    progress.markSolved(lesson.id, 'challenge');
    flushSync();
    expect(stateOf(lesson.title)).toBe('done · challenge solved');
  });

  it('speaks the reader’s language', () => {
    render(ContentsPage);
    locale.set('zh');
    flushSync();
    const parts = lessonCatalog.parts('zh');
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Contents');
    for (const part of parts) {
      const heading = screen.getByRole('heading', { level: 2, name: part.title });
      expect(heading.getAttribute('lang')).toBe(part.lang === 'zh' ? 'zh-CN' : 'en');
    }
  });

  it('imports a progress file and says so; a bad file changes nothing and says why', async () => {
    const lesson = lessonCatalog.find('start/tour', 'en')!;
    const { container } = render(ContentsPage);
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = progressFileText(
      {
        version: 1,
        lessons: {
          [lesson.id]: { seen: [lesson.steps[0].id], predictions: {}, solved: {} },
        },
      },
      new Date('2025-01-01T00:00:00Z'),
    );
    await fireEvent.change(input, {
      target: { files: [new File([file], 'progress.json', { type: 'application/json' })] },
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Progress imported and merged with what you had.',
      ),
    );
    expect(progress.hasSeen(lesson.id, lesson.steps[0].id)).toBe(true);
    expect(stateOf(lesson.title)).toBe(`1 of ${lesson.steps.length} steps`);

    await fireEvent.change(input, {
      target: { files: [new File(['not json'], 'progress.json')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'This file is not a progress file: it is not even JSON.',
      ),
    );
    expect(screen.getByRole('status').classList.contains('error')).toBe(true);
    expect(progress.hasSeen(lesson.id, lesson.steps[0].id)).toBe(true);
  });

  it('exports progress as cloudscope-progress.json', async () => {
    const lesson = lessonCatalog.find('start/tour', 'en')!;
    progress.markSeen(lesson.id, lesson.steps[0].id);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:progress';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    render(ContentsPage);
    await fireEvent.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('cloudscope-progress.json');
    expect(clicked[0].getAttribute('href')).toBe('blob:progress');
    expect(JSON.parse(await blobs[0].text())).toMatchObject({
      lessons: { [lesson.id]: { seen: [lesson.steps[0].id] } },
    });
  });
});
