import { en, type Strings } from './en';

/**
 * The UI's text. One locale today; a Japanese catalogue with the same shape slots in here, and a
 * question's own `i18n` field carries its translated text.
 */
export function useStrings(): Strings {
  return en;
}

export type { Strings };
