/**
 * `sitrep gazetteer import <GeoNames dump> [--alternate-names FILE] [--dir DIR]`: extends the
 * embedded gazetteer with places from files a user downloads from GeoNames.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addAlternateNames, extensionDir, parseGeonames, writeExtension } from '../../../analyze/places/extension.js';
import { sitrepError } from '../../../core/errors.js';

/** Registers `gazetteer`. */
export function registerGazetteer(program: Command): void {
  const gazetteer = program.command('gazetteer').description('manage the place-name gazetteer');
  gazetteer
    .command('import')
    .description('import places from a GeoNames dump (allCountries.txt or a country extract)')
    .argument('<dump>', 'GeoNames main table (tab-separated, 19 columns)')
    .option('--alternate-names <file>', 'alternateNamesV2.txt (or an extract) for more spellings')
    .option('--dir <dir>', 'extension folder (default $SITREP_GAZETTEER or ~/.sitrep/gazetteer)')
    .action((dump: string, opts: { alternateNames?: string; dir?: string }) => {
      for (const f of [dump, opts.alternateNames]) if (f && !existsSync(f)) throw sitrepError('INPUT_NOT_FOUND', f);
      const { places, skipped } = parseGeonames(readFileSync(dump, 'utf8'));
      if (places.length === 0) throw sitrepError('INPUT_UNREADABLE', dump, 'no GeoNames rows found (expected 19 tab-separated columns)');
      const added = opts.alternateNames ? addAlternateNames(places, readFileSync(opts.alternateNames, 'utf8')) : 0;
      const file = writeExtension(places, dump, opts.dir ?? extensionDir());
      process.stdout.write(`imported ${places.length} places${added ? ` and ${added} alternate names` : ''} into ${file}${skipped ? ` (${skipped} lines were not GeoNames rows)` : ''}\n`);
    });
}
