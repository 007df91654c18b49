// Voice answers: a Record control under the rehearsal's answer box and a player beside each answer
// in the review, summary and history. Both parts load in their own chunk on first use.
import { lazyPart } from '../../ui/lazyPart';
import { registerRehearsalExtra, type RehearsalExtraProps } from '../../workbench/rehearsalExtras';
import { createElement } from 'react';

const VoiceRecorder = lazyPart(() => import('./VoiceRecorder').then((m) => m.VoiceRecorder));
const VoicePlayback = lazyPart(() => import('./VoicePlayback').then((m) => m.VoicePlayback));

// Keyed by place: each answer starts with a fresh recorder.
function RecordExtra({ sessionId, position }: RehearsalExtraProps) {
  return createElement(VoiceRecorder, { key: `${sessionId}:${position}`, sessionId, position });
}

function PlaybackExtra({ sessionId, position, timeBoxMs }: RehearsalExtraProps) {
  return createElement(VoicePlayback, { sessionId, position, timeBoxMs: timeBoxMs ?? null });
}

registerRehearsalExtra('answer-input', 'voice.record', RecordExtra);
registerRehearsalExtra('answer-review', 'voice.playback', PlaybackExtra);
