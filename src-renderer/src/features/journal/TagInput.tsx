// The journal's tags, suggesting those already used in the journal.
import { useMemo } from 'react';
import { TagInput as Tags } from '../../ui/TagInput';
import { tagsRead } from '../../ui/tagQueries';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
}

export function TagInput(props: Props) {
  const used = tagsRead.use({});
  const known = useMemo(() => (used.data ?? []).map((t) => t.tag), [used.data]);
  return <Tags {...props} known={known} />;
}
