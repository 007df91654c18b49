// The session the rehearsal rule tests share: two bank questions in script order with follow-ups,
// and an answer that gives an example but no number (it draws the no-number follow-up).
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';

export const QUESTIONS = ['grow-reality-01', 'grow-goal-01'];
export const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 60,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};
export const NO_NUMBER =
  'For example, last quarter I rebuilt the release checklist with the support team.';
