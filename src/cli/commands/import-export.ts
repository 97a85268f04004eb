// `linchpin import FILE`, `linchpin export`, `linchpin restore FILE`: the same services as the API.
// The handlers are in import-export-actions.ts.
import { type Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../exports/format-names';
import { IMPORT_FORMATS } from '../../imports/format-names';
import { dbAction } from '../action';
import type { CliContext } from '../context';
import { accountOption, collect, fileArg, jsonOption } from '../options';

const actions = () => import('./import-export-actions');

export function registerImportExportCommands(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(
      'Import contacts: vCard (.vcf), LDIF (.ldif), LinkedIn Connections.csv, Google, Outlook, Thunderbird or any CSV whose columns have recognisable names',
    )
    .argument('<file>', 'the file to import', fileArg(ctx.io))
    .addOption(
      new Option('--format <format>', 'the file format (default: detected from the content)').choices(
        IMPORT_FORMATS,
      ),
    )
    .option('--dry-run', 'show what would be created, merged and skipped; write nothing')
    .option(
      '--map <Column=field,…>',
      'correct the columns guessed for a CSV that is none of the known exports (repeatable; field=Column works too; "Column=ignore" leaves a column out), e.g. "Position=title,Pager=ignore"',
      collect,
    )
    .option('--keep-photos', 'keep photos from vCards and LDIF files (dropped by default)')
    .option('--region <CC>', 'country for phone numbers without +country code, e.g. GB')
    .addOption(accountOption())
    .addOption(jsonOption())
    .addHelpText(
      'after',
      '\nExit status: 0 when the file was read (records it could not import are listed), 1 when the file itself cannot be read.\n\nExamples:\n  linchpin import Connections.csv\n  linchpin import contacts.vcf --dry-run\n  linchpin import people.csv --dry-run     (shows the columns it matched)\n  linchpin import people.csv --map "Full Name=name,Mail=email,Notes=ignore"',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.importFile)));

  program
    .command('export')
    .description('Export people as vCard 4.0 or CSV, or the whole account as a JSON backup')
    .addOption(
      new Option('--format <format>', 'vcard, csv or json (a full backup)')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file (default: standard output)', fileArg(ctx.io))
    .option('-q, --search <text>', 'vcard/csv: only people matching this search')
    .option('--tag <tag>', 'vcard/csv: only people with this tag (repeat: all of them)', collect)
    .option('--company <text>', 'vcard/csv: company name contains')
    .addOption(accountOption())
    .addHelpText(
      'after',
      '\nExamples:\n  linchpin export --format vcard --out contacts.vcf\n  linchpin export --format json > backup.json',
    )
    .action(dbAction(ctx, () => actions().then((m) => m.exportPeople)));

  program
    .command('restore')
    .description(
      'Restore a JSON backup (from `linchpin export --format json`) into an account with no people yet',
    )
    .argument('<file>', 'the backup file', fileArg(ctx.io))
    .addOption(accountOption())
    .addOption(jsonOption())
    .action(dbAction(ctx, () => actions().then((m) => m.restoreFile)));
}
