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

Exit status: 0 assessed; 2 the file is missing, not JSON, or does not match the schema
(the offending fields are listed on stderr).
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
(emergency, or urgent without a review): the reason and actions are on stderr.
`,
  progress: `Usage: backplan progress <plan.json> <journal.json> [--as-of YYYY-MM-DD] [--json]

Reads a plan (from backplan plan --json) and a journal of sessions, next-morning checks and
repeated measures, then proposes to progress, hold or regress each exercise, and lists alerts
(pain, engagement, function, red-flag symptoms), a re-screen when the journal reports a
red-flag symptom, review prompts and important change on the measures.
Examples: examples/journals/.

Exit status: 0 done; 2 a file is missing or invalid (offending fields listed on stderr).
`,
  catalog: `Usage: backplan catalog [--json]

Lists the exercise catalogue (level, starting dose, tolerance tags, equipment), the lessons and
the interventions with their evidence status. --json prints the whole catalogue.
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

Options:
  -h, --help                       this help; \`backplan <command> --help\` for a command's

Examples in examples/assessments/; the format is in docs/assessment.md.
`;
