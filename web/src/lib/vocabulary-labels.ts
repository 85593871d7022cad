/**
 * Display labels of finding and strategy codes from the API's vocabulary (the VocabularyLabels
 * fragment): one look-up for every page; a code without a label shows as itself.
 */
import { useMemo } from 'react';
import type { VocabularyLabelsFragment } from '@/generated/graphql';

export interface Labels {
  finding: (code: string) => string;
  strategy: (code: string) => string;
}

export function vocabularyLabels(v: VocabularyLabelsFragment): Labels {
  const findings = new Map<string, string>(v.findings.map((f) => [f.finding, f.label]));
  const strategies = new Map<string, string>(v.strategies.map((s) => [s.strategy, s.label]));
  return {
    finding: (code) => findings.get(code) ?? code,
    strategy: (code) => strategies.get(code) ?? code,
  };
}

export function useVocabularyLabels(v: VocabularyLabelsFragment): Labels {
  return useMemo(() => vocabularyLabels(v), [v]);
}
