// A select over the journal's tags with their counts; '' means every tag.
import { tagsRead } from './tagQueries';

export function TagSelect(props: {
  label: string;
  value: string;
  onChange: (tag: string) => void;
}) {
  const tags = tagsRead.use({});
  return (
    <select
      aria-label={props.label}
      className="ladder-input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">All tags</option>
      {(tags.data ?? []).map((t) => (
        <option key={t.tag} value={t.tag}>
          {t.tag} ({t.count})
        </option>
      ))}
    </select>
  );
}
