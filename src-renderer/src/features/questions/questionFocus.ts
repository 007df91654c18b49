// One-shot focus requests between a question command and the pane or view it opens (mounted later).
// Why a store (useBankFocus, via ui/focusRequests): a request counter the mounted view subscribes to, UI-only.
import { typedFieldFocus, viewFocus } from '../../ui/focusRequests';

/** A freshly created question opens with the caret in its text, all of it selected. */
const textFocus = typedFieldFocus();
export const requestTextFocus = textFocus.request;
export const takeTextFocus = textFocus.take;

/** Bumped by "Questions: Show Question Bank"; the view focuses its search box on a new value. */
const bankFocus = viewFocus();
export const useBankFocus = bankFocus.useRequests;
export const requestBankFocus = bankFocus.request;
export const takeBankFocus = bankFocus.take;
