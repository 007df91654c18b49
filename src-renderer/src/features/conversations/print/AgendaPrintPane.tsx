// The print preview tab (editor type `agenda-print`, id = conversation id): the toolbar over the
// agenda laid out on paper. While the tab is visible, a second copy sits outside the workbench for
// the printer: print.css shows only that copy on paper, with the title and page numbers in the footer.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { documentTitle } from '../../../../../src-main/shared/conversations/agendaText';
import { closeEditor, setTabMeta } from '../../../workbench/store';
import { inputKey, type EditorPaneProps } from '../../../workbench/types';
import { errorCode, errorMessage } from '../../../ui/errorMessage';
import { exportPdf, printNow } from './agendaActions';
import { AgendaDocument } from './AgendaDocument';
import { setPrintFooter } from './printFooter';
import { printOptionsFor, setPrintOptions, usePrintOptions } from './printOptions';
import { markPrintReady } from './printReady';
import { PrintToolbar } from './PrintToolbar';
import { useFitSheet } from './useFitSheet';
import './print.css';
import { docRead } from '../conversationQueries';

export function AgendaPrintPane({ input, active }: EditorPaneProps) {
  const id = input.id;
  const key = inputKey(input);
  const query = docRead.use({ id });
  const options = usePrintOptions((s) => s[id]) ?? printOptionsFor(id);
  const doc = query.data;
  const title = doc ? documentTitle(doc) : null;
  const canvas = useRef<HTMLDivElement>(null);
  const scale = useFitSheet(canvas, options.paper);

  useEffect(() => {
    setTabMeta(key, { title: title ? `Print: ${title}` : 'Print preview', icon: 'open-preview' });
  }, [key, title]);

  const printing = active && !!doc;
  useEffect(() => {
    if (!printing || title === null) return;
    setPrintFooter(title);
    markPrintReady(id, true);
    // The browser offers the page title as the PDF's file name.
    let appTitle = document.title;
    const before = () => {
      appTitle = document.title;
      document.title = title;
    };
    const after = () => (document.title = appTitle);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      markPrintReady(id, false);
      setPrintFooter(null);
    };
  }, [printing, title, id]);

  const gone = query.isError && errorCode(query.error) === 'not-found';
  useEffect(() => {
    // A conversation deleted elsewhere takes its print preview with it.
    if (gone) void closeEditor(key);
  }, [gone, key]);

  if (query.isError) {
    return (
      <p className="ladder-pane-message" role="alert">
        {gone
          ? 'This conversation is no longer available.'
          : `Could not load the agenda: ${errorMessage(query.error)}`}
      </p>
    );
  }

  const warnings =
    doc && doc.conversation.expectedOutcome.trim() === ''
      ? [
          'The expected outcome is empty: write one sentence about what you want from this meeting before you print.',
        ]
      : [];

  return (
    <div className="agenda-print-pane">
      <PrintToolbar
        options={options}
        onChange={(change) => setPrintOptions(id, change)}
        onPrint={() => printNow(id)}
        onExportPdf={() => void exportPdf()}
        warnings={warnings}
        disabled={!doc}
      />
      <div
        ref={canvas}
        className="agenda-print-canvas"
        role="region"
        aria-label="Print preview"
        tabIndex={0}
      >
        {doc ? (
          <div
            className="agenda-sheet"
            data-paper={options.paper}
            style={scale < 1 ? { zoom: scale } : undefined}
          >
            <AgendaDocument doc={doc} variant={options.variant} />
          </div>
        ) : (
          <p className="ladder-pane-message">Preparing the agenda…</p>
        )}
      </div>
      {printing &&
        createPortal(
          <div className="agenda-print-root" data-paper={options.paper} data-conversation={id}>
            <AgendaDocument doc={doc} variant={options.variant} />
          </div>,
          document.body,
        )}
    </div>
  );
}
