// The built-in question bank, bundled from resources/questions at build time and validated at load.
import { parseBank, type BankQuestion } from '../../shared/questions/questionBankSchema';

const files = import.meta.glob('../../../resources/questions/*.json', {
  eager: true,
  import: 'default',
}) as Record<string, unknown>;

export const BUILT_IN_QUESTIONS: readonly BankQuestion[] = parseBank(files);
