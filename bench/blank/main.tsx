// The baseline for the start-up benchmark: React and Vite, built the same way, with one editable box.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <div contentEditable suppressContentEditableWarning aria-label="Blank editor" />,
);
