// A field that opens after a write takes the focus, and the keys typed meanwhile, once.
import { useEffect, type RefObject } from 'react';

/**
 * `take(id)` is the feature's typedFieldFocus().take: null when no command asked for the focus.
 * `append` gets the text typed while the field was on its way, if any. `select`: the field opens
 * with its text selected (a placeholder text that typing replaces), unless keys were held.
 */
export function useTypedFocus(
  take: (id: string) => string | null,
  id: string,
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  append: (typed: string) => void,
  { select = false } = {},
): void {
  useEffect(() => {
    const typed = take(id);
    if (typed === null) return;
    field.current?.focus();
    if (select && typed === '') field.current?.select();
    // A field's own length limit holds for what was held too (a huge paste).
    const max = field.current?.maxLength ?? -1;
    if (typed !== '') append(max >= 0 ? typed.slice(0, max) : typed);
    // Once per id, with the field as it loaded: later renders must not append again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
