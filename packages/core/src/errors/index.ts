export { ERROR_CODES, type TakarErrorCode } from './codes.js';
export {
  TakarError,
  issue,
  formatIssues,
  formatPath,
  safely,
  throwIfAny,
  type IssuePath,
  type SafeResult,
  type TakarIssue,
} from './takar-error.js';
export { fromZodError } from './from-zod.js';
export { QUOTE_LIMIT, quoteCell } from './quote-cell.js';
