// A question's tags, suggesting those already used in the bank.
import { useMemo } from 'react';
import { TagInput } from '../../ui/TagInput';
import { tagsInUse } from './questionGroups';
import { bankListRead } from './questionQueries';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
}

export function QuestionTagInput(props: Props) {
  const bank = bankListRead.use({ includeHidden: true });
  const known = useMemo(() => tagsInUse(bank.data ?? []), [bank.data]);
  return <TagInput {...props} known={known} />;
}
