/** Plain statements about what the track does and does not hold. */
import type { ReplayReadModel } from './replay-model';
import styles from './replay.module.css';

export function TrackNotes({ read }: { read: ReplayReadModel }) {
  const info = read.trackInfo;
  const notes: string[] = [];
  if (!info) notes.push('This read has no attention track: only the reasoning is replayed.');
  else {
    if (info.samplingHz)
      notes.push(`Raw gaze at ${info.samplingHz} Hz: ${info.sampleCount.toLocaleString('en-US')} samples.`);
    else
      notes.push(
        `Sparse attention samples (${info.sampleCount.toLocaleString('en-US')} in the read, about one a second), not raw eye tracking.`,
      );
    if (info.returned < info.sampleCount)
      notes.push(`Samples down-sampled by the API to ${info.returned.toLocaleString('en-US')} for display.`);
    if (info.fixationsDerived) notes.push('Fixations were derived from the samples at ingest (the dataset gave none).');
    if (read.track && read.track.fixations.length === 0) notes.push('The track has no fixations.');
  }
  if (!read.hasWordTimings && read.steps.length > 0)
    notes.push('No word-level timings: the reasoning is linked to the gaze step by step only.');
  return (
    <div data-testid="track-notes">
      {notes.map((n) => (
        <p
          key={n}
          className={n.startsWith('This read has no') || n.startsWith('No word') ? styles.missing : styles.muted}
        >
          {n}
        </p>
      ))}
    </div>
  );
}
