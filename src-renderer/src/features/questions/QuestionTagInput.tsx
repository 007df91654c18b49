// A question's tags, suggesting those already used in the bank.
import { useMemo } from 'react';
import { useApi } from '../../api/query';
import { TagInput } from '../../ui/TagInput';
import { tagsInUse } from './questionGroups';

interface Props {
  tags: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
}

export function QuestionTagInput(props: Props) {
  const bank = useApi('questions.list', { includeHidden: true });
  const known = useMemo(() => tagsInUse(bank.data ?? []), [bank.data]);
  return <TagInput {...props} known={known} />;
}
