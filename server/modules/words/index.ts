// Public face of the words module (issue 16 §1): the respectful-language check every save of words a family reads goes
// through, the kept-as-written confirmations beside each version, and the team manager's counts.
export {
  type CheckedFields,
  checkWords,
  type KeptOn,
  keptFor,
  keptOf,
  recordKeptAsWritten,
  UNCHECKED,
  WORDS_TO_CHECK,
  type WordsCheck,
  WordsToCheckBody,
} from './kept-as-written.ts';
export { registerKeptWordsRoutes } from './kept-words.routes.ts';
