import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { Layout } from './layout';
import { ExamIndexRoute, QuestionRoute, ReviewRoute } from './routes/exam';
import { HistoryRoute } from './routes/history';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ResultsRoute } from './routes/results';

/** The one route table; the browser router and the tests' memory router both use it. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home.pattern, element: <HomeRoute /> },
      { path: paths.exam.pattern, element: <ExamIndexRoute /> },
      { path: paths.question.pattern, element: <QuestionRoute /> },
      { path: paths.review.pattern, element: <ReviewRoute /> },
      { path: paths.results.pattern, element: <ResultsRoute /> },
      { path: paths.history.pattern, element: <HistoryRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
