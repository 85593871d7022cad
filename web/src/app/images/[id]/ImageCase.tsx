'use client';
/** The case page's data and layout: viewer(s) on the left, reads and agreement on the right. */
import Link from 'next/link';
import { useState } from 'react';
import type { ImageCaseQuery as ImageCaseResult } from '@/generated/graphql';
import { SyntheticNotice } from '@/components/SyntheticNotice';
import { ImageAttribution } from '@/components/viewer/ImageAttribution';
import { ImageViewer } from '@/components/viewer/ImageViewer';
import { SyncedViewerPair } from '@/components/viewer/SyncedViewerPair';
import { useApiQuery } from '@/lib/query';
import { useVocabularyLabels } from '@/lib/vocabulary-labels';
import { AgreementPanel } from './AgreementPanel';
import { ImageCaseQuery } from './image-case';
import { ReadsOfImage } from './ReadsOfImage';
import styles from './case.module.css';

type Image = NonNullable<ImageCaseResult['image']>;
export function ImageCase({ id }: { id: string }) {
  const q = useApiQuery(ImageCaseQuery, { id });
  if (q.isPending)
    return (
      <main className={styles.page} aria-busy="true">
        <p className={styles.muted}>Loading image {id}…</p>
      </main>
    );
  if (q.isError)
    return (
      <main className={styles.page}>
        <p className={styles.missing} role="alert">
          {q.error.message}
        </p>
      </main>
    );
  const { image, dataset, vocabulary } = q.data;
  if (!image)
    return (
      <main className={styles.page}>
        <p className={styles.missing} role="alert">
          There is no image with id “{id}”.
        </p>
      </main>
    );
  return <CaseLayout image={image} dataset={dataset} vocabulary={vocabulary} />;
}

function CaseLayout({
  image,
  dataset,
  vocabulary,
}: {
  image: Image;
  dataset: ImageCaseResult['dataset'];
  vocabulary: ImageCaseResult['vocabulary'];
}) {
  const labels = useVocabularyLabels(vocabulary);
  const [showPrior, setShowPrior] = useState(true);
  const prior = image.prior;
  const synthetic = dataset.synthetic || image.synthetic || image.reads.some((r) => r.synthetic);

  return (
    <main className={styles.page} data-testid="image-case" data-image-id={image.id}>
      <SyntheticNotice synthetic={synthetic} />
      <header className={styles.head}>
        <div>
          <h1>Image {image.id}</h1>
          <p className={styles.facts}>
            Patient {image.patientId} · study {image.followUp + 1}
            {image.followUp > 0 ? ` (follow-up ${image.followUp})` : ''} · {image.viewPosition} · {image.width}×
            {image.height} px
            {image.pixelSpacingMm ? ` · ${image.pixelSpacingMm[0]!.toFixed(3)} mm/px` : ''}
            {image.patientAge != null ? ` · ${image.patientAge} y` : ''}
            {image.patientSex ? ` · ${image.patientSex === 'M' ? 'male' : 'female'}` : ''}
          </p>
          <p className={styles.facts}>
            Source labels ({image.dataset}): {image.sourceLabels.length ? image.sourceLabels.join(', ') : 'none'}
            {image.referenceFindings.length > 0 && (
              <> → {image.referenceFindings.map((f) => labels.finding(f)).join(', ')}</>
            )}
          </p>
          {image.synthetic && (
            <p className={styles.missing}>
              This image record is synthetic; its pixels are those of the real image {image.displayImageId}.
            </p>
          )}
        </div>
        <nav className={styles.studyNav} aria-label="Patient's studies">
          {prior ? (
            <Link href={`/images/${encodeURIComponent(prior.id)}`}>← Prior study {prior.id}</Link>
          ) : (
            <span className={styles.muted}>No prior study</span>
          )}
          {image.next ? (
            <Link href={`/images/${encodeURIComponent(image.next.id)}`}>Next study {image.next.id} →</Link>
          ) : (
            <span className={styles.muted}>No later study</span>
          )}
        </nav>
      </header>

      <div className={styles.layout}>
        <section className={styles.viewers} aria-label="Image viewer">
          {prior && (
            <label className={styles.toggle}>
              <input
                type="checkbox"
                checked={showPrior}
                onChange={(e) => setShowPrior(e.target.checked)}
                data-testid="show-prior"
              />{' '}
              Show the prior study ({prior.id}) side by side
            </label>
          )}
          {prior && showPrior ? (
            <SyncedViewerPair
              current={{
                tileSource: image.tileSource,
                label: `Chest X-ray ${image.id}`,
                caption: (
                  <>
                    Current: {image.id} ({image.viewPosition})
                  </>
                ),
              }}
              prior={{
                tileSource: prior.tileSource,
                label: `Prior chest X-ray ${prior.id}`,
                caption: (
                  <>
                    Prior: <Link href={`/images/${encodeURIComponent(prior.id)}`}>{prior.id}</Link> (
                    {prior.viewPosition}, follow-up {prior.followUp}; labels: {prior.sourceLabels.join(', ') || 'none'})
                  </>
                ),
              }}
            />
          ) : (
            <ImageViewer tileSource={image.tileSource} label={`Chest X-ray ${image.id}`} />
          )}
          <ImageAttribution attribution={dataset.attribution} source={image.dataset} className={styles.attribution} />
        </section>
        <aside className={styles.side}>
          <AgreementPanel image={image} />
          <ReadsOfImage image={image} strategyLabel={labels.strategy} />
        </aside>
      </div>
    </main>
  );
}
