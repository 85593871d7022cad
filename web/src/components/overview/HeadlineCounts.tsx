/** The dataset in five numbers; under a filter, each next to the dataset's total. */
import type { OverviewQuery } from '@/generated/graphql';
import { useCountText } from '@/components/access/AccessContext';

const fmt = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function HeadlineCounts({
  stats,
  dataset,
  filtered,
}: {
  stats: OverviewQuery['statistics'];
  dataset: OverviewQuery['dataset'];
  filtered: boolean;
}) {
  const countText = useCountText();
  const tiles = [
    { label: 'Reads', value: stats.readCount, total: dataset.readCount, hint: 'one radiologist reading one image' },
    {
      label: 'Images',
      value: stats.imageCount,
      total: dataset.imageCount,
      hint: 'chest X-rays with at least one read',
    },
    { label: 'Readers', value: stats.readerCount, total: dataset.readerCount, hint: 'readers with at least one read' },
    { label: 'Countries', value: stats.countryCount, total: null, hint: 'of the readers' },
    {
      label: 'Attention samples',
      value: stats.sampleCount,
      total: null,
      hint: 'gaze points in the tracks',
      compact: true,
    },
  ];
  return (
    <dl className="headline-counts" data-testid="headline-counts">
      {tiles.map((t) => (
        <div key={t.label} className="headline-tile">
          <dt>{t.label}</dt>
          <dd>
            <span className="headline-number">
              {t.compact && t.value == null
                ? '—'
                : countText(t.value, (v) => (t.compact && v >= 100_000 ? compact.format(v) : fmt.format(v)))}
            </span>
            {filtered && t.total != null && <span className="headline-total"> of {fmt.format(t.total)}</span>}
            <span className="headline-hint">{t.hint}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
