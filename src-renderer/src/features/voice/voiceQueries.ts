// Recorded answers' reads and writes: saving or removing a recording refreshes the recordings' reads.
import { defineRead, defineWrite } from '../../api/query';

export const saveAudio = defineWrite('rehearsal.saveAudio', { invalidates: ['rehearsal.audio'] });
export const removeAudio = defineWrite('rehearsal.removeAudio', {
  invalidates: ['rehearsal.audio'],
});
export const audioRead = defineRead('rehearsal.audio');
