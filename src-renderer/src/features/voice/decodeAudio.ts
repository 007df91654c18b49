// A stored recording (WebM/Opus, Ogg or MP4) decoded to mono samples by the browser's own decoder:
// no codec of ours, no network. An offline context decodes without touching the speakers and
// resamples to its rate, so every recording is analysed at 48 kHz.
const RATE = 48_000;

export interface DecodedAudio {
  samples: Float32Array;
  rate: number;
}

export async function decodeToMono(blob: Blob): Promise<DecodedAudio> {
  const context = new OfflineAudioContext(1, 1, RATE);
  const buffer = await context.decodeAudioData(await blob.arrayBuffer());
  const samples = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < channel.length; i++)
      samples[i] = (samples[i] ?? 0) + (channel[i] ?? 0) / buffer.numberOfChannels;
  }
  return { samples, rate: buffer.sampleRate };
}
