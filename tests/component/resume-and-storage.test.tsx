import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readAllRecords } from '../../src/storage/idb';
import * as idb from '../../src/storage/idb';
import { answerInputs, renderApp, startNewExam } from '../setup/render-app';
import { putRaw, seedActiveAttempt } from '../setup/seed';

const MIN = 60_000;

describe('coming back to an exam', () => {
  it('resumes at the deep-linked question with answers, flags and the original deadline', async () => {
    const { session, questions } = await seedActiveAttempt((s) => ({
      startedAt: Date.now() - 30 * MIN,
      deadline: Date.now() + 60 * MIN,
      answers: { [s.questionIds[2] as string]: [s.optionOrder[s.questionIds[2] as string]![1]!] },
      flagged: [s.questionIds[2] as string],
    }));
    renderApp('/exam/question/3');
    expect(await screen.findByRole('heading', { name: 'Question 3 of 45' })).toBeInTheDocument();
    expect(answerInputs()[1]).toBeChecked();
    expect(screen.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('timer').textContent).toMatch(/^(1:00:00|59:5\d)$/);
    expect(screen.getByText(questions[2]!.stem.split('`')[0]!.trim().slice(0, 30), { exact: false })).toBeInTheDocument();
    expect(session.id).toBe('seeded');
  });

  it('offers to resume from the home page', async () => {
    await seedActiveAttempt();
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'You have an exam in progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Resume exam' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
  });

  it('scores the answers given before the deadline when the deadline passed while away', async () => {
    const { session } = await seedActiveAttempt((s) => ({
      startedAt: Date.now() - 3 * 24 * 60 * MIN,
      deadline: Date.now() - 3 * 24 * 60 * MIN + 90 * MIN,
      answers: { [s.questionIds[0] as string]: [s.optionOrder[s.questionIds[0] as string]![0]!] },
    }));
    const { router } = renderApp('/exam/question/5');
    expect(await screen.findByRole('heading', { name: 'Results', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/results/${session.id}`);
    expect(screen.getByText('Time ran out; the answers given were scored.')).toBeInTheDocument();
    expect(screen.getByText('Time used: 1:30:00')).toBeInTheDocument();
    const keys = (await readAllRecords()).map(([k]) => k);
    expect(keys).toContain(`attempt:${session.id}`);
    expect(keys).not.toContain('active');
  });

  it('sends a deep link home when there is no exam in progress', async () => {
    const { router } = renderApp('/exam/question/7');
    expect(await screen.findByRole('button', { name: 'Start a new mock exam' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('storage faults', () => {
  it('sets a corrupt record aside, says so, and still lets the candidate start', async () => {
    await putRaw('active', { schemaVersion: 1, kind: 'active', session: { id: 42 } });
    const { user } = renderApp('/');
    expect(await screen.findByText(/1 stored record could not be read and was set aside/)).toBeInTheDocument();
    const keys = (await readAllRecords()).map(([k]) => k);
    expect(keys.some((k) => k.startsWith('quarantine:') && k.endsWith(':active'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start a new mock exam' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
  });

  it('does not crash on a record from a newer version of the app', async () => {
    await putRaw('active', { schemaVersion: 99, kind: 'active' });
    renderApp('/');
    expect(await screen.findByText(/could not be read/)).toBeInTheDocument();
  });

  it('says plainly when an answer could not be saved, offers a copy and keeps the answer on screen', async () => {
    const { user } = renderApp('/');
    await startNewExam(user);
    vi.spyOn(idb, 'writeRecords').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await user.click(answerInputs()[0]!);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be saved in this browser \(QuotaExceededError/);
    expect(within(alert).getByRole('button', { name: 'Download a copy' })).toBeInTheDocument();
    expect(screen.getByText('Not saved')).toBeInTheDocument();
    expect(answerInputs()[0]).toBeChecked();
  });
});

describe('the clock', () => {
  it('warns once ten minutes are left, through a polite live region', async () => {
    await seedActiveAttempt(() => ({ startedAt: Date.now() - 81 * MIN, deadline: Date.now() + 9 * MIN }));
    renderApp('/exam/question/1');
    await screen.findByRole('heading', { name: 'Question 1 of 45' });
    const live = screen.getByText('10 minutes left in the exam.');
    expect(live).toHaveAttribute('aria-live', 'polite');
  });

  it('submits automatically when time runs out', async () => {
    const { session } = await seedActiveAttempt(() => ({ startedAt: Date.now() - 90 * MIN + 1200, deadline: Date.now() + 1200 }));
    const { router } = renderApp('/exam/question/1');
    await screen.findByRole('heading', { name: 'Question 1 of 45' });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/results/${session.id}`), { timeout: 4000 });
    expect(await screen.findByText('Time ran out; the answers given were scored.')).toBeInTheDocument();
  });
});

describe('without IndexedDB', () => {
  it('still runs an exam in memory and says plainly that nothing is being saved', async () => {
    // Private modes and locked-down browsers can hide IndexedDB entirely.
    (globalThis as { indexedDB?: unknown }).indexedDB = undefined;
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Start a new mock exam' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be saved in this browser \(StorageUnavailableError/);
    await user.click(answerInputs()[0]!);
    expect(answerInputs()[0]).toBeChecked();
    expect(screen.getByText('Not saved')).toBeInTheDocument();
  });
});
