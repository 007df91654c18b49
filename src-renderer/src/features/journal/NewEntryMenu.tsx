// The "New entry" button in the journal view's header: a small menu of the six kinds.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ENTRY_KINDS, KIND_SPECS } from '../../../../src-main/shared/journal/entryKinds';
import { createEntry } from './entryActions';

export function NewEntryMenu() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onMenuKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      close(e.key === 'Escape');
    }
  };

  return (
    <div className="ladder-menu-anchor">
      <button
        ref={button}
        type="button"
        className="ladder-icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label="New entry"
        title="New entry"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="codicon codicon-add" aria-hidden="true" />
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="New entry"
          className="ladder-menu"
          onKeyDown={onMenuKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close(false);
          }}
        >
          {ENTRY_KINDS.map((kind) => (
            <li
              key={kind}
              role="menuitem"
              tabIndex={-1}
              className="ladder-menu__item"
              onClick={() => {
                close(false);
                void createEntry(kind);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  close(false);
                  void createEntry(kind);
                }
              }}
            >
              <span className={`codicon codicon-${KIND_SPECS[kind].icon}`} aria-hidden="true" />
              {KIND_SPECS[kind].label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
