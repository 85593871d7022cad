'use client';
/**
 * Fetches what a replay needs through the API (the portal's only data path) and shows the single
 * read, or — with multi — every read of its image. Loading, missing and failing states are
 * stated plainly.
 */
import { useQuery } from '@tanstack/react-query';
import { request } from '@/lib/graphql';
import type { MultiReplayForImageQuery, ReplayReadQuery } from '@/generated/graphql';
import { MultiReaderReplay } from './MultiReaderReplay';
import {
  MultiReplayForImageQuery as MultiQuery,
  ReadImageIdQuery,
  ReplayReadQuery as SingleQuery,
} from './replay-operations';
import { SingleReadReplay } from './SingleReadReplay';
import styles from './replay.module.css';

/** Samples per track: whole dense tracks for one read; fewer each when several play at once. */
const MAX_POINTS_SINGLE = 100_000;
const MAX_POINTS_MULTI = 20_000;

type State<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'missing'; message: string }
  | { status: 'ready'; data: T };

/** `run` answers null when the record does not exist; `key` names what it fetches. */
function useReplayQuery<T>(key: unknown[], run: (signal: AbortSignal) => Promise<T | null>, missing: string): State<T> {
  const q = useQuery({ queryKey: ['replay', ...key], queryFn: ({ signal }) => run(signal) });
  if (q.isPending) return { status: 'loading' };
  if (q.isError) return { status: 'error', message: q.error.message };
  return q.data ? { status: 'ready', data: q.data } : { status: 'missing', message: missing };
}

function Status({ state }: { state: State<unknown> }) {
  if (state.status === 'loading')
    return (
      <main className={styles.page} aria-busy="true">
        <p className={styles.muted}>Loading the replay…</p>
      </main>
    );
  if (state.status === 'ready') return null;
  return (
    <main className={styles.page}>
      <p className={styles.missing} role="alert">
        {state.message}
      </p>
    </main>
  );
}

export function ReadReplayLoader({
  readId,
  initialTime,
  multi,
}: {
  readId: string;
  initialTime: number | null;
  multi: boolean;
}) {
  const state = useReplayQuery<ReplayReadQuery | { multi: MultiReplayForImageQuery }>(
    ['read', readId, multi],
    async (signal) => {
      if (multi) {
        const r = await request(ReadImageIdQuery, { id: readId }, { signal });
        if (!r.read) return null;
        const m = await request(MultiQuery, { imageId: r.read.image.id, maxPoints: MAX_POINTS_MULTI }, { signal });
        return m.image ? { multi: m } : null;
      }
      const d = await request(SingleQuery, { id: readId, maxPoints: MAX_POINTS_SINGLE }, { signal });
      return d.read ? d : null;
    },
    `There is no read with id “${readId}”.`,
  );
  if (state.status !== 'ready') return <Status state={state} />;
  const d = state.data;
  if ('multi' in d)
    return (
      <MultiReaderReplay
        data={d.multi as MultiReplayForImageQuery & { image: NonNullable<MultiReplayForImageQuery['image']> }}
        initialTime={initialTime}
        focusReadId={readId}
      />
    );
  return (
    <SingleReadReplay
      key={readId}
      data={d as ReplayReadQuery & { read: NonNullable<ReplayReadQuery['read']> }}
      initialTime={initialTime}
    />
  );
}

export function ImageReplayLoader({ imageId, initialTime }: { imageId: string; initialTime: number | null }) {
  const state = useReplayQuery<MultiReplayForImageQuery>(
    ['image', imageId],
    async (signal) => {
      const m = await request(MultiQuery, { imageId, maxPoints: MAX_POINTS_MULTI }, { signal });
      return m.image ? m : null;
    },
    `There is no image with id “${imageId}”.`,
  );
  if (state.status !== 'ready') return <Status state={state} />;
  return (
    <MultiReaderReplay
      data={state.data as MultiReplayForImageQuery & { image: NonNullable<MultiReplayForImageQuery['image']> }}
      initialTime={initialTime}
    />
  );
}
