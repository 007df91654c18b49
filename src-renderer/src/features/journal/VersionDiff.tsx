// The difference between an earlier version and the text now, inline. Removed words are struck
// through (<del>), added words underlined (<ins>), each also named in hidden text for screen
// readers, so the colours are never the only sign.
import { useMemo, useState } from 'react';
import type { Revision } from '../../../../src-main/shared/domain';
import { isEntryKind, KIND_SPECS } from '../../../../src-main/shared/journal/entryKinds';
import type { DocumentKind } from '../../../../src-main/shared/journal/entryKinds';
import { diffWords, type DiffPart } from '../../../../src-main/shared/journal/wordDiff';

/** What a person wrote in a version besides its title: each filled field on its own line, then the body. */
export function comparedText(kind: DocumentKind, doc: Pick<Revision, 'fields' | 'text'>): string {
  const fields = isEntryKind(kind) ? KIND_SPECS[kind].fields : [];
  const lines = fields
    .filter((f) => doc.fields[f.key]?.trim())
    .map((f) => `${f.label}: ${doc.fields[f.key]}`);
  return [...lines, doc.text].filter((t) => t !== '').join('\n');
}

function Part({ part }: { part: DiffPart }) {
  if (part.op === 'same') return <>{part.text}</>;
  const Tag = part.op === 'added' ? 'ins' : 'del';
  return (
    <Tag className={`ladder-diff__${part.op}`}>
      <span className="visually-hidden">{part.op === 'added' ? '[added: ' : '[removed: '}</span>
      {part.text}
      <span className="visually-hidden">]</span>
    </Tag>
  );
}

const LEVEL_NOTE = {
  word: '',
  line: ' This long text is compared line by line.',
  block: ' This long text changed too much to compare closely: the changed part is shown whole.',
};

export function VersionDiff({ before, after }: { before: string; after: string }) {
  const diff = useMemo(() => diffWords(before, after), [before, after]);
  const changed = diff.parts.some((p) => p.op !== 'same');
  // The version on its own, to read or copy it without the marks.
  const [alone, setAlone] = useState(false);
  return (
    <section className="ladder-history__diff" aria-labelledby="ladder-history-diff-heading">
      <div className="ladder-history__diff-head">
        <h3 id="ladder-history-diff-heading">
          {alone ? "This version's text" : 'Compared with the text now'}
        </h3>
        <button
          type="button"
          className="ladder-button"
          aria-pressed={alone}
          onClick={() => setAlone(!alone)}
        >
          Show this version alone
        </button>
      </div>
      {alone ? (
        <div className="ladder-diff" dir="auto" data-testid="version-text">
          {before || 'This version has no text.'}
        </div>
      ) : (
        <>
          <p className="ladder-history__legend">
            {changed ? (
              <>
                <del className="ladder-diff__removed">Struck through</del>: in this version, gone
                now. <ins className="ladder-diff__added">Underlined</ins>: added since.
                {LEVEL_NOTE[diff.level]}
              </>
            ) : (
              'The text is the same as now.'
            )}
          </p>
          <div className="ladder-diff" dir="auto" data-testid="version-diff">
            {diff.parts.map((part, i) => (
              <Part key={i} part={part} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
