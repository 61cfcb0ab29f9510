// Every route path in one place. Features link with these helpers; only app/router.tsx uses `pattern`.
export const paths = {
  home: { pattern: '/', to: () => '/' },
  exam: { pattern: '/exam', to: () => '/exam' },
  question: { pattern: '/exam/question/:n', to: (n: number) => `/exam/question/${n}` },
  review: { pattern: '/exam/review', to: () => '/exam/review' },
  results: { pattern: '/results/:attemptId', to: (attemptId: string) => `/results/${encodeURIComponent(attemptId)}` },
  history: { pattern: '/history', to: () => '/history' },
} as const;
