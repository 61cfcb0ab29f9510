/* eslint-disable @typescript-eslint/consistent-type-imports -- an ambient module cannot use import declarations */
// Types of the two modules the question-bank Vite plugin serves (src/bank/vite-plugin-bank.ts).
declare module 'virtual:blueprint' {
  const blueprint: import('../engine/types').Blueprint;
  export default blueprint;
}

declare module 'virtual:question-bank' {
  const questions: import('../engine/types').Question[];
  export default questions;
}
