import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { Layout } from './layout';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

// Home is in the first download; every other screen is its own chunk, fetched when first visited, so
// the exam, results and history code (and the code highlighter) never delay the first page.
const exam = () => import('./routes/exam');

/** The one route table; the browser router and the tests' memory router both use it. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home.pattern, element: <HomeRoute /> },
      { path: paths.exam.pattern, lazy: async () => ({ Component: (await exam()).ExamIndexRoute }) },
      { path: paths.question.pattern, lazy: async () => ({ Component: (await exam()).QuestionRoute }) },
      { path: paths.review.pattern, lazy: async () => ({ Component: (await exam()).ReviewRoute }) },
      { path: paths.results.pattern, lazy: async () => ({ Component: (await import('./routes/results')).ResultsRoute }) },
      { path: paths.history.pattern, lazy: async () => ({ Component: (await import('./routes/history')).HistoryRoute }) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
