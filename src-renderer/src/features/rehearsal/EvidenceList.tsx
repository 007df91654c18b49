// Journal entries linked to a question, by title, for the review beside the typed answer.
import { useQueries } from '@tanstack/react-query';
import { entryRead } from './rehearsalQueries';

export function EvidenceList({ ids }: { ids: string[] }) {
  const results = useQueries({
    queries: ids.map((id) => ({ ...entryRead.options({ id }), retry: false })),
  });
  if (ids.length === 0)
    return <p className="rehearsal-muted">No journal entries are linked to this question.</p>;
  return (
    <ul className="rehearsal-evidence">
      {results.map((r, i) => (
        <li key={ids[i]}>
          {r.data
            ? r.data.title || 'Untitled entry'
            : r.isError
              ? 'An entry that is no longer in the journal'
              : 'Loading…'}
        </li>
      ))}
    </ul>
  );
}
