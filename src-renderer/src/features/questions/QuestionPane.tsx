// Editor type 'question': loads one question and hands it to the form; a revert mounts a fresh form.
import { useState } from 'react';
import { inputKey, type EditorPaneProps } from '../../workbench/types';
import { errorMessage } from '../../ui/errorMessage';
import { QuestionEditor } from './QuestionEditor';
import { questionRead } from './questionQueries';

export function QuestionPane({ input }: EditorPaneProps) {
  const question = questionRead.use({ id: input.id });
  const [generation, setGeneration] = useState(0);
  if (question.isPending) return <p className="ladder-pane-message">Opening the question…</p>;
  if (question.isError) {
    return (
      <p className="ladder-pane-message" role="alert">
        This question could not be opened: {errorMessage(question.error)}
      </p>
    );
  }
  return (
    <QuestionEditor
      key={`${question.data.id}:${generation}`}
      question={question.data}
      tabKey={inputKey(input)}
      onReplaced={() => setGeneration((g) => g + 1)}
    />
  );
}
