/**
 * What the ingest learns about images and readers from their reads in the validating pass:
 * votes for agreement, reporting counts per finding, reader countries and strategies.
 */
import { imageAgreement, type ReadVote } from '../metrics/agreement.ts';
import type { ImageAggregates } from '../indices/images.ts';
import { positiveLabels } from '../indices/reads.ts';
import type { ReadRecord, ReaderRecord } from '../model.ts';
import { COUNTRIES, type Finding } from '../vocabulary.ts';

interface ImageStats {
  votes: ReadVote<Finding>[];
  findings: Map<Finding, { positive: number; certaintySum: number }>;
  countries: Set<string>;
  continents: Set<string>;
  strategies: Set<string>;
}

interface ReaderStats {
  count: number;
  duration: number;
  strategies: Set<string>;
}

const NO_AGREEMENT = { agreement: null, difficulty: null };

export class ReadAggregates {
  private readonly images = new Map<string, ImageStats>();
  private readonly readers = new Map<string, ReaderStats>();
  private agreementCache: Map<string, { agreement: number | null; difficulty: number | null }> | null = null;

  add(read: ReadRecord, reader: ReaderRecord): void {
    this.agreementCache = null;
    let img = this.images.get(read.imageId);
    if (!img) {
      img = { votes: [], findings: new Map(), countries: new Set(), continents: new Set(), strategies: new Set() };
      this.images.set(read.imageId, img);
    }
    const positive = positiveLabels(read);
    img.votes.push({
      positive,
      certainties: read.findings.filter((f) => f.label !== 'No finding').map((f) => f.certainty),
    });
    for (const f of read.findings) {
      if (!positive.includes(f.label)) continue;
      const e = img.findings.get(f.label) ?? { positive: 0, certaintySum: 0 };
      e.positive++;
      e.certaintySum += f.certainty;
      img.findings.set(f.label, e);
    }
    img.countries.add(reader.country);
    img.continents.add(COUNTRIES[reader.country]!.continent);
    img.strategies.add(read.strategy);

    const rs = this.readers.get(read.readerId) ?? { count: 0, duration: 0, strategies: new Set<string>() };
    rs.count++;
    rs.duration += read.durationSec;
    rs.strategies.add(read.strategy);
    this.readers.set(read.readerId, rs);
  }

  /** Agreement and difficulty of an image (null with fewer than two reads). */
  agreement(imageId: string): { agreement: number | null; difficulty: number | null } {
    if (!this.agreementCache)
      this.agreementCache = new Map([...this.images].map(([id, s]) => [id, imageAgreement(s.votes)]));
    return this.agreementCache.get(imageId) ?? NO_AGREEMENT;
  }

  /** The image's accepted reads. */
  readCount(imageId: string): number {
    return this.images.get(imageId)?.votes.length ?? 0;
  }

  image(imageId: string): ImageAggregates {
    const s = this.images.get(imageId);
    return {
      readCount: this.readCount(imageId),
      readerCountries: [...(s?.countries ?? [])].sort(),
      readerContinents: [...(s?.continents ?? [])].sort(),
      findingLabels: [...new Set(s?.votes.flatMap((v) => v.positive) ?? [])].sort(),
      strategies: [...(s?.strategies ?? [])].sort(),
      ...this.agreement(imageId),
      findingVotes: [...(s?.findings ?? [])]
        .sort((a, b) => b[1].positive - a[1].positive || a[0].localeCompare(b[0]))
        .map(([label, v]) => ({
          label,
          positive: v.positive,
          meanCertainty: Math.round((v.certaintySum / v.positive) * 100) / 100,
        })),
    };
  }

  reader(readerId: string) {
    const s = this.readers.get(readerId);
    return {
      readCount: s?.count ?? 0,
      strategies: [...(s?.strategies ?? [])].sort(),
      meanDurationSec: s ? Math.round((s.duration / s.count) * 10) / 10 : null,
    };
  }
}
