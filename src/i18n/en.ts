// Every piece of UI text lives here, so a Japanese catalogue can be added beside it without touching a
// component. Functions are used where a number or name goes into the sentence.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  appName: 'ML Associate Mock Exam',
  skipToContent: 'Skip to main content',
  nav: { label: 'Main', home: 'Home', history: 'History' },
  loading: 'Loading…',
  notFound: { title: 'Page not found', body: 'There is nothing at this address.', home: 'Go to the home page' },

  home: {
    title: 'Databricks Certified Machine Learning Associate: mock exam',
    intro: (count: number, minutes: number, passMark: number, pass: number) =>
      `${count} multiple-choice questions in ${minutes} minutes, drawn by domain weight like the real exam. ` +
      `You pass with ${passMark} of ${count} correct (${pass}%).`,
    domainsHeading: 'What the exam covers',
    domainShare: (count: number) => plural(count, 'question', 'questions'),
    start: 'Start a new mock exam',
    starting: 'Drawing your questions…',
    resumeHeading: 'You have an exam in progress',
    resumeBody: (answered: number, total: number, left: string) => `${answered} of ${total} answered · ${left} left`,
    resume: 'Resume exam',
    rulesHeading: 'How it works',
    rules: [
      'The clock keeps running if you close the tab; come back before it ends to carry on.',
      'Flag questions you want to revisit; the review screen lists them before you submit.',
      'Unanswered questions count as wrong, as on the real exam.',
      'Keyboard: 1–5 or A–E choose an option, N/P or the arrow keys move, F flags.',
    ],
    expiredAway: 'Time ran out on your last exam while you were away. It was scored with the answers you had given.',
    seeResults: 'See the results',
    bankTooSmall: (domain: string, have: number, need: number) =>
      `The question bank has only ${have} questions in ${domain}; an exam needs ${need}.`,
  },

  exam: {
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    chooseOne: 'Choose one answer.',
    chooseN: (n: number) => `Choose ${n} answers.`,
    chosenOfN: (chosen: number, n: number) => `${chosen} of ${n} chosen`,
    optionsLabel: 'Answer options',
    previous: 'Previous',
    next: 'Next',
    flag: 'Flag for review',
    flagged: 'Flagged',
    clear: 'Clear answer',
    review: 'Review and submit',
    statusLabel: 'Exam status',
    timeLeft: 'Time left',
    timeWarning: (minutes: number) => `${minutes} minutes left in the exam.`,
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'Not saved',
    navigatorLabel: 'Questions',
    navItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
      [`Question ${n}`, answered ? 'answered' : 'unanswered', flagged ? 'flagged' : '', current ? 'current' : '']
        .filter(Boolean)
        .join(', '),
    legend: { answered: 'Answered', unanswered: 'Unanswered', flagged: 'Flagged', current: 'Current' },
    code: 'Python code',
  },

  review: {
    title: 'Review your answers',
    summary: (answered: number, unanswered: number, flagged: number) =>
      `${answered} answered · ${unanswered} unanswered · ${flagged} flagged`,
    filterLabel: 'Show',
    filters: { all: 'All', flagged: 'Flagged', unanswered: 'Unanswered' },
    statusAnswered: 'Answered',
    statusUnanswered: 'Unanswered',
    flaggedMark: 'Flagged',
    empty: 'No questions match this filter.',
    goTo: (n: number) => `Go to question ${n}`,
    backToExam: 'Back to the exam',
    submit: 'Submit exam',
  },

  submit: {
    title: 'Submit your exam?',
    body: (unanswered: number, flagged: number) =>
      unanswered === 0 && flagged === 0
        ? 'Every question is answered and none is flagged.'
        : `You have ${plural(unanswered, 'unanswered question', 'unanswered questions')} and ` +
          `${plural(flagged, 'flagged question', 'flagged questions')}. Unanswered questions count as wrong.`,
    confirm: 'Submit and see results',
    cancel: 'Keep working',
  },

  results: {
    title: 'Results',
    passed: 'Pass',
    failed: 'Not yet a pass',
    score: (correct: number, total: number) => `${correct} of ${total} correct`,
    passMark: (mark: number, total: number, percent: number) => `Pass mark: ${mark} of ${total} (${percent}%)`,
    timeUsed: (used: string) => `Time used: ${used}`,
    endedBy: { submitted: 'Submitted', expired: 'Time ran out; the answers given were scored.' },
    takenOn: (date: string) => `Taken ${date}`,
    domainsHeading: 'By domain',
    domainTableCaption: 'Score by domain',
    columns: { domain: 'Domain', correct: 'Correct', total: 'Questions', percent: 'Score' },
    chartLabel: (pass: number) => `Score by domain, with the ${pass}% pass line`,
    passLine: (pass: number) => `${pass}% pass line`,
    weakHeading: 'Topics to study',
    weakNone: 'No topic scored under the pass mark. Well done.',
    weakItem: (topic: string, correct: number, total: number) => `${topic}: ${correct} of ${total}`,
    reviewHeading: 'Question by question',
    filterLabel: 'Show',
    filters: { all: 'All', incorrect: 'Incorrect', flagged: 'Flagged' },
    domainFilter: 'Domain',
    allDomains: 'All domains',
    shown: (n: number, total: number) => `Showing ${n} of ${total}`,
    correct: 'Correct',
    incorrect: 'Incorrect',
    unanswered: 'Unanswered',
    yourAnswer: 'Your answer',
    correctAnswer: 'Correct answer',
    noAnswer: 'No answer',
    explanation: 'Why',
    whyWrong: 'Why the other options are wrong',
    references: 'Sources',
    checked: (against: string, version: string, date: string) => `Checked against ${against} (${version}), ${date}.`,
    notFound: 'This attempt could not be found in this browser.',
    newExam: 'Take another exam',
    history: 'See all attempts',
  },

  history: {
    title: 'History',
    empty: 'No finished attempts yet. Your results appear here after each exam.',
    trendHeading: 'Score trend',
    trendLabel: (n: number, pass: number) => `Scores of your last ${plural(n, 'attempt', 'attempts')}, with the ${pass}% pass line`,
    tableCaption: 'Finished attempts, newest first',
    columns: { date: 'Date', score: 'Score', result: 'Result' },
    open: (date: string) => `Open results of ${date}`,
  },

  backup: {
    heading: 'Back up and restore',
    intro: 'Your attempts live only in this browser. Download a backup to keep them safe or to move them to another browser.',
    download: 'Download a backup',
    restore: 'Restore from a backup file',
    reading: 'Reading the file…',
    rejected: (reason: string) => `This file cannot be restored. ${reason} Nothing was changed.`,
    previewTitle: 'Restore this backup?',
    preview: (attempts: number, fresh: number, active: boolean) =>
      `${plural(attempts, 'attempt', 'attempts')} in the file, ${fresh} new.` +
      (active ? ' It also has an exam in progress, which will be restored.' : '') +
      ' Attempts already here are left as they are.',
    confirm: 'Restore',
    cancel: 'Cancel',
    done: (added: number) => `Restored ${plural(added, 'attempt', 'attempts')}.`,
    failed: (detail: string) => `The backup could not be restored (${detail}). Nothing was changed.`,
  },

  elsewhere: {
    title: 'This exam is open in another tab',
    body: 'Only one tab can work on an exam at a time, so no tab overwrites another. Continue here to move the exam to this tab; everything saved in the other tab comes with it.',
    takeOver: 'Continue in this tab',
  },

  storage: {
    saveFailed: (detail: string) =>
      `Your answers could not be saved in this browser (${detail}). They are kept in this tab: do not close it, or download a copy.`,
    problems: (n: number) =>
      `${plural(n, 'stored record', 'stored records')} could not be read and ${n === 1 ? 'was' : 'were'} set aside. Nothing else was affected.`,
    download: 'Download a copy',
    dismiss: 'Dismiss',
  },
} as const;

export type Strings = typeof en;
