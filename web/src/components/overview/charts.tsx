'use client';
/**
 * The overview's chart kinds, on recharts: ranked horizontal bars (categories, most first,
 * clickable to filter) and histograms (numeric ranges). Animation is off: the charts redraw on
 * every filter change and should simply show the new numbers.
 */
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useCountText } from '@/components/access/AccessContext';

/** `count` is null when the API suppressed it (public tier): drawn as 0, labelled "< 10". */
export interface CategoryDatum {
  value: string;
  label: string;
  count: number | null;
}

/** Plotted values: suppressed counts as 0 with their text beside. */
function usePlotted<T extends { count: number | null }>(data: T[]) {
  const countText = useCountText();
  return data.map((d) => ({ ...d, count: d.count ?? 0, text: countText(d.count, (n) => countFormat.format(n)) }));
}
const byText = (_v: unknown, _n: unknown, item: { payload?: { text?: string } }) => item.payload?.text ?? '';

const ACCENT = '#1f6feb';
const ACCENT_DARK = '#0b3d91';
const ROW = 24;

const countFormat = new Intl.NumberFormat('en-US');

export function RankedBars({
  data,
  selected = [],
  onSelect,
  labelWidth = 170,
  testId,
  unit = 'reads',
  title,
}: {
  /** The chart's accessible name (it takes keyboard focus). */
  title: string;
  data: CategoryDatum[];
  selected?: readonly string[];
  onSelect?: (value: string) => void;
  labelWidth?: number;
  testId?: string;
  unit?: string;
}) {
  const height = Math.max(data.length, 1) * ROW + 8;
  const clickable = onSelect !== undefined;
  const plotted = usePlotted(data);
  return (
    <div data-testid={testId} data-points={data.length} className={clickable ? 'chart is-clickable' : 'chart'}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={plotted}
        title={title}
        layout="vertical"
        margin={{ top: 4, right: 52, bottom: 4, left: 0 }}
        barCategoryGap={4}
        accessibilityLayer
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={{ fontSize: 13, fill: '#1d2430' }}
        />
        <Tooltip cursor={{ fill: '#eef3fb' }} formatter={(v, n, item) => [byText(v, n, item), unit]} />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          radius={[0, 3, 3, 0]}
          minPointSize={2}
          onClick={clickable ? (d) => onSelect((d.payload as CategoryDatum).value) : undefined}
        >
          {data.map((d) => (
            <Cell key={d.value} fill={selected.includes(d.value) ? ACCENT_DARK : ACCENT} />
          ))}
          <LabelList
            dataKey="text"
            position="right"
            style={{ fontSize: 12, fill: '#5b6676', fontVariantNumeric: 'tabular-nums' }}
          />
        </Bar>
      </BarChart>
    </div>
  );
}

export interface HistogramDatum {
  label: string;
  count: number | null;
}

export function Histogram({
  data,
  testId,
  xLabel,
  unit = 'reads',
  height = 200,
  title,
}: {
  /** The chart's accessible name (it takes keyboard focus). */
  title: string;
  data: HistogramDatum[];
  testId?: string;
  xLabel: string;
  unit?: string;
  height?: number;
}) {
  const plotted = usePlotted(data);
  return (
    <div data-testid={testId} data-points={data.length} className="chart">
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={plotted}
        title={title}
        margin={{ top: 8, right: 8, bottom: 18, left: 0 }}
        barCategoryGap={2}
        accessibilityLayer
      >
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: '#5b6676' }}
          tickLine={false}
          interval="preserveStartEnd"
          label={{ value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12, fill: '#5b6676' }}
        />
        <YAxis
          width={40}
          tick={{ fontSize: 11, fill: '#5b6676' }}
          tickLine={false}
          axisLine={false}
          allowDecimals={false}
        />
        <Tooltip cursor={{ fill: '#eef3fb' }} formatter={(v, n, item) => [byText(v, n, item), unit]} />
        <Bar dataKey="count" fill={ACCENT} isAnimationActive={false} radius={[2, 2, 0, 0]} />
      </BarChart>
    </div>
  );
}

/** "0–1.6" style bucket labels with no more decimals than the bucket widths need. */
export function histogramData(buckets: { from: number; to: number; count: number | null }[]): HistogramDatum[] {
  const width = buckets[0] ? buckets[0].to - buckets[0].from : 1;
  const digits = width >= 5 ? 0 : width >= 0.5 ? 1 : 2;
  return buckets.map((b) => ({ label: `${b.from.toFixed(digits)}–${b.to.toFixed(digits)}`, count: b.count }));
}
