import type { Metadata } from 'next';
import { routeId } from '@/lib/route-id';
import { ReadReplayLoader } from '@/components/replay/ReplayLoader';
import { parseTimeParam } from '@/lib/replay-clock';
import { RecordsGate } from '@/components/access/AccessContext';

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: `Replay ${routeId(id)} · CheXthought Explorer` };
}

/** /reads/[id]?t=12.5 replays one read from a moment; ?multi=1 replays every read of its image. */
export default async function ReadReplayPage({ params, searchParams }: Params) {
  const { id } = await params;
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const multi = ['1', 'true', 'yes'].includes(one(sp.multi) ?? '');
  return (
    <RecordsGate what="Reads, their reasoning and gaze replays">
      <ReadReplayLoader readId={routeId(id)} initialTime={parseTimeParam(one(sp.t))} multi={multi} />
    </RecordsGate>
  );
}
