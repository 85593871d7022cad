/**
 * Cell renderers of the two views, keyed by the column ids of lib/explore-views.ts (which holds
 * labels, widths and sort fields). Row links go to the other engineer's pages by URL only.
 */
import { Fragment, useEffect, useState } from 'react';
import Link from 'next/link';
import type { ColumnDef } from '@tanstack/react-table';
import type { ImageRowFragment, ReadRowFragment } from '@/generated/graphql';
import { COLUMNS, type ColumnSpec } from '@/lib/explore-views';
import { MISS_TYPES, MISS_TYPE_INFO, fmt, formatSpan } from '@/lib/gaze-metrics';
import { formatCount, formatDateTime, formatFixed } from './format';
import { Highlights } from './Highlights';
import type { Labeler } from './useVocabulary';

export const readHref = (e: ReadRowFragment) => `/reads/${encodeURIComponent(e.node.id)}`;
export const imageHref = (e: ImageRowFragment) => `/images/${encodeURIComponent(e.node.id)}`;

const ROLE_LABELS: Record<string, string> = { RESIDENT: 'Resident', FELLOW: 'Fellow', ATTENDING: 'Attending' };

/**
 * A row's thumbnail is requested only once the row has stayed on screen for THUMB_DELAY_MS:
 * rows that fly past while scrolling fast (hundreds a second) fetch and decode nothing, which
 * on a small machine otherwise competes with the main thread for CPU (each thumbnail is a
 * request through the portal and the API). Until then the box is the same size, dark.
 */
const THUMB_DELAY_MS = 150;

function Thumb({ src, id }: { src: string; id: string }) {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), THUMB_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <span className="thumb-slot">
      {/* eslint-disable-next-line @next/next/no-img-element -- 48-px thumbnails the API already sized; next/image would only re-encode them */}
      <img
        className="thumb"
        src={settled ? src : undefined}
        alt={`Chest X-ray ${id}`}
        width={48}
        height={48}
        loading="lazy"
        decoding="async"
      />
    </span>
  );
}

function Pills({ items }: { items: { key: string; label: string; level?: number; muted?: boolean }[] }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <PillList
      title={items.map((p) => (p.level ? `${p.label} (${p.level})` : p.label)).join(', ')}
      pills={items.map((p) => ({
        key: p.key,
        className: `pill${p.muted ? ' is-muted' : ''}${p.level === undefined ? ' is-plain' : ''}`,
        title: p.level ? `${p.label}: certainty ${p.level} of 5` : p.label,
        content: p.level === undefined ? p.label : <WithLevel label={p.label} level={p.level} />,
      }))}
    />
  );
}

/** A label and its certainty badge, the badge kept on the line of the label's last word. */
function WithLevel({ label, level }: { label: string; level: number }) {
  const last = label.lastIndexOf(' ') + 1;
  return (
    <>
      {label.slice(0, last)}
      <span className="nowrap">
        {label.slice(last)}
        <span className={`pill-level level-${level}`}>{level}</span>
      </span>
    </>
  );
}

/**
 * A cell's pills, flowing as text (explore.css). A space separates them: without one, pills of one
 * word each would run together into a single word that cannot break.
 */
function PillList({
  title,
  pills,
}: {
  title: string;
  pills: { key: string; className: string; title?: string; content: React.ReactNode }[];
}) {
  return (
    <ul className="pills" title={title}>
      {pills.map((p, i) => (
        <Fragment key={p.key}>
          {i > 0 && ' '}
          <li className={p.className} title={p.title}>
            {p.content}
          </li>
        </Fragment>
      ))}
    </ul>
  );
}

type Cell<T> = (edge: T, labelOf: Labeler) => React.ReactNode;

const READ_CELLS: Record<string, Cell<ReadRowFragment>> = {
  thumb: (e) => <Thumb src={e.node.image.thumbnail} id={e.node.image.id} />,
  id: (e) => (
    <Link href={readHref(e)} className="mono" tabIndex={-1} prefetch={false}>
      {e.node.id}
    </Link>
  ),
  image: (e) => <span className="mono">{e.node.image.id}</span>,
  country: (e) => (
    <span>
      {e.node.reader.countryName} <span className="muted">{e.node.reader.country}</span>
    </span>
  ),
  experience: (e) => {
    const years = e.node.reader.experienceYears;
    return `${formatFixed(years, Number.isInteger(years) ? 0 : 1)} ${years === 1 ? 'yr' : 'yrs'}`;
  },
  role: (e) => ROLE_LABELS[e.node.reader.role] ?? e.node.reader.role,
  strategy: (e, labelOf) => labelOf('strategies', e.node.strategy),
  findings: (e) => (
    <Pills
      items={[...e.node.findings]
        .sort((a, b) => b.certainty - a.certainty)
        .map((f) => ({ key: f.finding, label: f.label, level: f.certainty, muted: f.certainty < 3 }))}
    />
  ),
  duration: (e) => `${formatFixed(e.node.durationSec, 1)} s`,
  fixations: (e) => formatCount(e.node.trackSummary?.fixationCount),
  agreement: (e) => formatFixed(e.node.image.agreement, 2),
  difficulty: (e) => formatFixed(e.node.image.difficulty, 2),
  started: (e) => <span className="nowrap">{formatDateTime(e.node.startedAt)}</span>,
  matches: (e) => <Highlights highlights={e.highlights} />,
  misses: (e) => <Misses edge={e} />,
  lungCoverage: (e) => <Gaze edge={e}>{fmt.share(e.node.gaze?.lungCoverage)}</Gaze>,
  meanFixation: (e) => <Gaze edge={e}>{fmt.ms(e.node.gaze?.meanFixationMs)}</Gaze>,
  meanSaccade: (e) => <Gaze edge={e}>{fmt.deg(e.node.gaze?.meanSaccadeDeg)}</Gaze>,
  ttffLung: (e) => <Gaze edge={e}>{fmt.sec(e.node.gaze?.ttffLungSec)}</Gaze>,
  eyeVoice: (e) => <Gaze edge={e}>{formatSpan(e.node.gaze?.eyeVoiceSpanSec)}</Gaze>,
  peerSimilarity: (e) => <Gaze edge={e}>{fmt.sim(e.node.peerSimilarity?.multimatch)}</Gaze>,
};

