/**
 * The plain statement required wherever demo reads are shown: the images are real, the reads
 * (readers, reasoning, gaze) are synthetic. Render it on every page or panel that shows reads;
 * `subject="metrics"` is the shorter form for any metric computed from a synthetic read's gaze.
 */
export function SyntheticNotice({
  synthetic,
  compact = false,
  subject = 'reads',
}: {
  synthetic: boolean;
  compact?: boolean;
  subject?: 'reads' | 'metrics';
}) {
  if (!synthetic) return null;
  if (subject === 'metrics')
    return (
      <p className="synthetic-banner synthetic-inline" role="note" data-testid="synthetic-metrics-notice">
        <strong>Synthetic gaze:</strong> the gaze metrics shown here are computed from generated attention tracks, not
        from a real reader’s eyes.
      </p>
    );
  return (
    <p className="synthetic-banner" role="note" data-testid="synthetic-notice">
      <strong>Demo data:</strong> the images are real (NIH ChestX-ray14)
      {compact ? '' : ', shown with the NIH Clinical Center’s attribution'}; the reads, readers, reasoning and gaze
      tracks are <strong>synthetic</strong>.
    </p>
  );
}
