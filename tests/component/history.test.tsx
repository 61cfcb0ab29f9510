import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerInputs, renderApp, startNewExam } from '../setup/render-app';

describe('history', () => {
  it('says there is nothing yet before the first exam', async () => {
    renderApp('/history');
    expect(await screen.findByText(/No finished attempts yet/)).toBeInTheDocument();
  });

  it('lists a finished attempt and opens its results again', async () => {
    const { user, router } = renderApp('/');
    await startNewExam(user);
    await user.click(answerInputs()[0]!);
    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await user.click(await screen.findByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit and see results' }));
    await screen.findByRole('heading', { name: 'Results', level: 1 });
    const resultsPath = router.state.location.pathname;

    await user.click(screen.getByRole('link', { name: 'History' }));
    const table = await screen.findByRole('table', { name: 'Finished attempts, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByText(/\/45\)/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Scores of your last 1 attempt/ })).toBeInTheDocument();

    await user.click(within(rows[0]!).getByRole('link'));
    expect(await screen.findByRole('heading', { name: 'Results', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(resultsPath);
  });

  it('filters the question review by incorrect answers and by domain', async () => {
    const { user, router } = renderApp('/');
    await startNewExam(user);
    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await user.click(await screen.findByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit and see results' }));
    await screen.findByRole('heading', { name: 'Results', level: 1 });
    expect(screen.getByText('Showing 45 of 45')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Incorrect' }));
    expect(screen.getByText('Showing 45 of 45')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'Spark ML');
    expect(screen.getByText('Showing 10 of 45')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?show=incorrect&domain=spark-ml');
  });
});
