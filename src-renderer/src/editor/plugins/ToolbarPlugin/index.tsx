// The formatting toolbar: one tab stop (roving tabindex), arrows/Home/End move between buttons,
// aria-pressed follows the selection. Mouse clicks leave the focus in the text.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { runAction } from '../../actions';
import { shortcutAria, shortcutLabel } from '../../shortcuts';
import { TOOLBAR_ITEMS, type ToolbarItem } from './items';
import { useToolbarState } from './toolbarState';

const BUTTONS = TOOLBAR_ITEMS.filter((item): item is ToolbarItem => item !== null);

export function ToolbarPlugin({ label }: { label: string }) {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (index: number) => {
    const next = (index + BUTTONS.length) % BUTTONS.length;
    setActive(next);
    refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(active + 1),
      ArrowLeft: () => move(active - 1),
      Home: () => move(0),
      End: () => move(BUTTONS.length - 1),
    };
    const handler = keys[event.key];
    if (handler && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      handler();
    }
  };

  let index = -1;
  return (
    <div
      className="le-toolbar"
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
    >
      {TOOLBAR_ITEMS.map((item, position) => {
        if (item === null)
          return (
            <span key={`sep-${position}`} className="le-toolbar-separator" aria-hidden="true" />
          );
        index += 1;
        const mine = index;
        const disabled = item.disabled?.(state) ?? false;
        const pressed = item.pressed?.(state);
        const shortcut = shortcutLabel(item.action);
        return (
          <button
            key={item.action}
            ref={(el) => {
              refs.current[mine] = el;
            }}
            type="button"
            className="le-toolbar-button"
            tabIndex={mine === active ? 0 : -1}
            aria-label={item.label}
            aria-pressed={pressed}
            aria-disabled={disabled || undefined}
            aria-keyshortcuts={shortcutAria(item.action)}
            title={shortcut ? `${item.label} (${shortcut})` : item.label}
            onFocus={() => setActive(mine)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!disabled) runAction(editor, item.action);
            }}
          >
            {item.icon ? (
              <span className={`codicon codicon-${item.icon}`} aria-hidden="true" />
            ) : (
              // The glyph is drawn by CSS, like the codicons, so the button's name is its label alone.
              <span
                className={`le-toolbar-text le-toolbar-text-${item.action}`}
                data-glyph={item.text}
                aria-hidden="true"
              />
            )}
          </button>
        );
      })}
    </div>
  );
}
