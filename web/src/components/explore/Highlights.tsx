/**
 * Search matches of one row. The API HTML-escapes the stored text and adds only <mark> tags
 * (highlighter encoder "html"), so these fragments — and only these — are rendered as HTML.
 * Any other tag that ever slipped through is escaped here again, as defence in depth.
 */
import type { Highlight } from '@/generated/graphql';

const FIELD_LABELS: Record<string, string> = {
  reasoning: 'Reasoning',
  impression: 'Impression',
  clinicalContext: 'Clinical context',
};

export function onlyMarkTags(fragment: string): string {
  return fragment.replace(/<(?!\/?mark>)/g, '&lt;');
}

export function Highlights({
  highlights,
  max = 2,
}: {
  highlights: Pick<Highlight, 'field' | 'fragments'>[];
  max?: number;
}) {
  const items = highlights.flatMap((h) => h.fragments.map((f) => ({ field: h.field, fragment: f }))).slice(0, max);
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="highlights">
      {items.map((item, i) => (
        <li key={i}>
          <span className="highlight-field">{FIELD_LABELS[item.field] ?? item.field}</span>{' '}
          <span dangerouslySetInnerHTML={{ __html: onlyMarkTags(item.fragment) }} />
        </li>
      ))}
    </ul>
  );
}
