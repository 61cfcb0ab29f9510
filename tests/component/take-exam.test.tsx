import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerInputs, renderApp, startNewExam } from '../setup/render-app';

describe('taking an exam', () => {
  it('starts a 45-question exam from the home page and shows the first question', async () => {
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Start a new mock exam' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/exam/question/1');
    expect(screen.getByRole('timer')).toHaveTextContent('1:30:00');
    const nav = screen.getByRole('navigation', { name: 'Questions' });
    expect(within(nav).getAllByRole('link')).toHaveLength(45);
  });

  it('records an answer, a flag and a move made with the keyboard', async () => {
    const { user } = renderApp('/');
    await startNewExam(user);
    await user.keyboard('1');
    expect(answerInputs()[0]).toBeChecked();
    await user.keyboard('f');
    expect(screen.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'Question 2 of 45' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Questions' });
    expect(within(nav).getByRole('link', { name: 'Question 1, answered, flagged' })).toBeInTheDocument();
    await user.keyboard('p');
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
  });

  it('shows "saved" only after the answer is stored', async () => {
    const { user } = renderApp('/');
    await startNewExam(user);
    await user.click(answerInputs()[1]!);
    expect(await screen.findByText('Saved', { exact: true })).toBeInTheDocument();
  });

  it('lists flagged and unanswered questions on the review screen and jumps to one', async () => {
    const { user, router } = renderApp('/');
    await startNewExam(user);
    await user.keyboard('f');
    await user.click(screen.getByRole('link', { name: 'Question 3, unanswered' }));
    await screen.findByRole('heading', { name: 'Question 3 of 45' });
    await user.keyboard('2');
    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    expect(await screen.findByRole('heading', { name: 'Review your answers' })).toBeInTheDocument();
    expect(screen.getByText('1 answered · 44 unanswered · 1 flagged')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Flagged' }));
    expect(screen.getAllByRole('link', { name: /^Go to question/ })).toHaveLength(1);
    expect(router.state.location.search).toBe('?show=flagged');
    await user.click(screen.getByRole('radio', { name: 'Unanswered' }));
    expect(screen.getAllByRole('link', { name: /^Go to question/ })).toHaveLength(44);

    await user.click(screen.getByRole('link', { name: 'Go to question 1' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 45' })).toBeInTheDocument();
  });

  it('asks for confirmation naming unanswered and flagged counts, then shows the results', async () => {
    const { user, router } = renderApp('/');
    await startNewExam(user);
    await user.keyboard('1');
    await user.keyboard('f');
    await user.click(screen.getByRole('link', { name: 'Review and submit' }));
    await user.click(await screen.findByRole('button', { name: 'Submit exam' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit your exam?' });
    expect(dialog).toHaveTextContent('You have 44 unanswered questions and 1 flagged question.');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit and see results' }));
    expect(await screen.findByRole('heading', { name: 'Results', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/results\//);
    expect(screen.getByText(/of 45 correct/)).toBeInTheDocument();
    expect(screen.getByText('Pass mark: 32 of 45 (70%)')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Score by domain' });
    const totals = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1]?.textContent);
    expect(totals).toEqual(['13', '13', '10', '9']);
  });
});
