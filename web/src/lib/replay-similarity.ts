/** AOI-string Levenshtein similarity lives with the other scanpath metrics in search-index. */
export * from '../../../search-index/src/metrics/aoi-levenshtein';
