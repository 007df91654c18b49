// What the print preview of each conversation shows: which copy, which paper. Commands read the same
// choice, so "Export as PDF" makes the copy the preview shows. Why a store (usePrintOptions): the
// choice is UI-only, per conversation for this page's life, and never saved on the main side.
import { create } from 'zustand';
import type { AgendaVariant } from '../../../../../src-main/shared/conversations/conversations';
import { defaultPaper, type PaperSize } from './paper';

export interface PrintOptions {
  variant: AgendaVariant;
  paper: PaperSize;
}

export const usePrintOptions = create<Record<string, PrintOptions>>(() => ({}));

function browserLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

export function printOptionsFor(conversationId: string): PrintOptions {
  return (
    usePrintOptions.getState()[conversationId] ?? {
      variant: 'manager',
      paper: defaultPaper(browserLocale()),
    }
  );
}

export function setPrintOptions(conversationId: string, change: Partial<PrintOptions>): void {
  usePrintOptions.setState((s) => ({
    ...s,
    [conversationId]: { ...printOptionsFor(conversationId), ...change },
  }));
}
