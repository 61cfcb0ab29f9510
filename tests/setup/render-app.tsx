import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../../src/app/router';

/** The whole app at `path`, as a candidate would open it; returns the router to read the location. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, user, router };
}

/** The answer inputs of the question on screen: radio buttons, or checkboxes for "choose two". */
export function answerInputs(): HTMLInputElement[] {
  const group = screen.getByRole('group', { name: 'Answer options' });
  const radios = within(group).queryAllByRole('radio');
  return (radios.length > 0 ? radios : within(group).getAllByRole('checkbox')) as HTMLInputElement[];
}

/** From the home page: start a new exam and wait for its first question. */
export async function startNewExam(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Start a new mock exam' }));
  await screen.findByRole('heading', { name: 'Question 1 of 45' });
}
