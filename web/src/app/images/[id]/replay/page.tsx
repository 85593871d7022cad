import type { Metadata } from 'next';
import { routeId } from '@/lib/route-id';
import { ImageReplayLoader } from '@/components/replay/ReplayLoader';
import { parseTimeParam } from '@/lib/replay-clock';
import { RecordsGate } from '@/components/access/AccessContext';

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: `All readers of ${routeId(id)} · CheXthought Explorer` };
}

/** Every read of one image replayed together on one clock. */
export default async function ImageReplayPage({ params, searchParams }: Params) {
  const { id } = await params;
  const t = (await searchParams).t;
  return (
    <RecordsGate what="Reads, their reasoning and gaze replays">
      <ImageReplayLoader imageId={routeId(id)} initialTime={parseTimeParam(Array.isArray(t) ? t[0] : t)} />
    </RecordsGate>
  );
}
