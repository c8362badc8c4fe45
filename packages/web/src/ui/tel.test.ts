import { describe, expect, it } from 'vitest';
import { telHref } from './tel';

describe('telHref', () => {
  it.each([
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['(020) 7946-0958', 'tel:02079460958'],
    ['  0049.30.123456 ', 'tel:004930123456'],
  ])('%s -> %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});
