/** `chexthought tiles`: deep-zoom pyramids and thumbnails for a dataset's images. */
import type { Command } from 'commander';
import { DEMO_DEFAULTS } from '../../search-index/src/generate/options.ts';
import { TilesError, tileDataset } from '../../search-index/src/tiles.ts';
import { UserError } from '../user-error.ts';
import { countingBar } from '../progress-bar.ts';

export function registerTilesCommand(program: Command): void {
  program
    .command('tiles')
    .description(
      'Write DZI pyramids (254 px PNG tiles) and 256 px thumbnails for every image a dataset ships; skips images already tiled.',
    )
    .argument('[dir]', 'dataset folder', DEMO_DEFAULTS.out)
    .option('--force', 'redo every pyramid, even those up to date', false)
    .action(async (dir: string, opts: { force: boolean }) => {
      const bar = countingBar('tiles |{bar}| {value}/{total} images | {rate} images/s | {imageId}', 1);
      const started = performance.now();
      try {
        const summary = await tileDataset(dir, {
          force: opts.force,
          onProgress: ({ done, total, imageId }) => bar.update(done, total, { imageId }),
        });
        bar.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Tiles in ${summary.tilesDir}: ${summary.tiled} written, ${summary.skipped} already up to date (${seconds} s).`,
        );
      } catch (err) {
        bar.stop();
        if (err instanceof TilesError) throw new UserError(err.message);
        throw err;
      }
    });
}
