/**
 * The attribution that must accompany the images wherever they are shown (dataset.attribution,
 * e.g. NIH ChestX-ray14: provider, download link, citation), with its addresses as links.
 */
export function ImageAttribution({
  attribution,
  source,
  className,
}: {
  attribution: string;
  source?: string;
  className?: string;
}) {
  const parts = attribution.split(/(https?:\/\/[^\s)]+)/g);
  return (
    <p className={className} data-testid="image-attribution">
      {source ? <strong>Image source: {source}. </strong> : null}
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          <a key={i} href={p} rel="noreferrer" target="_blank">
            {p}
          </a>
        ) : (
          <span key={i}>{p}</span>
        ),
      )}
    </p>
  );
}
