import type { Metadata } from 'next';
import { routeId } from '@/lib/route-id';
import { ImageCase } from './ImageCase';
import { RecordsGate } from '@/components/access/AccessContext';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: `Image ${routeId(id)} · CheXthought Explorer` };
}

/** The case viewer: the image (and the patient's prior), its reads and how much they agree. */
export default async function ImagePage({ params }: Params) {
  const { id } = await params;
  return (
    <RecordsGate what="Image cases and their reads">
      <ImageCase id={routeId(id)} />
    </RecordsGate>
  );
}
