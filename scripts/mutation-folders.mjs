/* global console, process */
// The scope measured folder by folder, each against the tests that reach it (narrowed runs: a
// score is a lower bound, tests outside the list could kill more). One run at a time, each in its
// own report folder (reports/mutation-<name>/, incremental), so a rerun after new tests only runs
// what changed. `node scripts/mutation-folders.mjs [name ...] [--out DIR]`: no name runs them all
// (about 1 mutant a second here); --out copies each run's mutation.json and log to DIR/<name>.*.
// --prefix P names those copies DIR/P<name>.*. `--list` prints the plan. MUTATION_STATIC=1 passes
// on: static mutants then run against every listed test (seconds each here, not a full dry run).
// --rerun-timeouts drops the Timeout mutants from each folder's incremental file first, so only
// they run again (with MUTATION_TIMEOUT_FACTOR=4, a slow test has room; a real hang times out again).
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each folder's code and the test files that reach it (by channel or by import). */
const PLAN = {
  questions: {
    mutate: ['src-main/core/questions/**/*.ts', 'src-main/shared/questions/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/rehearsal/bank.test.ts',
      'tests/core/rehearsal/practice.test.ts',
      'tests/core/rehearsal/scale.test.ts',
      'tests/core/rehearsal/store.test.ts',
      'tests/core/conversations/versions.test.ts',
      'tests/core/rules/conversationRecord.test.ts',
      'tests/core/rules/questionBank.test.ts',
    ],
  },
  rehearsal: {
    mutate: [
      'src-main/core/rehearsal/**/*.ts',
      'src-main/shared/rehearsal/**/*.ts',
      // Measured on their own before (narrowed runs of December): left out to keep this run short.
      '!src-main/shared/rehearsal/rehearsalEngine.ts',
      '!src-main/shared/rehearsal/answerAnalysis.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/conversations/preparation.test.ts',
      'tests/core/rehearsal/*.test.ts',
      'tests/core/rules/rehearsalEvents.test.ts',
      'tests/core/rules/questionOrder.test.ts',
      'tests/core/rules/questionBank.test.ts',
    ],
  },
  profile: {
    mutate: ['src-main/core/profile/**/*.ts', 'src-main/shared/profile/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/profileData.test.ts',
      'tests/core/rules/profileRecords.test.ts',
      'tests/core/revisions.test.ts',
      'tests/core/conversations/preparation.test.ts',
      'tests/core/conversations/versions.test.ts',
    ],
  },
  followups: {
    mutate: ['src-main/core/followups/**/*.ts', 'src-main/shared/followups/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/conversations/*.test.ts',
      'tests/core/rules/conversationRecord.test.ts',
      'tests/core/rules/actionPlan.test.ts',
    ],
  },
  settings: {
    mutate: ['src-main/core/settings/**/*.ts', 'src-main/shared/settings/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/profileData.test.ts',
      'tests/core/rules/settings.test.ts',
    ],
  },
  voice: {
    mutate: ['src-main/core/voice/**/*.ts', 'src-main/shared/voice/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/rehearsal/audio.test.ts',
      'tests/core/voice/*.test.ts',
      'tests/renderer/voice/helpers.test.ts',
    ],
  },
  lock: {
    mutate: ['src-main/core/lock/**/*.ts', 'src-main/shared/lock/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/privateFiles.test.ts',
      'tests/core/lock/diskFull.test.ts',
      'tests/core/lock/folderLock.test.ts',
      'tests/core/lock/gate.test.ts',
      'tests/core/lock/olderPassphrase.test.ts',
      'tests/core/lock/passphraseChanges.test.ts',
      'tests/core/lock/protect.test.ts',
      'tests/core/lock/protectionRecord.test.ts',
      'tests/core/lock/startFaults.test.ts',
      'tests/core/lock/verifier.test.ts',
    ],
  },
  common: {
    mutate: ['src-main/core/common/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/privateFiles.test.ts',
      'tests/core/rules/versionLog.test.ts',
      'tests/core/rules/privateFile.test.ts',
      'tests/core/journal.test.ts',
      'tests/core/revisions.test.ts',
      'tests/core/conversations/versions.test.ts',
    ],
  },
  // The top-level shared files (schema parts, errors, limits, well-formed text…) and shared/app.
  shared: {
    mutate: [
      'src-main/shared/*.ts',
      'src-main/shared/app/**/*.ts',
      // Measured on its own (dates.test.ts and a full run).
      '!src-main/shared/dates.ts',
      '!src-main/shared/timeZones.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/wellFormed.test.ts',
      'tests/core/fuzz/regressions.test.ts',
      'tests/core/rules/*.test.ts',
      'tests/core/migrations.test.ts',
      'tests/core/storageFull.test.ts',
      'tests/core/data/importVault.test.ts',
      'tests/core/data/oddText.test.ts',
      // shared/app/startRead.ts: which restored tabs the start reads.
      'tests/core/startRead.test.ts',
    ],
  },
  // Its Intl formats are cached per zone, filled in the dry run: isolated, so a mutant of their
  // options takes effect.
  timeZones: {
    mutate: ['src-main/shared/timeZones.ts'],
    tests: [
      'tests/core/rules/timeZones.test.ts',
      'tests/core/rules/practiceDeadline.test.ts',
      'tests/core/conversations/outputs.test.ts',
    ],
    env: { MUTATION_ISOLATE: '1' },
  },
  practice: {
    mutate: [
      'src-main/core/practice/**/*.ts',
      'src-main/shared/practice/**/*.ts',
      // Measured on their own before.
      '!src-main/core/practice/practiceService.ts',
      '!src-main/shared/practice/practiceDeadline.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/rehearsal/gradePreview.test.ts',
      'tests/core/rehearsal/gradeUndo.test.ts',
      'tests/core/rehearsal/practice.test.ts',
      'tests/core/rehearsal/practiceDue.test.ts',
      'tests/core/rehearsal/probeUndo.test.ts',
      'tests/core/rehearsal/store.test.ts',
      'tests/core/rehearsal/twoTabs.test.ts',
      'tests/core/rules/practiceDue.test.ts',
      'tests/core/rules/practiceLabels.test.ts',
      'tests/core/rules/conversationRecord.test.ts',
    ],
  },
  db: {
    mutate: ['src-main/core/db/**/*.ts', '!src-main/core/db/**/*.d.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/migrations.test.ts',
      'tests/core/checkpoints.test.ts',
      'tests/core/indexMerge.test.ts',
      'tests/core/integrity.test.ts',
      'tests/core/journalCounters.test.ts',
      'tests/core/storageFull.test.ts',
      'tests/core/search.test.ts',
      'tests/core/search/searchPieces.test.ts',
      'tests/core/conversations/migration.test.ts',
      'tests/core/rehearsal/store.test.ts',
      'tests/core/rules/fileHeader.test.ts',
      'tests/core/rules/openFailure.test.ts',
      'tests/core/rules/ftsChunks.test.ts',
      'tests/core/lock/startFaults.test.ts',
      'tests/core/db/*.test.ts',
    ],
  },
  // Conversations in two runs: the agenda, anticipated questions, carry-over and templates…
  'conversations-agenda': {
    mutate: [
      'src-main/core/conversations/agenda*.ts',
      'src-main/core/conversations/anticipated*.ts',
      'src-main/core/conversations/carryOver.ts',
      'src-main/core/conversations/orderingRepository.ts',
      'src-main/core/conversations/templates.ts',
      'src-main/core/conversations/userTemplatesRepository.ts',
      'src-main/shared/conversations/agendaIcs.ts',
      'src-main/shared/conversations/audience.ts',
      'src-main/shared/conversations/templateSchema.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/conversations/*.test.ts',
      'tests/core/rehearsal/templateProbes.test.ts',
      'tests/core/rehearsal/practice.test.ts',
      'tests/core/rules/agendaText.test.ts',
      'tests/core/rules/actionPlan.test.ts',
      'tests/core/rules/conversationRecord.test.ts',
    ],
  },
  // …and the record itself: service, preparation, evidence, actions, export and the schemas.
  'conversations-record': {
    mutate: [
      'src-main/core/conversations/actionsRepository.ts',
      'src-main/core/conversations/conversationDoc.ts',
      'src-main/core/conversations/conversationExport.ts',
      'src-main/core/conversations/conversationsService.ts',
      'src-main/core/conversations/evidenceRepository.ts',
      'src-main/core/conversations/handlers.ts',
      'src-main/core/conversations/preparation*.ts',
      'src-main/shared/conversations/conversationChannels.ts',
      'src-main/shared/conversations/conversationSchemas.ts',
      'src-main/shared/conversations/conversations.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/conversations/*.test.ts',
      'tests/core/rehearsal/roles.test.ts',
      'tests/core/rehearsal/store.test.ts',
      'tests/core/rules/actionPlan.test.ts',
      'tests/core/rules/conversationRecord.test.ts',
      'tests/core/fuzz/regressions.test.ts',
    ],
  },
  journal: {
    mutate: [
      'src-main/core/journal/**/*.ts',
      'src-main/shared/journal/**/*.ts',
      // Measured on their own before.
      '!src-main/shared/journal/entryLinks.ts',
      '!src-main/shared/journal/safeLinks.ts',
      '!src-main/shared/journal/wordDiff.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/journal.test.ts',
      'tests/core/journal/*.test.ts',
      'tests/core/journalCounters.test.ts',
      'tests/core/journalPages.test.ts',
      'tests/core/revisions.test.ts',
      'tests/core/checkpoints.test.ts',
      'tests/core/data/entryLinks.test.ts',
      'tests/core/rules/*.test.ts',
      'tests/renderer/editor/headless.test.ts',
      // Quick open's title copy and its matching.
      'tests/core/journalFind.test.ts',
      'tests/core/journalFindPatch.test.ts',
      'tests/core/matchRanges.test.ts',
    ],
  },
  search: {
    mutate: ['src-main/core/search/**/*.ts', 'src-main/shared/search/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/search.test.ts',
      'tests/core/search/searchPieces.test.ts',
      'tests/core/indexMerge.test.ts',
      'tests/core/journal.test.ts',
      'tests/core/rules/snippet.test.ts',
    ],
  },
  // Data in three runs: Markdown both ways…
  'data-markdown': {
    mutate: [
      'src-main/core/data/exportMarkdown.ts',
      'src-main/core/data/importMarkdown.ts',
      'src-main/core/data/frontMatter.ts',
      'src-main/shared/data/lexicalMarkdown.ts',
      'src-main/shared/data/markdownInline.ts',
      'src-main/shared/data/markdownLexical.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/data/markdown*.test.ts',
      'tests/core/data/oddText.test.ts',
      'tests/core/data/roundTrip.test.ts',
      'tests/core/data/import.test.ts',
    ],
  },
  // …loading an import into the store…
  'data-import': {
    mutate: [
      'src-main/core/data/import*.ts',
      'src-main/core/data/load*.ts',
      'src-main/core/data/entryLoadRepository.ts',
      'src-main/shared/data/importChunks.ts',
      'src-main/shared/data/zipImport.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/data/*.test.ts',
      'tests/core/journalCounters.test.ts',
      'tests/core/rehearsal/probeStore.test.ts',
      'tests/core/rules/importChunks.test.ts',
      'tests/renderer/data/zipImport.test.ts',
      'tests/core/rules/importChunksEdges.test.ts',
      'tests/renderer/data/zipImportEdges.test.ts',
    ],
  },
  // …and exporting, the worker and the channels.
  'data-export': {
    mutate: [
      'src-main/core/data/data*.ts',
      // The in-thread stand-in exists only for mutation testing; the worker's wiring runs only in a worker.
      '!src-main/core/data/dataJobInThread.ts',
      '!src-main/core/data/dataWorker.ts',
      '!src-main/core/data/dataWorkerStart.ts',
      'src-main/core/data/dumpRepository.ts',
      'src-main/core/data/exportData.ts',
      'src-main/core/data/handlers.ts',
      'src-main/shared/data/data*.ts',
      'src-main/shared/data/export*.ts',
    ],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/data/*.test.ts',
      'tests/core/journalCounters.test.ts',
      'tests/core/rehearsal/probeStore.test.ts',
    ],
  },
  backup: {
    mutate: ['src-main/core/backup/**/*.ts', 'src-main/shared/backup/**/*.ts'],
    tests: [
      'tests/core/handlers.test.ts',
      'tests/core/durability/backup*.test.ts',
      'tests/core/privateFiles.test.ts',
      'tests/core/lock/gate.test.ts',
      'tests/core/lock/olderPassphrase.test.ts',
      'tests/core/lock/startFaults.test.ts',
      'tests/core/lock/verifier.test.ts',
    ],
  },
};

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const out = valueOf('--out');
const prefix = valueOf('--prefix') ?? '';
const names = args.filter(
  (a, i) => !a.startsWith('--') && !['--out', '--prefix'].includes(args[i - 1] ?? ''),
);
if (args.includes('--list')) {
  for (const [name, p] of Object.entries(PLAN))
    console.log(`${name}: ${p.mutate.join(' ')}\n  tests: ${p.tests.join(' ')}`);
  process.exit(0);
}
const chosen = names.length > 0 ? names : Object.keys(PLAN);
for (const name of chosen) if (!(name in PLAN)) throw new Error(`Unknown folder: ${name}`);
if (out) mkdirSync(out, { recursive: true });

