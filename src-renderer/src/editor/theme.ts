// Class names Lexical puts on the nodes it renders; editor.css gives them their look.
import type { EditorThemeClasses } from 'lexical';

export const EDITOR_THEME: EditorThemeClasses = {
  ltr: 'le-ltr',
  rtl: 'le-rtl',
  paragraph: 'le-paragraph',
  quote: 'le-quote',
  heading: { h1: 'le-h1', h2: 'le-h2', h3: 'le-h3', h4: 'le-h4', h5: 'le-h5', h6: 'le-h6' },
  list: {
    ul: 'le-ul',
    ol: 'le-ol',
    checklist: 'le-checklist',
    listitem: 'le-listitem',
    listitemChecked: 'le-listitem-checked',
    listitemUnchecked: 'le-listitem-unchecked',
    nested: { listitem: 'le-nested-listitem' },
  },
  link: 'le-link',
  code: 'le-code-block',
  text: {
    bold: 'le-bold',
    italic: 'le-italic',
    underline: 'le-underline',
    strikethrough: 'le-strikethrough',
    underlineStrikethrough: 'le-underline-strikethrough',
    code: 'le-code',
  },
};
