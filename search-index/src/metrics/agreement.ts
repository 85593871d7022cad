/**
 * Inter-reader agreement and case difficulty of one image, from its reads' positive finding
 * sets (certainty ≥ 3; an empty set means "no finding").
 *
 * agreement  = mean over reader pairs of the Jaccard index of their positive sets (two empty
 *              sets agree fully); null with fewer than two reads.
 * difficulty = ½·(1 − agreement) + ½·(1 − mean normalised certainty of reported findings),
 *              where certainty 1…5 maps to 0…1; a case is hard when readers disagree or hedge.
 */
export interface ReadVote<L extends string = string> {
  positive: readonly L[];
  certainties: readonly number[];
}

export function imageAgreement(votes: readonly ReadVote[]): { agreement: number | null; difficulty: number | null } {
  if (votes.length < 2) return { agreement: null, difficulty: null };
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < votes.length; i++)
    for (let j = i + 1; j < votes.length; j++) {
      sum += jaccard(votes[i]!.positive, votes[j]!.positive);
      pairs++;
    }
  const agreement = sum / pairs;
  const certainties = votes.flatMap((v) => v.certainties);
  const meanCertainty = certainties.length ? certainties.reduce((a, c) => a + (c - 1) / 4, 0) / certainties.length : 1;
  const difficulty = 0.5 * (1 - agreement) + 0.5 * (1 - meanCertainty);
  return { agreement: round3(agreement), difficulty: round3(difficulty) };
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setA = new Set(a);
  let inter = 0;
  const union = new Set([...a, ...b]).size;
  for (const v of new Set(b)) if (setA.has(v)) inter++;
  return inter / union;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