/** A gaze metric's cell: says, on hover, that a synthetic read's metric comes from synthetic gaze. */
function Gaze({ edge, children }: { edge: ReadRowFragment; children: React.ReactNode }) {
  if (!edge.node.gaze)
    return (
      <span className="muted" title="No attention track">
        –
      </span>
    );
  return <span title={edge.node.gaze.synthetic ? 'Computed from synthetic gaze' : undefined}>{children}</span>;
}

/** The read's missed findings, each marked with its miss type's colour and name. */
function Misses({ edge }: { edge: ReadRowFragment }) {
  if (!edge.node.gaze) return <span className="muted">–</span>;
  const missed = MISS_TYPES.flatMap((m) => edge.node.findingGaze.filter((f) => f.missType === m));
  if (missed.length === 0) return <span className="muted">none</span>;
  return (
    <PillList
      title={missed.map((f) => `${f.label}: ${MISS_TYPE_INFO[f.missType!].label}`).join(', ')}
      pills={missed.map((f) => ({
        key: f.finding,
        className: 'pill is-plain',
        content: (
          <>
            <span className="miss-dot" style={{ background: MISS_TYPE_INFO[f.missType!].color }} aria-hidden="true" />
            {f.label} <span className="muted">{MISS_TYPE_INFO[f.missType!].short.toLowerCase()}</span>
          </>
        ),
      }))}
    />
  );
}

const IMAGE_CELLS: Record<string, Cell<ImageRowFragment>> = {
  thumb: (e) => <Thumb src={e.node.thumbnail} id={e.node.id} />,
  id: (e) => (
    <Link href={imageHref(e)} className="mono" tabIndex={-1} prefetch={false}>
      {e.node.id}
    </Link>
  ),
  position: (e) => e.node.viewPosition,
  patient: (e) =>
    e.node.patientAge == null && !e.node.patientSex
      ? '—'
      : `${e.node.patientAge ?? '?'} ${e.node.patientSex ?? ''}`.trim(),
  labels: (e) => <Pills items={e.node.sourceLabels.map((l) => ({ key: l, label: l.replace(/_/g, ' ') }))} />,
  reported: (e, labelOf) => (
    <Pills items={e.node.reportedFindings.map((f) => ({ key: f, label: labelOf('findings', f) }))} />
  ),
  reads: (e) => formatCount(e.node.readCount),
  countries: (e) => <span className="mono small">{e.node.readerCountries.join(' ')}</span>,
  agreement: (e) => formatFixed(e.node.agreement, 2),
  difficulty: (e) => formatFixed(e.node.difficulty, 2),
  followUp: (e) => formatCount(e.node.followUp),
  dataset: (e) => e.node.dataset,
  matches: (e) => <Highlights highlights={e.highlights} />,
};

/**
 * What the table needs of a column beyond react-table's definition: its spec (width, alignment,
 * sort field) and a renderer from the edge itself, so virtualized rows render without
 * react-table's row model (which would rebuild a Row object per loaded edge on every page).
 */
export interface ColumnMeta<T = never> {
  spec: ColumnSpec;
  render: (edge: T) => React.ReactNode;
}

function build<T>(specs: readonly ColumnSpec[], cells: Record<string, Cell<T>>, labelOf: Labeler): ColumnDef<T>[] {
  return specs.map((spec) => {
    const render = (edge: T) => cells[spec.id]?.(edge, labelOf) ?? null;
    return {
      id: spec.id,
      header: spec.label,
      size: spec.width,
      enableSorting: spec.sort !== undefined,
      meta: { spec, render } satisfies ColumnMeta<T>,
      cell: (ctx) => render(ctx.row.original),
    };
  });
}

export function readColumns(labelOf: Labeler): ColumnDef<ReadRowFragment>[] {
  return build(COLUMNS.reads, READ_CELLS, labelOf);
}

export function imageColumns(labelOf: Labeler): ColumnDef<ImageRowFragment>[] {
  return build(COLUMNS.images, IMAGE_CELLS, labelOf);
}
