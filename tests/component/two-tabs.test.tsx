import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WRITER_KEY, readRecord, writeRecords } from '../../src/storage/idb';
import { answerInputs, renderApp, startNewExam } from '../setup/render-app';

describe('the same exam in two tabs', () => {
  it('stops writing once another tab has taken the exam, and takes it back without losing saved answers', async () => {
    const { user } = renderApp('/');
    await startNewExam(user);
    await user.click(answerInputs()[0]!);
    expect(await screen.findByText('Saved', { exact: true })).toBeInTheDocument();
    const before = (await readRecord('active')) as { session: { answers: Record<string, string[]> } };

    // Another tab takes the exam over (as its claim would), then this tab tries to change an answer.
    await writeRecords({ put: [[WRITER_KEY, 'the-other-tab']] });
    await user.click(answerInputs()[1]!);
    expect(await screen.findByRole('heading', { name: 'This exam is open in another tab' })).toBeInTheDocument();
    const after = (await readRecord('active')) as { session: { answers: Record<string, string[]> } };
    expect(after.session.answers).toEqual(before.session.answers);

    await user.click(screen.getByRole('button', { name: 'Continue in this tab' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
    expect(answerInputs()[0]).toBeChecked();
    expect(answerInputs()[1]).not.toBeChecked();
    expect(await readRecord(WRITER_KEY)).not.toBe('the-other-tab');
  });
});
