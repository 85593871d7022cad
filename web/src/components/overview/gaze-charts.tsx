'use client';
/**
 * The overview's reading-process charts, from DatasetStatistics (so they follow the active
 * filters like the others): missed findings by miss type (Kundel, Nodine & Carmody 1978) per
 * finding, and lung-field coverage by reader experience band. Animation is off, as in charts.tsx.
 */
import { Bar, BarChart, Cell, ErrorBar, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MissType } from '@/generated/graphql';
import { MISS_TYPES, MISS_TYPE_INFO } from '@/lib/gaze-metrics';

import { coverageChartData, missChartData, type CoverageDatum, type MissRow } from '@/lib/gaze-chart-data';

const ROW = 26;
const KEY: Record<MissType, 'search' | 'recognition' | 'decision'> = {
  SEARCH: 'search',
  RECOGNITION: 'recognition',
  DECISION: 'decision',
};
const countFormat = new Intl.NumberFormat('en-US');

export function MissesByFindingChart({
  rows,
  onSelect,
}: {
  rows: readonly MissRow[];
  /** Filter to misses of this finding and type. */
  onSelect?: (finding: string, missType: MissType) => void;
}) {
  const data = missChartData(rows);
  if (data.length === 0)
    return (
      <p className="muted small">No finding is present on the images of these reads (no reference, no consensus).</p>
    );
  const height = data.length * ROW + 40;
  return (
    <div data-testid="chart-misses" data-points={data.length} className={onSelect ? 'chart is-clickable' : 'chart'}>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
        barCategoryGap={5}
        accessibilityLayer
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="label"
          width={210}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={{ fontSize: 12.5, fill: '#1d2430' }}
        />
        <Tooltip
          cursor={{ fill: '#eef3fb' }}
          formatter={(v, name, item) => {
            const present = (item.payload as MissRow).present;
            const n = Number(v);
            return [
              `${countFormat.format(n)} of ${countFormat.format(present)} (${Math.round((n / present) * 100)} %)`,
              name,
            ];
          }}
        />
        <Legend
          verticalAlign="top"
          height={24}
          iconType="square"
          itemSorter={null}
          wrapperStyle={{ fontSize: 12 }}
          // Dark text: the series colours themselves are too light for text on white (WCAG AA).
          formatter={(value) => <span style={{ color: '#1d2430' }}>{value}</span>}
        />
        {MISS_TYPES.map((m, i) => (
          <Bar
            key={m}
            dataKey={KEY[m]}
            name={`${MISS_TYPE_INFO[m].short} miss`}
            stackId="miss"
            fill={MISS_TYPE_INFO[m].color}
            isAnimationActive={false}
            onClick={onSelect ? (d) => onSelect((d.payload as MissRow).finding, m) : undefined}
          >
            {i === MISS_TYPES.length - 1 && (
              <LabelList
                dataKey="missed"
                position="right"
                formatter={(v) => countFormat.format(Number(v))}
                style={{ fontSize: 12, fill: '#5b6676', fontVariantNumeric: 'tabular-nums' }}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

export function CoverageByExperienceChart({ rows }: { rows: Parameters<typeof coverageChartData>[0] }) {
  const data = coverageChartData(rows);
  if (data.every((d) => d.mean == null))
    return <p className="muted small">None of these reads has a lung-coverage value.</p>;
  return (
    <div data-testid="chart-coverage-experience" data-points={data.length} className="chart">
      <BarChart
        responsive
        style={{ width: '100%', height: 220 }}
        data={data}
        margin={{ top: 18, right: 8, bottom: 18, left: 0 }}
        barCategoryGap={6}
        accessibilityLayer
      >
        <XAxis
          dataKey="band"
          tick={{ fontSize: 11, fill: '#5b6676' }}
          tickLine={false}
          label={{ value: 'years of experience', position: 'insideBottom', offset: -12, fontSize: 12, fill: '#5b6676' }}
        />
        <YAxis
          width={46}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(v) => `${v}%`}
          tick={{ fontSize: 11, fill: '#5b6676' }}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip
          cursor={{ fill: '#eef3fb' }}
          formatter={(_v, _n, item) => {
            const d = item.payload as CoverageDatum;
            if (d.mean == null) return ['no value', 'coverage'];
            return [
              `mean ${d.mean.toFixed(1)} % (range ${(d.mean - d.spread[0]).toFixed(0)}–${(d.mean + d.spread[1]).toFixed(0)} %) over ${countFormat.format(d.readCount)} reads`,
              'lung coverage',
            ];
          }}
        />
        <Bar dataKey="mean" isAnimationActive={false} radius={[2, 2, 0, 0]}>
          {data.map((d) => (
            <Cell key={d.band} fill="#009E73" />
          ))}
          <ErrorBar dataKey="spread" width={6} stroke="#1d2430" strokeWidth={1} direction="y" />
          <LabelList dataKey="label" position="insideBottom" style={{ fontSize: 12, fill: '#fff', fontWeight: 600 }} />
        </Bar>
      </BarChart>
    </div>
  );
}
