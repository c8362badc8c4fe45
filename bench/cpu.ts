/**
 * Where a load's CPU time goes, read from Linux's /proc: the server process, the PostgreSQL
 * processes (all of them: the benchmark assumes a machine of its own), and this process (the load
 * generator), each per request, and the share of the machine left idle. Elsewhere than on Linux,
 * nothing is measured and `cpuSince` answers null.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's figures (USER_HZ: 100 on every usual Linux). */
let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!Number.isFinite(ticksPerSecond) || ticksPerSecond <= 0) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

export interface CpuSnapshot {
  readonly server: number;
  readonly postgres: number;
  readonly load: number;
  readonly idle: number;
  readonly total: number;
}

/** CPU time per request in microseconds, and the idle share of the machine (0 to 1). */
export interface CpuPerRequest {
  readonly serverUs: number;
  readonly postgresUs: number;
  readonly loadUs: number;
  readonly idle: number;
}

/** User and system time of a process in clock ticks; 0 when it is gone. */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresTicks(): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) {
        ticks += processTicks(Number(entry));
      }
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks;
}

/** The machine's idle and total ticks, summed over all cores (the first line of /proc/stat). */
function machineTicks(): { idle: number; total: number } {
  const first = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const values = first.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal ...
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { idle, total: values.reduce((a, b) => a + b, 0) };
}

/** Now, for the server with this pid; null where /proc cannot be read. */
export function cpuSnapshot(serverPid: number): CpuSnapshot | null {
  try {
    const machine = machineTicks();
    return {
      server: processTicks(serverPid),
      postgres: postgresTicks(),
      load: processTicks(process.pid),
      ...machine,
    };
  } catch {
    return null;
  }
}

/** The CPU per request between two snapshots; null when either is missing or nothing ran. */
export function cpuSince(
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
  requests: number,
): CpuPerRequest | null {
  if (before === null || after === null || requests <= 0 || after.total <= before.total) {
    return null;
  }
  const us = (ticks: number) => (ticks * 1e6) / clockTicks() / requests;
  return {
    serverUs: us(after.server - before.server),
    postgresUs: us(after.postgres - before.postgres),
    loadUs: us(after.load - before.load),
    idle: (after.idle - before.idle) / (after.total - before.total),
  };
}