let failed = 0;
for (const name of chosen) {
  const { mutate, tests, env = {} } = PLAN[name];
  const reports = `reports/mutation-${name}`;
  mkdirSync(join(root, reports), { recursive: true });
  const incremental = join(root, reports, 'stryker-incremental.json');
  if (args.includes('--rerun-timeouts') && existsSync(incremental)) {
    const report = JSON.parse(readFileSync(incremental, 'utf8'));
    for (const file of Object.values(report.files))
      file.mutants = file.mutants.filter((m) => m.status !== 'Timeout');
    writeFileSync(incremental, JSON.stringify(report));
  }
  const logPath = join(root, reports, 'run.log');
  const log = openSync(logPath, 'w');
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'mutation.mjs'), '--mutate', mutate.join(',')],
    {
      cwd: root,
      stdio: ['ignore', log, log],
      // Narrowed by MUTATION_TESTS (vitest.mutation.config.ts), not --testFiles, which leaves static
      // mutants unkillable.
      env: {
        ...process.env,
        ...env,
        MUTATION_REPORTS: reports,
        MUTATION_TESTS: tests.join(','),
      },
    },
  );
  closeSync(log);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`${name}: exit ${run.status}, ${seconds} s wall time (log ${logPath})`);
  spawnSync(
    process.execPath,
    [
      join(root, 'scripts', 'mutation-summary.mjs'),
      '--files',
      join(root, reports, 'mutation.json'),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) failed += 1;
  if (out) {
    copyFileSync(logPath, join(out, `${prefix}${name}.log`));
    if (run.status === 0)
      copyFileSync(join(root, reports, 'mutation.json'), join(out, `${prefix}${name}.json`));
  }
}
process.exit(failed === 0 ? 0 : 1);
