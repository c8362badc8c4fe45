import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from '../seed/demo-people.js';
import { passwordProblem } from './password-rule.js';

const who = { name: 'Wendy Weak', email: 'wendy.weak@clinic.example' };

describe('the password rule (NIST SP 800-63B)', () => {
  it.each([
    ['ten spaces', ' '.repeat(10)],
    ['fourteen spaces', ' '.repeat(14)],
    ['one letter repeated', 'aaaaaaaaaaaa'],
    ['a sequence', '123456789012'],
    ['a common password', 'password1234'],
    ['the e-mail', who.email],
    ['the name', 'wendyweak2026!'],
    ['the e-mail local part', 'wendy.weak.password'],
    ['a keyboard walk', 'qwertyuiopas'],
  ])('refuses %s', (_what, password) => {
    expect(passwordProblem({ password, ...who })).not.toBeNull();
  });

  it.each(['correct horse battery', 'Tr4vel-Lamp-Cobalt', 'walking the dog again'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem({ password, ...who })).toBeNull();
    },
  );

  it('lets every demo account keep the demo password the README gives', () => {
    for (const p of [...DEMO_STAFF, ...DEMO_PATIENTS])
      expect(
        passwordProblem({ password: DEMO_PASSWORD, name: p.name, email: p.email }),
        p.email,
      ).toBeNull();
  });
});
