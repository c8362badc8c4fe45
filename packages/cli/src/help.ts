import { INSTRUMENT_IDS } from '@backplan/core';

export const COMMAND_HELP = {
  score: `Usage: backplan score <instrument> <answer>...

Scores one questionnaire and prints one JSON object.

  <instrument>  one of: ${INSTRUMENT_IDS.join(', ')}
  <answer>      the 0-based index of the chosen option, lowest score first, or - for a
                skipped item. For NPRS, ODI, RMDQ (0 no, 1 yes), STarT items 1-8 (0 disagree,
                1 agree), FABQ and PSEQ the index equals the item's score. STarT item 9:
                0 not at all, 1 slightly, 2 moderately, 3 very much, 4 extremely.
                PSFS: the 0-10 rating of each of 3 to 5 activities.

Prints instrument, score (null when not scoreable) and, where they apply, band, total,
psychosocial, risk, physicalActivity, work, or error.
Exit status: 0 scored; 2 not scoreable or invalid input (the message also on stderr).

Examples:
  backplan score odi 3 2 3 2 1 2 1 0 1 1
  backplan score startback 0 0 0 0 1 1 1 0 3
  backplan score nprs 6
`,
  assess: `Usage: backplan assess <file.json> [--json] [--as-of YYYY-MM-DD]

Runs the red-flag screen, scoring, STarT Back stratification, episode stage, treatment
approach, tolerance, directional preference and prediction rules on one assessment file
(format: docs/assessment.md, schema: docs/assessment.schema.json).

  --json        print the full result as JSON instead of the clinician's summary
  --as-of DATE  the date to assess as of; default: the file's assessedOn, else today

Reads schema version 2, and version 1 files as version 2. Exit status: 0 assessed; 2 the file
is missing, not JSON, or does not match the schema, or its dates do not fit (an onset before
birth; the offending fields are listed on stderr).
`,
  plan: `Usage: backplan plan <assessment.json> [--json] [--minutes N] [--as-of YYYY-MM-DD]
                     [--reviewed-by NAME --reviewed-on YYYY-MM-DD --review-outcome TEXT]

Assesses the file, then generates a personalised plan: home exercises with doses that fit the
minutes a day, a weekly activity goal, lessons by week, in-clinic suggestions for the therapist,
phases, a review date and discharge criteria, each with its reasons and evidence.

  --json             print the plan as JSON (the input of backplan progress)
  --minutes N        minutes a day for the home programme (5-240); default: the assessment's
  --as-of DATE       default: the file's assessedOn, else today
  --reviewed-by ...  an urgent red flag needs a recorded review (who, when, outcome)

Exit status: 0 plan made; 2 invalid input; 3 no plan because the red-flag screen forbids one
(emergency; a question unanswered, named on stderr; or urgent without a review): the reason
and actions are on stderr.
`,
  progress: `Usage: backplan progress <plan.json> <journal.json> [--as-of YYYY-MM-DD]
                         [--assessment <assessment.json>] [--disengaged] [--json]

Reads a plan (from backplan plan --json) and a journal of sessions, next-morning checks,
symptom reports and repeated measures, then proposes to progress, hold or regress each
exercise from the last 14 days' sessions, and lists alerts (pain, engagement, function,
red-flag symptoms), a re-screen when the journal reports a red-flag symptom, review prompts
and important change on the measures.

  --assessment FILE  the latest assessment: reported symptoms are re-screened with its answers
                     (a history of cancer with new night pain is a cord-compression concern)
  --disengaged       the patient is marked disengaged: nothing progresses
Examples: examples/journals/.

Exit status: 0 done; 2 a file is missing or invalid, or the journal does not match the plan
(a session before the plan began, an exercise not in it): the offending entries are listed on
stderr and nothing is counted.
`,
  catalog: `Usage: backplan catalog [--json]

Lists the exercise catalogue (level, starting dose, tolerance tags, equipment), the lessons and
the interventions with their evidence status. --json prints the whole catalogue.
`,
  serve: `Usage: backplan serve

Starts the Backplan server (the same as npm start): reads its configuration from the
environment, applies migrations, creates the demo clinic on an empty database (printing the
demo sign-ins), and listens until SIGTERM or Ctrl-C, when it finishes the requests in flight,
closes the database and exits.

Environment:
  PORT                     port to listen on; default 3000
  HOST                     address to listen on; default 127.0.0.1
  DATABASE_URL             a postgres:// URL; default: the embedded SQLite database
  BACKPLAN_PG_POOL_SIZE    PostgreSQL connections at most, 2 to 200; default twice the cores
  BACKPLAN_DATA_DIR        the embedded database's directory; default ./data
  BACKPLAN_ENV             production: Secure cookies, no demo clinic, no /api/docs
                           (NODE_ENV=production too); unsafe settings are refused
  BACKPLAN_SECURE_COOKIES  true behind TLS; default true in production, else false
  BACKPLAN_SEED_DEMO       the demo clinic; default false in production, else true
  BACKPLAN_TRUST_PROXY     behind a proxy: its hop count (1) or addresses
  LOG_LEVEL                fatal, error, warn, info (default), debug, trace or silent
  (timeouts and the password-hash bound: docs/deployment.md)

Exit status: 0 stopped cleanly; 1 could not start or stop; 2 invalid configuration.
Production set-up: docs/deployment.md.
`,
  migrate: `Usage: backplan migrate

Opens the configured database (DATABASE_URL, else the embedded SQLite database in
BACKPLAN_DATA_DIR, default ./data), applies the migrations it lacks and lists them, or says
it is up to date. The server also migrates when it starts.

Exit status: 0 done; 1 the database could not be reached or a migration failed;
2 invalid configuration.
`,
  backup: `Usage: backplan backup <file> [--force]

Copies the embedded SQLite database (BACKPLAN_DATA_DIR, default ./data) to <file>, online: a
running server keeps serving, and the copy is consistent. An existing <file> is kept unless
--force. With DATABASE_URL set, use pg_dump instead (docs/deployment.md).

  --force       replace <file> if it exists

Exit status: 0 backed up; 2 refused (no database, <file> exists, PostgreSQL configured) or
invalid arguments.

Example:
  backplan backup backups/backplan-$(date +%F).sqlite
`,
  restore: `Usage: backplan restore <file>

Puts a backup made by backplan backup in place of the embedded SQLite database. Stop the
server first: restore refuses while the database is in use. The file must be a SQLite database
with Backplan's schema. The swap is atomic, and the previous database is kept beside it as
backplan.sqlite.before-restore-<timestamp>. With DATABASE_URL set, use pg_restore
(docs/deployment.md).

Exit status: 0 restored; 2 refused (not a Backplan database, database in use, PostgreSQL
configured) or invalid arguments.
`,
  clinic: `Usage: backplan clinic create --name <name> --admin-email <email> [--base-url <url>]
       backplan clinic list

create  adds a clinic and prints a one-time invite link for its first admin, who sets their own
        password by following it (valid 7 days). The link starts with --base-url, the address
        people reach the server at (default http://HOST:PORT).
list    lists every clinic: id, name, creation date, active staff, open admin invites.

Works on the configured database (DATABASE_URL, else the embedded SQLite database in
BACKPLAN_DATA_DIR, default ./data), migrating it first; both are audited as the operator.

Exit status: 0 done; 1 the database could not be reached; 2 invalid arguments or configuration.

Example:
  backplan clinic create --name "Harbour Physio" --admin-email lead@harbour.example \
    --base-url https://backplan.harbour.example
`,
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export const MAIN_HELP = `backplan: evidence-based physical therapy for low back pain, from the command line.

Usage: backplan <command> [options]

Commands:
  score <instrument> <answer>...   score a questionnaire (${INSTRUMENT_IDS.join(', ')})
  assess <file.json>               screen, score and classify an assessment
  plan <file.json>                 generate a personalised plan from an assessment
  progress <plan> <journal>        propose progress, hold or regress; alerts
  catalog                          list exercises, lessons and interventions
  serve                            start the server (configured by the environment)
  migrate                          bring the database's schema up to date
  backup <file>                    copy the embedded database to a file, online
  restore <file>                   put a backup in place of the embedded database
  clinic create|list               add a clinic with its first admin's invite; list clinics

Options:
  -h, --help                       this help; \`backplan <command> --help\` for a command's

Examples in examples/assessments/; the format is in docs/assessment.md.
`;
