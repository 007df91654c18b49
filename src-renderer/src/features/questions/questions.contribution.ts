// The question bank's one entry point: the Questions view, the question editor and their commands.
import { registerCommands, registerEditor, registerView } from '../../workbench/registry';
import { lazyPart } from '../../ui/lazyPart';
import { questionCommands } from './questionCommands';
import { QUESTION_EDITOR, QUESTIONS_VIEW } from './questionActions';
import './questions.css';

const QuestionsView = lazyPart(() => import('./QuestionsView').then((m) => m.QuestionsView));
const QuestionPane = lazyPart(() => import('./QuestionPane').then((m) => m.QuestionPane));

registerCommands(questionCommands());
registerView({
  id: QUESTIONS_VIEW,
  title: 'Questions',
  icon: 'question',
  order: 40,
  component: QuestionsView,
});
registerEditor({ type: QUESTION_EDITOR, label: 'Question', component: QuestionPane });
