/** Image fields: enums mapped back from stored values, tile paths, prior/next and reads via loaders. */
import type { ImageResolvers } from '../generated/graphql.ts';
import { FINDING, SEX, VIEW_POSITION } from '../query/vocabulary-map.ts';
import { pageSize } from '../connections.ts';
import { toEnum, toEnums, toOptionalEnum } from './enums.ts';
import { lungFields, region, scanpathPair } from './gaze.ts';

/** Tile paths are relative to the API origin; ids hold only URL-safe characters (see model.ts). */
export const tilePath = (displayImageId: string, suffix: '.dzi' | '.thumb.jpg') =>
  `/tiles/${encodeURIComponent(displayImageId)}${suffix}`;

export const Image: ImageResolvers = {
  prior: (img, _args, ctx) => (img.priorImageId ? ctx.loaders.images.load(img.priorImageId) : null),
  next: (img, _args, ctx) => (img.nextImageId ? ctx.loaders.images.load(img.nextImageId) : null),
  viewPosition: (img) => toEnum(VIEW_POSITION, img.viewPosition),
  patientSex: (img) => toOptionalEnum(SEX, img.patientSex),
  referenceFindings: (img) => toEnums(FINDING, img.referenceFindings),
  tileSource: (img) => tilePath(img.displayImageId, '.dzi'),
  thumbnail: (img) => tilePath(img.displayImageId, '.thumb.jpg'),
  reads: (img, { first }, ctx) => {
    const n = pageSize(first, 'first');
    if (n === 0 || img.readCount === 0) return [];
    return ctx.loaders.readsOfImage.load(`${img.id}\u0000${n}`);
  },
  reportedFindings: (img) => toEnums(FINDING, img.findingLabels),
  findingVotes: (img) =>
    img.findingVotes.map((v) => ({
      finding: toEnum(FINDING, v.label),
      label: v.label,
      positive: v.positive,
      readCount: img.readCount,
      meanCertainty: v.meanCertainty,
    })),
  referenceRegions: (img) =>
    (img.referenceRegions ?? []).map((r) => ({
      finding: toEnum(FINDING, r.label),
      label: r.label,
      region: region(r.region),
    })),
  lungFields: (img) => lungFields(img.lungFields),
  chestBox: (img) => img.chestBox ?? null,
  scanpathSimilarity: (img) => (img.scanpathSimilarity ?? []).map(scanpathPair),
};
