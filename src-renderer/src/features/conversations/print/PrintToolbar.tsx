// The preview's toolbar: which copy, which paper, print and PDF. Its warnings never reach the paper.
import { useId } from 'react';
import type { AgendaVariant } from '../../../../../src-main/shared/conversations/conversations';
import { Codicon } from '../../../ui/Codicon';
import { PAPER_LABELS, PAPER_SIZES, type PaperSize } from './paper';
import type { PrintOptions } from './printOptions';

const VARIANTS: { value: AgendaVariant; label: string }[] = [
  { value: 'manager', label: 'Manager copy' },
  { value: 'mine', label: 'My copy' },
];

export interface PrintToolbarProps {
  options: PrintOptions;
  onChange(change: Partial<PrintOptions>): void;
  onPrint(): void;
  onExportPdf(): void;
  warnings: string[];
  disabled: boolean;
}

export function PrintToolbar({
  options,
  onChange,
  onPrint,
  onExportPdf,
  warnings,
  disabled,
}: PrintToolbarProps) {
  const name = useId();
  return (
    <div className="agenda-print-toolbar" role="group" aria-label="Print options">
      <fieldset>
        <legend>Copy</legend>
        {VARIANTS.map((v) => (
          <label key={v.value}>
            <input
              type="radio"
              name={`${name}-variant`}
              value={v.value}
              checked={options.variant === v.value}
              onChange={() => onChange({ variant: v.value })}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Paper</legend>
        {PAPER_SIZES.map((p: PaperSize) => (
          <label key={p}>
            <input
              type="radio"
              name={`${name}-paper`}
              value={p}
              checked={options.paper === p}
              onChange={() => onChange({ paper: p })}
            />
            {PAPER_LABELS[p]}
          </label>
        ))}
      </fieldset>
      <div className="agenda-print-toolbar__actions">
        <button
          type="button"
          className="ladder-button ladder-button--primary"
          onClick={onPrint}
          disabled={disabled}
        >
          Print...
        </button>
        <button type="button" className="ladder-button" onClick={onExportPdf} disabled={disabled}>
          <Codicon name="file-pdf" /> Export as PDF
        </button>
      </div>
      {warnings.map((w) => (
        <p key={w} className="agenda-print-warning" role="status">
          <Codicon name="warning" /> {w}
        </p>
      ))}
    </div>
  );
}
