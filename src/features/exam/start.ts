// What the home page needs from the exam feature, without the exam screens (and the code highlighter
// they use), so the first download stays small.
export { StartPanel } from './start-panel';
export { useActiveAttempt, useLastFinished, useExamStatus, resetExamStoreForTests } from './exam-store';
export { useLoadedExam } from './use-exam';
