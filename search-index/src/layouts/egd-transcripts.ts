/**
 * EGD-CXR's dictation: audio_segmentation_transcripts/<dicom_id>/transcript.json
 * (`{full_text, time_stamped_text: [{phrase, begin_time, end_time}]}`), one per image, as the
 * read's reasoning steps. A bad phrase is rejected with the line it starts on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReasoningStep } from '../model.ts';
import { Tally, type ImportReport } from './import-report.ts';
import { spreadPhrase, stepsFromTokens } from './reasoning.ts';

const TRANSCRIPTS = 'audio_segmentation_transcripts';
/** The row of the import's table counting every transcript. */
const GROUP = `${TRANSCRIPTS}/<dicom_id>/transcript.json`;

const transcriptFile = (id: string) => `${TRANSCRIPTS}/${id}/transcript.json`;

interface Phrase {
  phrase: string;
  begin: number;
  end: number;
  line: number;
}

/**
 * Transcripts of images not to be imported are rejected whole; `whyNot` says why for a folder
 * name, or null for an image that is imported.
 */
export function rejectUnlistedTranscripts(
  src: string,
  whyNot: (id: string) => string | null,
  report: ImportReport,
): void {
  const dir = join(src, TRANSCRIPTS);
  if (!existsSync(dir)) return;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const file = transcriptFile(d.name);
    const reason = d.isDirectory() ? whyNot(d.name) : null;
    if (reason === null || !existsSync(join(src, file))) continue;
    report.group(GROUP, true);
    void report.reject(GROUP, { file, line: 1, reason, id: d.name }, Math.max(1, phraseCount(join(src, file))));
  }
}

function phraseCount(path: string): number {
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as { time_stamped_text?: unknown };
    return Array.isArray(j.time_stamped_text) ? j.time_stamped_text.length : 1;
  } catch {
    return 1;
  }
}

/** Image `id`'s transcript as reasoning steps; its phrases join the case's tallies. */
export function transcriptSteps(src: string, id: string, report: ImportReport, tallies: Tally[]): ReasoningStep[] {
  const file = transcriptFile(id);
  const path = join(src, file);
  if (!existsSync(path)) {
    report.note('reads without a transcript.json');
    return [];
  }
  const tr = readTranscript(path, file, id, report);
  if (!tr) return [];
  tallies.push(tr.tally);
  return tr.phrases.flatMap((ph) => stepsFromTokens(spreadPhrase(ph.phrase, ph.begin, ph.end)));
}

/** Phrases of a transcript.json; null when the file itself is rejected. */
function readTranscript(
  path: string,
  file: string,
  id: string,
  report: ImportReport,
): { phrases: Phrase[]; tally: Tally } | null {
  const tally = new Tally(GROUP, file);
  report.group(GROUP, true);
  const text = readFileSync(path, 'utf8');
  const list = phraseList(text);
  if (typeof list === 'string') {
    void report.reject(GROUP, { file, line: 1, reason: list, id });
    return null;
  }
  // Line of each element: where its n-th "phrase" key sits (good enough to find it in an editor).
  const starts = [...text.matchAll(/"phrase"\s*:/g)].map((m) => text.slice(0, m.index).split('\n').length);
  const phrases: Phrase[] = [];
  list.forEach((el: unknown, i) => {
    const line = starts[i] ?? 1;
    const p = phraseOf(el, line);
    if (typeof p === 'string') void report.reject(GROUP, { file, line, reason: `time_stamped_text[${i}]: ${p}`, id });
    else {
      phrases.push(p);
      tally.ok(line);
    }
  });
  return { phrases, tally };
}

/** The time_stamped_text array, or why there is none. */
function phraseList(text: string): unknown[] | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return `invalid JSON (${(err as Error).message})`;
  }
  const list = (json as { time_stamped_text?: unknown })?.time_stamped_text;
  return Array.isArray(list) ? list : 'no time_stamped_text array';
}

/** One element of time_stamped_text, or what is wrong with it. */
function phraseOf(el: unknown, line: number): Phrase | string {
  const e = (el ?? {}) as Record<string, unknown>;
  const phrase = typeof e.phrase === 'string' ? e.phrase.trim() : '';
  const begin = Number(e.begin_time),
    end = Number(e.end_time);
  if (!phrase) return 'phrase is missing or empty';
  if (!Number.isFinite(begin) || !Number.isFinite(end)) return 'begin_time/end_time are not numbers';
  if (begin < 0) return `begin_time ${begin} is negative`;
  if (end < begin) return `phrase ends (${end} s) before it begins (${begin} s)`;
  return { phrase, begin, end, line };
}
