/** `chexthought generate`: writes a deterministic synthetic dataset (the demo by default). */
import { Command, InvalidArgumentError } from 'commander';
import { DEMO_DEFAULTS, GenerateOptionsError, generateDataset } from '../../search-index/src/generate/index.ts';
import { NihSampleError } from '../../search-index/src/generate/nih-sample.ts';
import { NihLabelsError } from '../../search-index/src/nih-labels.ts';
import { UserError } from '../user-error.ts';
import { countingBar } from '../progress-bar.ts';

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('number too large.');
  return n;
}

function formatBytes(n: number): string {
  return n >= 1e9
    ? `${(n / 1e9).toFixed(2)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${(n / 1e3).toFixed(1)} kB`;
}

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description(
      'Write a deterministic synthetic dataset in the canonical layout: the real NIH ChestX-ray14 sample images ' +
        '(then synthetic image records beyond them), synthetic readers, reads with reasoning, and attention tracks. ' +
        'Defaults give the demo.',
    )
    .option(
      '--seed <n>',
      'seed of the generator; same seed and options give byte-identical files',
      wholeNumber,
      DEMO_DEFAULTS.seed,
    )
    .option(
      '--images <n>',
      'images; the first 62 are the real NIH sample, the rest synthetic',
      wholeNumber,
      DEMO_DEFAULTS.images,
    )
    .option('--reads <n>', 'reads in total, 2–6 per image', wholeNumber, DEMO_DEFAULTS.reads)
    .option('--readers <n>', "readers (default: CheXthought's ratio, 501 per 103,592 reads, at least 60)", wholeNumber)
    .option(
      '--dense-reads <k>',
      'the first K reads get raw 60 Hz gaze, fixations and viewport events',
      wholeNumber,
      DEMO_DEFAULTS.denseReads,
    )
    .option('--out <dir>', 'output folder', DEMO_DEFAULTS.out)
    .addHelpText(
      'after',
      '\nFull CheXthought scale: chexthought generate --images 50312 --reads 103592 --out .data/full',
    )
    .action(
      async (opts: {
        seed: number;
        images: number;
        reads: number;
        readers?: number;
        denseReads: number;
        out: string;
      }) => {
        const bar = countingBar(
          'generate |{bar}| {percentage}% | {value}/{total} records | {rate} records/s | {phase} | ETA {eta_formatted}',
        );
        const started = performance.now();
        try {
          const summary = await generateDataset({
            seed: opts.seed,
            images: opts.images,
            reads: opts.reads,
            readers: opts.readers,
            denseReads: Math.min(opts.denseReads, opts.reads),
            out: opts.out,
            onProgress: ({ phase, done, total }) => bar.update(done, total, { phase }),
          });
          bar.stop();
          const seconds = (performance.now() - started) / 1000;
          const totalBytes = Object.values(summary.bytes).reduce((a, b) => a + b, 0);
          console.log(
            `Wrote ${summary.out} in ${seconds.toFixed(1)} s: ${summary.realImages + summary.syntheticImages} images ` +
              `(${summary.realImages} real NIH ChestX-ray14, ${summary.syntheticImages} synthetic), ${summary.readers} readers, ` +
              `${summary.reads} reads (${summary.denseReads} with dense gaze), ${summary.samples.toLocaleString('en-US')} attention samples, ` +
              `${formatBytes(totalBytes)} of records. Reads, readers and tracks are synthetic.`,
          );
          if (summary.realImages > 0) console.log(`Next: chexthought tiles ${summary.out}`);
        } catch (err) {
          bar.stop();
          if (err instanceof GenerateOptionsError || err instanceof NihLabelsError || err instanceof NihSampleError)
            throw new UserError(err.message);
          const code = (err as NodeJS.ErrnoException).code;
          if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
            throw new UserError(`writing ${opts.out} failed: ${(err as Error).message}`);
          throw err;
        }
      },
    );
}
