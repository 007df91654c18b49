// The rehearsal-session channels → the rehearsal service.
import type { Handlers } from '../../shared/contract';
import type { rehearsalChannels } from '../../shared/rehearsal/rehearsalChannels';
import type { RehearsalService } from './rehearsalService';

export function rehearsalHandlers(s: {
  rehearsal: RehearsalService;
}): Handlers<keyof typeof rehearsalChannels> {
  return {
    'rehearsal.plan': s.rehearsal.plan,
    'rehearsal.start': s.rehearsal.start,
    'rehearsal.begin': s.rehearsal.begin,
    'rehearsal.record': s.rehearsal.record,
    'rehearsal.recordProbe': s.rehearsal.recordProbe,
    'rehearsal.ungrade': s.rehearsal.ungrade,
    'rehearsal.probePreview': s.rehearsal.probePreview,
    'rehearsal.finish': s.rehearsal.finish,
    'rehearsal.leave': s.rehearsal.leave,
    'rehearsal.resume': s.rehearsal.resume,
    'rehearsal.get': s.rehearsal.get,
    'rehearsal.history': s.rehearsal.history,
    'rehearsal.delete': s.rehearsal.delete,
  };
}
