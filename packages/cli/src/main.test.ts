import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIo } from './test-io.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = `${root}examples/assessments/`;

async function run(...argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

async function score(...argv: string[]) {
  const r = await run('score', ...argv);
  return { ...r, json: JSON.parse(r.stdout) as Record<string, unknown> };
}

describe('backplan score', () => {
  it('scores the ODI vector as 32', async () => {
    const r = await score('odi', '3', '2', '3', '2', '1', '2', '1', '0', '1', '1');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ instrument: 'odi', score: 32, band: 'moderate' });
  });

  it('scores STarT Back total 4, psychosocial 4, high risk', async () => {
    const r = await score('startback', '0', '0', '0', '0', '1', '1', '1', '0', '3');
    expect(r.json).toMatchObject({ total: 4, psychosocial: 4, risk: 'high' });
  });

  it('prints the FABQ subscales', async () => {
    const r = await score('fabq', ...'3 4 5 3 4 6 2 5 4 4 3 3 2 1 5 6'.split(' '));
    expect(r.json).toMatchObject({ physicalActivity: 16, work: 27 });
  });

  it('accepts - for a skipped item', async () => {
    const r = await score('odi', '-', '2', '3', '2', '1', '2', '1', '0', '1', '4');
    expect(r.json.score).toBe(35.6);
    expect(r.json.skipped).toBe(1);
  });

  it.each([
    ['too many skipped', ['odi', '-', '-', '-', '1', '1', '1', '1', '1', '1', '1'], /skipped/],
    ['out of range', ['odi', '6', '2', '3', '2', '1', '2', '1', '0', '1', '1'], /range|option/i],
    ['wrong count', ['startback', '1', '0'], /9/],
    ['not a number', ['nprs', 'six'], /not an option index/],
    ['unknown instrument', ['oswestry', '1'], /Unknown instrument/],
  ])('exits 2 with score null and an error when %s', async (_name, args, message) => {
    const r = await score(...args);
    expect(r.code).toBe(2);
    expect(r.json.score).toBeNull();
    expect(r.json.error).toMatch(message);
    expect(r.stderr).toMatch(message);
  });
});

describe('backplan assess', () => {
  it.each(readdirSync(examples).filter((f) => f.endsWith('.json')))(
    'summarises %s for a therapist',
    async (file) => {
      const r = await run('assess', `${examples}${file}`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/SAFETY SCREEN/);
      // Under an emergency the classification is withheld so nothing distracts from the action.
      expect(r.stdout).toMatch(file.includes('emergency') ? /Withheld/ : /Approach/);
      expect(r.stdout).toMatch(/rules \d{4}\.\d+\.\d+/);
    },
  );

  it('leads with the emergency and its action', async () => {
    const r = await run('assess', `${examples}05-cauda-equina-emergency.json`);
    expect(r.stdout).toMatch(/EMERGENCY/);
    expect(r.stdout).toMatch(/Cauda equina/i);
  });

  it('prints the full result as JSON with --json', async () => {
    const r = await run(
      'assess',
      `${examples}01-acute-flexion-intolerant-manipulation.json`,
      '--json',
    );
    const json = JSON.parse(r.stdout) as { approach: { approach: string }; asOf: string };
    expect(json.approach.approach).toBe('movement-control');
    expect(json.asOf).toBe('2026-11-02');
  });

  it('lists the offending fields of an invalid file and exits 2', async () => {
    const r = await run('assess', `${root}packages/cli/src/fixtures/invalid-assessment.json`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/patient\.age/);
    expect(r.stderr).toMatch(/pain\.now/);
    expect(r.stdout).toBe('');
  });

  it('names the stenosis pattern when it is present', async () => {
    const r = await run('assess', `${examples}17-stenosis-forward-lean.json`);
    expect(r.stdout).toMatch(/Stenosis.*pattern present/);
    expect(r.stdout).toMatch(/Walks 8 min before symptoms stop them/);
    const none = await run('assess', `${examples}14-acute-extension-centralises.json`);
    expect(none.stdout).not.toMatch(/Stenosis/);
  });

  it('refuses an onset date before the patient was born, naming the field, exit 2', async () => {
    const r = await run('assess', `${root}packages/cli/src/fixtures/onset-before-birth.json`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /history\.onsetDate: The onset date 1980-01-01 is before the patient was born/,
    );
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a missing file and for JSON that does not parse', async () => {
    expect((await run('assess', '/nonexistent.json')).stderr).toMatch(/no such file/);
    const bad = await run('assess', `${root}packages/cli/src/fixtures/not-json.json`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not valid JSON/);
  });
});

describe('backplan help', () => {
  it('prints help for the program and each command', async () => {
    expect((await run('--help')).stdout).toMatch(/Commands:/);
    expect((await run('score', '--help')).stdout).toMatch(/Usage: backplan score/);
    expect((await run('help', 'assess')).stdout).toMatch(/Usage: backplan assess/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});

describe('the installed backplan command', () => {
  it('runs from the built bin script', async () => {
    const { stdout } = await promisify(execFile)('node', [
      `${root}packages/cli/bin/backplan.js`,
      'score',
      'odi',
      ...'3 2 3 2 1 2 1 0 1 1'.split(' '),
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ instrument: 'odi', score: 32 });
  });
});
