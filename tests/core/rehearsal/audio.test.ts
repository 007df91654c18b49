import { describe, expect, it } from 'vitest';
import { MAX_AUDIO_BASE64, MAX_AUDIO_BYTES } from '../../../src-main/shared/voice/answerAudio';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { closeStore, expectCode, fingerprint, testStore, type TestStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 120,
  order: 'script',
  followUps: false,
  voice: false,
  seed: 5,
};

const WEBM = Buffer.from([
  0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01,
]);
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.from([0, 2, 0, 0, 0, 0, 0, 0])]);
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.alloc(12),
]);

async function session(t: TestStore): Promise<{ id: string; questionIds: string[] }> {
  const plan = await t.call('rehearsal.plan', {
    mode: 'filter',
    filter: { framework: 'grow' },
    settings: SETTINGS,
  });
  const questionIds = plan.questions.map((q) => q.id);
  const started = await t.call('rehearsal.start', { questionIds, settings: SETTINGS });
  return { id: started.id, questionIds };
}

function audioRows(t: TestStore, sessionId: string): number {
  return (
    t.store.db
      .prepare('SELECT count(*) AS n FROM answer_audio WHERE session_id = ?')
      .get(sessionId) as { n: number }
  ).n;
}

describe('answer audio', () => {
  it('keeps a recording byte for byte across a restart, with the codecs parameter dropped', async () => {
    const t = testStore();
    const s = await session(t);
    const info = await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 1,
      mime: 'audio/webm;codecs=opus',
      durationMs: 2150,
      data: WEBM.toString('base64'),
    });
    expect(info).toEqual({
      sessionId: s.id,
      position: 1,
      mime: 'audio/webm',
      durationMs: 2150,
      bytes: WEBM.length,
      createdAt: t.clock.now(),
    });
    expect(await t.call('rehearsal.audio', { sessionId: s.id, position: 0 })).toBeNull();
    closeStore(t);

    const reopened = testStore(t.dataDir, t.clock);
    const back = await reopened.call('rehearsal.audio', { sessionId: s.id, position: 1 });
    expect(back).toMatchObject({ mime: 'audio/webm', durationMs: 2150, bytes: WEBM.length });
    expect(Buffer.from(back?.data ?? '', 'base64').equals(WEBM)).toBe(true);
  });

  it('accepts Ogg and MP4 and replaces a recording made again for the same answer', async () => {
    const t = testStore();
    const s = await session(t);
    await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 0,
      mime: 'audio/ogg',
      durationMs: 1000,
      data: OGG.toString('base64'),
    });
    t.clock.advance(60_000);
    await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 0,
      mime: 'audio/mp4',
      durationMs: 3000,
      data: MP4.toString('base64'),
    });
    const back = await t.call('rehearsal.audio', { sessionId: s.id, position: 0 });
    expect(back).toMatchObject({ mime: 'audio/mp4', durationMs: 3000, createdAt: t.clock.now() });
    expect(Buffer.from(back?.data ?? '', 'base64').equals(MP4)).toBe(true);
    expect(audioRows(t, s.id)).toBe(1);
  });

  it('is removed on request and with its session', async () => {
    const t = testStore();
    const s = await session(t);
    const data = WEBM.toString('base64');
    await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 0,
      mime: 'audio/webm',
      durationMs: 1,
      data,
    });
    await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 1,
      mime: 'audio/webm',
      durationMs: 1,
      data,
    });
    expect(await t.call('rehearsal.removeAudio', { sessionId: s.id, position: 0 })).toBeNull();
    expect(await t.call('rehearsal.audio', { sessionId: s.id, position: 0 })).toBeNull();
    expect(audioRows(t, s.id)).toBe(1);

    await t.call('rehearsal.delete', { id: s.id });
    expect(audioRows(t, s.id)).toBe(0);
    await expectCode(t.call('rehearsal.audio', { sessionId: s.id, position: 1 }), 'not-found');
  });

  it('still takes the recording of an answer once the rehearsal has finished', async () => {
    const t = testStore();
    const s = await session(t);
    await t.call('rehearsal.finish', { id: s.id });
    const info = await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 1,
      mime: 'audio/webm',
      durationMs: 9,
      data: WEBM.toString('base64'),
    });
    expect(info.bytes).toBe(WEBM.length);
  });

  it('refuses what it cannot keep with a typed error and changes nothing', async () => {
    const t = testStore();
    const s = await session(t);
    await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 0,
      mime: 'audio/webm',
      durationMs: 1,
      data: WEBM.toString('base64'),
    });
    const before = fingerprint(t.store.dbPath);
    const base = { sessionId: s.id, position: 0, durationMs: 1 };

    // Bytes that are not the container they claim to be.
    const wrong = await expectCode(
      t.call('rehearsal.saveAudio', { ...base, mime: 'audio/webm', data: OGG.toString('base64') }),
      'invalid-argument',
    );
    expect(wrong.message).toMatch(/not audio\/webm/);
    await expectCode(
      t.call('rehearsal.saveAudio', { ...base, mime: 'audio/mpeg', data: WEBM.toString('base64') }),
      'invalid-argument',
    );
    // A place the rehearsal does not have, and a rehearsal that does not exist.
    await expectCode(
      t.call('rehearsal.saveAudio', {
        ...base,
        position: 2,
        mime: 'audio/webm',
        data: WEBM.toString('base64'),
      }),
      'invalid-argument',
    );
    await expectCode(
      t.call('rehearsal.saveAudio', {
        ...base,
        sessionId: 'gone',
        mime: 'audio/webm',
        data: WEBM.toString('base64'),
      }),
      'not-found',
    );

    // Too long as text: refused before decoding, and the message says why.
    const long = await expectCode(
      t.call('rehearsal.saveAudio', {
        ...base,
        mime: 'audio/webm',
        data: 'A'.repeat(MAX_AUDIO_BASE64 + 4),
      }),
      'invalid-argument',
    );
    expect(long.message).toMatch(/larger than Ladder keeps/);
    // Exactly at the text limit but over the byte limit once decoded.
    const edge = Buffer.concat([WEBM, Buffer.alloc(MAX_AUDIO_BYTES + 1 - WEBM.length)]).toString(
      'base64',
    );
    expect(edge.length).toBeLessThanOrEqual(MAX_AUDIO_BASE64);
    const big = await expectCode(
      t.call('rehearsal.saveAudio', { ...base, mime: 'audio/webm', data: edge }),
      'invalid-argument',
    );
    expect(big.message).toMatch(/larger than Ladder keeps/);

    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('refuses data that is not padded base64, though a lenient decoder would find a recording in it', async () => {
    const t = testStore();
    const s = await session(t);
    const before = fingerprint(t.store.dbPath);
    const base = { sessionId: s.id, position: 0, durationMs: 1, mime: 'audio/webm' };
    const good = WEBM.toString('base64');
    expect(good.endsWith('=')).toBe(true);
    // Each decodes to the WebM header with Buffer.from(…, 'base64'), which skips what it cannot read.
    for (const data of [
      good.replace(/=+$/, ''),
      `!!!!${good}`,
      `${good}!!!!`,
      `${good.slice(0, 8)}\n\n\n\n${good.slice(8)}`,
    ]) {
      const refused = await expectCode(
        t.call('rehearsal.saveAudio', { ...base, data }),
        'invalid-argument',
      );
      expect(refused.message, data).toMatch(/not base64/);
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('takes a recording only when its whole signature matches, not its first byte', async () => {
    const t = testStore();
    const s = await session(t);
    const base = { sessionId: s.id, position: 0, durationMs: 1 };
    const almostOgg = Buffer.concat([Buffer.from('Onyx'), Buffer.alloc(8)]).toString('base64');
    const refused = await expectCode(
      t.call('rehearsal.saveAudio', { ...base, mime: 'audio/ogg', data: almostOgg }),
      'invalid-argument',
    );
    expect(refused.message).toMatch(/not audio\/ogg sound/);
    expect(audioRows(t, s.id)).toBe(0);
  });

  it('says why a place is refused, for a save, a read and a removal alike', async () => {
    const t = testStore();
    const s = await session(t);
    const gone = { sessionId: 'gone', position: 0 };
    const past = { sessionId: s.id, position: 2 };
    const save = { mime: 'audio/webm', durationMs: 1, data: WEBM.toString('base64') };
    for (const call of [
      () => t.call('rehearsal.saveAudio', { ...gone, ...save }),
      () => t.call('rehearsal.audio', gone),
      () => t.call('rehearsal.removeAudio', gone),
    ])
      expect((await expectCode(call(), 'not-found')).message).toBe(
        'That rehearsal no longer exists.',
      );
    for (const call of [
      () => t.call('rehearsal.saveAudio', { ...past, ...save }),
      () => t.call('rehearsal.audio', past),
      () => t.call('rehearsal.removeAudio', past),
    ])
      expect((await expectCode(call(), 'invalid-argument')).message).toBe(
        'That rehearsal has no question at this place.',
      );
  });

  it('keeps a recording at the size limit', async () => {
    const t = testStore();
    const s = await session(t);
    const full = Buffer.concat([WEBM, Buffer.alloc(MAX_AUDIO_BYTES - WEBM.length, 7)]);
    const info = await t.call('rehearsal.saveAudio', {
      sessionId: s.id,
      position: 0,
      mime: 'audio/webm',
      durationMs: 300_000,
      data: full.toString('base64'),
    });
    expect(info.bytes).toBe(MAX_AUDIO_BYTES);
  });
});
