import type { Triage } from '@backplan/core';

/**
 * The triage's shape, drawn rather than taken from a font (not every system has the emoji):
 * a stop octagon, a warning triangle, an arrow, a tick. Decorative: the words say the same.
 */
export function TriageIcon({ triage, size = 28 }: { triage: Triage; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 24 24', 'aria-hidden': true } as const;
  switch (triage) {
    case 'emergency':
      return (
        <svg {...common}>
          <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="var(--danger)" />
          <path d="M12 6.5v7" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
          <circle cx="12" cy="17.3" r="1.5" fill="#fff" />
        </svg>
      );
    case 'urgent':
      return (
        <svg {...common}>
          <path d="M12 2.5 23 21.5H1z" fill="var(--warn)" />
          <path d="M12 9v6" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="18.2" r="1.3" fill="#fff" />
        </svg>
      );
    case 'routine-referral':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="10.5" fill="var(--brand)" />
          <path
            d="M7 12h9m-3.5-4 4 4-4 4"
            stroke="#fff"
            strokeWidth="2.3"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
    case 'clear':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="10.5" fill="var(--ok)" />
          <path
            d="m7 12.5 3.3 3.3L17 9"
            stroke="#fff"
            strokeWidth="2.4"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      );
  }
}
