/**
 * The plain statement required wherever demo reads are shown: the images are real, the reads
 * (readers, reasoning, gaze) are synthetic. Render it on every page or panel that shows reads.
 */
export function SyntheticNotice({ synthetic, compact = false }: { synthetic: boolean; compact?: boolean }) {
  if (!synthetic) return null;
  return (
    <p className="synthetic-banner" role="note" data-testid="synthetic-notice">
      <strong>Demo data:</strong> the images are real (NIH ChestX-ray14)
      {compact ? '' : ', shown with the NIH Clinical Center’s attribution'}; the reads, readers, reasoning and gaze
      tracks are <strong>synthetic</strong>.
    </p>
  );
}
