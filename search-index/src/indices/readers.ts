/** The readers index: one document per reader, with their read count. */
import type { estypes } from '@elastic/elasticsearch';
import type { ReaderRecord } from '../model.ts';
import { COUNTRIES, EXPERIENCE_BANDS } from '../vocabulary.ts';
import { bool, float, integer, keyword } from './settings.ts';

export interface ReaderDocument {
  id: string;
  country: string;
  countryName: string;
  continent: string;
  experienceYears: number;
  experienceBand: string;
  role: string;
  subspecialty: string | null;
  synthetic: boolean;
  readCount: number;
  strategies: string[];
  meanDurationSec: number | null;
}

/** Mapping of the reader fields that reads carry too (see readerSummary). */
export const readerSummaryProperties = {
  country: keyword,
  countryName: keyword,
  continent: keyword,
  experienceYears: float,
  experienceBand: keyword,
  role: keyword,
  subspecialty: keyword,
} as const;

export const readersMapping: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: keyword,
    ...readerSummaryProperties,
    synthetic: bool,
    readCount: integer,
    strategies: keyword,
    meanDurationSec: float,
  },
};

export function experienceBand(years: number): string {
  const band = EXPERIENCE_BANDS.find((b) => years >= b.from && (b.to === undefined || years < b.to));
  return band?.key ?? EXPERIENCE_BANDS[EXPERIENCE_BANDS.length - 1]!.key;
}

/** Reader fields copied onto each read, so read facets need no join. */
export function readerSummary(reader: ReaderRecord) {
  const country = COUNTRIES[reader.country]!;
  return {
    country: reader.country,
    countryName: country.name,
    continent: country.continent,
    experienceYears: reader.experienceYears,
    experienceBand: experienceBand(reader.experienceYears),
    role: reader.role,
    subspecialty: reader.subspecialty,
  };
}

export function readerDocument(
  reader: ReaderRecord,
  aggregates: Pick<ReaderDocument, 'readCount' | 'strategies' | 'meanDurationSec'>,
): ReaderDocument {
  return { id: reader.id, ...readerSummary(reader), synthetic: reader.synthetic, ...aggregates };
}
