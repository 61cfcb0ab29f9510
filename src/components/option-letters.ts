/** Options are shown as A–E in the order the attempt shuffled them, whatever their ids. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
