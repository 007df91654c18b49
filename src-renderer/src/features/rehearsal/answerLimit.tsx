// The answer box holds at most what the store keeps (MAX_FIELD characters): a longer answer would be
// refused on save, and with it the grade. Near the limit a counter says how much room is left.
import { MAX_FIELD } from '../../../../src-main/shared/limits';

/** From here on the counter shows. */
export const ANSWER_COUNTER_FROM = MAX_FIELD - 2_000;

const count = (n: number) => n.toLocaleString('en-US');

/** At most MAX_FIELD characters, never cutting a character written with two code units in half. */
export function capAnswer(text: string): string {
  if (text.length <= MAX_FIELD) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_FIELD - 1)) ? MAX_FIELD - 1 : MAX_FIELD;
  return text.slice(0, end);
}

/** Whether pasting `pasted` over the selection of `box` would go past the limit. */
export function pasteOverflows(box: HTMLTextAreaElement, pasted: string): boolean {
  const selected = Math.abs(box.selectionEnd - box.selectionStart);
  return box.value.length - selected + pasted.length > MAX_FIELD;
}

export function limitText(length: number, pasteCut: boolean): string {
  if (length < ANSWER_COUNTER_FROM && !pasteCut) return '';
  if (length > MAX_FIELD)
    return `${count(length - MAX_FIELD)} characters over the ${count(MAX_FIELD)}-character limit: only the first ${count(MAX_FIELD)} are saved.`;
  const cut = pasteCut
    ? ' The rest of what you pasted did not fit; it is still on your clipboard.'
    : '';
  if (length === MAX_FIELD)
    return `The answer is at its limit of ${count(MAX_FIELD)} characters.${cut}`;
  return `${count(MAX_FIELD - length)} of ${count(MAX_FIELD)} characters left.${cut}`;
}

/** A polite live region, present from the start so screen readers announce its changes. */
export function AnswerLimit({
  id,
  length,
  pasteCut,
}: {
  id: string;
  length: number;
  pasteCut: boolean;
}) {
  const text = limitText(length, pasteCut);
  return (
    <p
      id={id}
      className={`rehearsal-answer-limit${length >= MAX_FIELD ? ' rehearsal-answer-limit--full' : ''}`}
      aria-live="polite"
    >
      {text}
    </p>
  );
}
