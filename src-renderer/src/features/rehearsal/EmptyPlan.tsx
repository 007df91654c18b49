// Nothing to rehearse: say why, and offer the question bank.
import { useEffect, useRef } from 'react';
import { executeCommand, getCommand } from '../../workbench/registry';
import { setActiveView } from '../../workbench/store';

const BANK_COMMAND = 'questions.showBank';
const BANK_VIEW = 'questions';

export function openQuestionBank(): void {
  if (getCommand(BANK_COMMAND)) void executeCommand(BANK_COMMAND);
  else setActiveView(BANK_VIEW);
}

export function EmptyPlan({ message, onClose }: { message: string; onClose: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <section
      className="rehearsal-empty"
      aria-labelledby="rehearsal-empty-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="rehearsal-empty-title">Nothing to rehearse yet</h2>
      <p role="alert">{message}</p>
      <div className="rehearsal-actions">
        <button type="button" className="ladder-button" onClick={onClose}>
          Back to the workbench
        </button>
        <button
          ref={button}
          type="button"
          className="ladder-button ladder-button--primary"
          onClick={() => {
            onClose();
            openQuestionBank();
          }}
        >
          Open the question bank
        </button>
      </div>
    </section>
  );
}
