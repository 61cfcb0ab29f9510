// The exam feature's public face: what routes may use.
export { QuestionPage } from './question-page';
export { ReviewPage } from './review-page';
export { StartPanel } from './start-panel';
export { useActiveAttempt, useLastFinished, useExamStatus, resetExamStoreForTests } from './exam-store';
export { useLoadedExam } from './use-exam';
