import { describe, expect, it } from 'vitest';
import { validColor } from './css-color';

const VALID = [
  '#b45309',
  '#fff',
  '#ffff',
  '#11223344',
  'rebeccapurple',
  'Red',
  'rgb(10, 20, 30)',
  'rgba(10,20,30,0.5)',
  'rgb(10 20 30 / 50%)',
  'hsl(120deg 50% 50%)',
  'hsla(120, 50%, 50%, 0.3)',
];
const INVALID = [
  undefined,
  '',
  '   ',
  'red;background:url(x)',
  'expression(alert(1))',
  'url(https://evil.example/x.png)',
  'red}body{display:none',
  '#ggg',
  '#12345',
  'rgb(1,2,3);color:red',
  'var(--accent)',
  'red !important',
  'red /* comment */',
  '"red"',
  '<script>',
  'x'.repeat(100),
  'javascript:alert(1)',
  'rgb(url(x))',
];

describe('validColor without CSS.supports (strict fallback)', () => {
  it.each(VALID)('keeps %j', (color) => {
    expect(validColor(color, undefined)).toBe(color);
  });
  it.each(INVALID)('drops %j', (color) => {
    expect(validColor(color, undefined)).toBeUndefined();
  });
});

describe('validColor with CSS.supports', () => {
  it('asks the browser about what passes the deny list', () => {
    const asked: string[] = [];
    const supports = (_: string, value: string) => (asked.push(value), value !== 'notacolor');
    expect(validColor('teal', supports)).toBe('teal');
    expect(validColor('notacolor', supports)).toBeUndefined();
    expect(validColor('red;background:url(x)', supports)).toBeUndefined();
    expect(validColor('expression(alert(1))', supports)).toBeUndefined();
    expect(asked).toEqual(['teal', 'notacolor']);
  });
});
