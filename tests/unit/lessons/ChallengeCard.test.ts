import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChallengeCard from '../../../src/lessons/ChallengeCard.svelte';
import type { ChallengePart } from '../../../src/lessons/lessonTypes.ts';
import type { GoalResult } from '../../../src/sim/goals.ts';
import { locale } from '../../../src/i18n/locale.svelte.ts';

const challenge: ChallengePart = {
  kind: 'challenge',
  id: 'survive',
  goalHtml: '<p>Keep <strong>users</strong> happy.</p>',
  goals: [
    { errorRate: 'users', below: '1%' },
    { latency: 'users', below: '1s' },
    { event: 'nodeDown', subject: 'node-1' },
  ],
  keep: [],
  start: 'start.ts',
  solution: 'solution.ts',
  hintHtml: '<p>Add <code>retries</code>.</p>',
};

function results(errorRate: number, p99: number): GoalResult[] {
  return [
    {
      label: 'error rate under 1%',
      kind: 'errorRate',
      pass: errorRate < 0.01,
      value: errorRate,
      target: 0.01,
      unit: 'ratio',
    },
    {
      label: 'p99 under 1 s',
      kind: 'latency',
      pass: p99 < 1000,
      value: p99,
      target: 1000,
      unit: 'ms',
    },
    { label: 'node-1 still dies', kind: 'event', pass: true, value: 1, target: 1, unit: 'count' },
  ];
}

afterEach(() => {
  cleanup();
  locale.set('en');
});

describe('ChallengeCard', () => {
  it('shows the goal, and asks for a run before there are results', () => {
    render(ChallengeCard, { props: { challenge, results: [] } });
    expect(screen.getByRole('heading', { name: 'Challenge' })).toBeTruthy();
    expect(screen.getByText('users').tagName).toBe('STRONG');
    expect(screen.getByText('Run your scenario to check it against the goals.')).toBeTruthy();
  });

  it('lists each goal as met or not, with the value measured', () => {
    render(ChallengeCard, { props: { challenge, results: results(0.1395, 66) } });
    const items = screen
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      '✗ error rate under 1% not met measured 13.95%, must stay below 1%',
      '✓ p99 under 1 s met measured 66 ms, must stay below 1 s',
      '✓ node-1 still dies met happened once',
    ]);
    expect(screen.getByRole('status').textContent).toContain('2 of 3 goals met.');
  });

  it('hides the hint behind a disclosure', async () => {
    render(ChallengeCard, { props: { challenge, results: [] } });
    const details = screen.getByText('Hint').closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await fireEvent.click(screen.getByText('Hint'));
    expect(details.querySelector('code')?.textContent).toBe('retries');
  });

  it('offers the solution only after a real attempt', async () => {
    const onsolution = vi.fn();
    const { rerender } = render(ChallengeCard, {
      props: { challenge, results: [], attempted: false, onsolution },
    });
    expect(screen.queryByRole('button', { name: 'Show solution' })).toBeNull();
    await rerender({ challenge, results: [], attempted: true, onsolution });
    await fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    expect(onsolution).toHaveBeenCalledOnce();
  });

  it('reports a solved challenge once, and only for a complete run', async () => {
    const onsolved = vi.fn();
    const { rerender } = render(ChallengeCard, {
      props: { challenge, results: results(0, 50), complete: false, onsolved },
    });
    expect(onsolved).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('not final yet');
    await rerender({ challenge, results: results(0.005, 700), complete: true, onsolved });
    expect(onsolved).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toContain(
      'Every goal is met. Challenge solved!',
    );
    await rerender({ challenge, results: results(0.002, 650), complete: true, onsolved });
    expect(onsolved).toHaveBeenCalledOnce();
  });

  it('words start, all-running, machines-used and image-step results', () => {
    const started: GoalResult[] = [
      {
        label: 'VMs start',
        kind: 'startTime',
        pass: false,
        value: 41_000,
        target: 30_000,
        unit: 'ms',
      },
      {
        label: 'all up',
        kind: 'allRunning',
        pass: true,
        value: 12_500,
        target: 20_000,
        unit: 'ms',
      },
      {
        label: 'all VMs up',
        kind: 'allRunning',
        pass: false,
        value: NaN,
        target: 30_000,
        unit: 'ms',
      },
      { label: 'few hosts', kind: 'machinesUsed', pass: true, value: 2, target: 3, unit: 'count' },
      {
        label: 'work done',
        kind: 'cpuSeconds',
        pass: false,
        value: 289.7,
        target: 1200,
        unit: 'cpuSeconds',
      },
      { label: 'installs', kind: 'imageStep', pass: true, value: 1, target: 1, unit: 'count' },
      {
        label: 'still installs',
        kind: 'imageStep',
        pass: false,
        value: 0,
        target: 1,
        unit: 'count',
      },
    ];
    render(ChallengeCard, { props: { challenge, results: started } });
    const items = screen
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      '✗ VMs start not met measured 41 s, must stay below 30 s',
      '✓ all up met all running since 12.5 s, needed by 20 s',
      '✗ all VMs up not met not all running by 30 s',
      '✓ few hosts met at most 2 in use at once, must stay below 3',
      '✗ work done not met 290 CPU-seconds of work done, must be at least 1,200',
      '✓ installs met the image has it',
      '✗ still installs not met the image no longer has it',
    ]);
    cleanup();
    locale.set('zh');
    render(ChallengeCard, { props: { challenge, results: started } });
    const zh = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(zh[1]).toContain('自 12.5 s 起全部运行，须在 20 s 前');
    expect(zh[3]).toContain('同时最多使用 2 台，须少于 3 台');
    expect(zh[4]).toContain('完成了 290 CPU 秒的工作，须至少 1,200 CPU 秒');
    expect(zh[6]).toContain('镜像里已没有这一步');
  });

  it('speaks Chinese', () => {
    locale.set('zh');
    render(ChallengeCard, { props: { challenge, results: results(0.1395, 66), attempted: true } });
    expect(screen.getByRole('heading', { name: '挑战' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看参考答案' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0].textContent).toContain('实测 13.95%，须低于 1%');
  });
});

describe('ChallengeCard, a challenge that keeps parts of the scenario', () => {
  it('names the parts the reader’s run keeps', () => {
    render(ChallengeCard, {
      props: { challenge: { ...challenge, keep: ['traffic', 'faults'] }, results: [] },
    });
    const note = screen.getByText(/keeps these parts as the lesson wrote them/);
    expect(note.textContent?.replace(/\s+/g, ' ')).toMatch(/traffic, faults/);
    expect([...note.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      'traffic',
      'faults',
    ]);
  });

  it('says nothing of it when nothing is kept', () => {
    render(ChallengeCard, { props: { challenge, results: [] } });
    expect(screen.queryByText(/keeps these parts/)).toBeNull();
  });
});
