// Tests of the test harness itself: a wrong expectation must fail, a right one must pass.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/index.js';
import { checkTestFile } from './actions.js';
import { parseDirective } from './directive.js';
import { lineDiff } from './diff.js';
import { matchExpectations, parseExpectations, type Message } from './errorcheck.js';
import { diagnosticMessages, goldenLines, parseMessages, renderDiagnostics } from './golden.js';

const src = [
  'package main',
  'func main() {',
  '\tx := 1 // ERROR "declared but not used"',
  '\ty := "a" + 1 // ERROR "mismatched types" "second"',
  '}',
].join('\n');

describe('parseExpectations', () => {
  it('reads every quoted regexp with its line', () => {
    expect(parseExpectations(src)).toEqual([
      { line: 3, source: 'declared but not used' },
      { line: 4, source: 'mismatched types' },
      { line: 4, source: 'second' },
    ]);
  });
  it('ignores lines containing ////', () => {
    expect(parseExpectations('x //// ERROR "a"')).toEqual([]);
  });
});

describe('matchExpectations', () => {
  const want = parseExpectations('a // ERROR "foo"\nb // ERROR "bar" "baz"');
  it('passes when each message is matched on its line', () => {
    const got: Message[] = [
      { line: 1, text: 'foo here' },
      { line: 2, text: 'bar' },
      { line: 2, text: 'baz' },
    ];
    expect(matchExpectations(want, got)).toEqual([]);
  });
  it('fails on a missing error', () => {
    const got: Message[] = [{ line: 1, text: 'foo' }];
    const failures = matchExpectations(want, got);
    expect(failures.join('\n')).toMatch(/line 2: missing error "bar"/);
  });
  it('fails on a message that does not match', () => {
    const got: Message[] = [
      { line: 1, text: 'something else' },
      { line: 2, text: 'bar baz' },
    ];
    const failures = matchExpectations(want, got);
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(/line 1: no match for "foo"/);
    expect(failures[1]).toMatch(/line 2: missing error "baz"/);
    expect(failures[2]).toBe('unmatched error: 1: something else');
  });
  it('fails on an unmatched message, even on a line with expectations', () => {
    const got: Message[] = [
      { line: 1, text: 'foo' },
      { line: 2, text: 'bar' },
      { line: 2, text: 'baz' },
      { line: 3, text: 'extra' },
    ];
    expect(matchExpectations(want, got)).toEqual(['unmatched error: 3: extra']);
  });
  it('fails on a message placed on the wrong line', () => {
    const got: Message[] = [
      { line: 2, text: 'foo' },
      { line: 2, text: 'bar baz' },
    ];
    const failures = matchExpectations(want, got);
    expect(failures.some((f) => f.startsWith('line 1: missing error'))).toBe(true);
    expect(failures.some((f) => f.startsWith('unmatched error: 2: foo'))).toBe(true);
  });
  it('matches continuation lines as part of their message', () => {
    const got = parseMessages(['1:7: too many arguments in call to f', '\thave (number)', '\twant ()']);
    expect(matchExpectations(parseExpectations('f(1) // ERROR "have \\(number\\)"'), got)).toEqual([]);
  });
  it('reports an invalid regexp', () => {
    const failures = matchExpectations(parseExpectations('a // ERROR "("'), [{ line: 1, text: '(' }]);
    expect(failures.join('\n')).toMatch(/invalid regexp/);
  });
});

describe('golden rendering', () => {
  const pos = { line: 7, col: 17, offset: 0 };
  const diags: Diagnostic[] = [
    {
      severity: 'error',
      pos,
      msg: 'too many arguments in call to f',
      related: ['\thave (number)', '\twant ()'],
    },
  ];
  it('renders LINE:COL: msg plus continuation lines', () => {
    expect(renderDiagnostics(diags)).toEqual([
      '7:17: too many arguments in call to f',
      '\thave (number)',
      '\twant ()',
    ]);
  });
  it('round-trips through parseMessages', () => {
    expect(parseMessages(renderDiagnostics(diags))).toEqual(diagnosticMessages(diags));
  });
  it('drops only the final newline of a golden', () => {
    expect(goldenLines('a\nb\n')).toEqual(['a', 'b']);
    expect(goldenLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('lineDiff', () => {
  it('is empty for equal inputs', () => {
    expect(lineDiff(['a', 'b'], ['a', 'b'])).toBe('');
  });
  it('shows removed and added lines', () => {
    const d = lineDiff(['a', 'b', 'c'], ['a', 'x', 'c']);
    expect(d).toContain('- b');
    expect(d).toContain('+ x');
    expect(d).toContain('  a');
  });
  it('reports a length-only difference', () => {
    expect(lineDiff(['a'], ['a', 'a'])).toContain('+ a');
  });
});

describe('directives', () => {
  it('parses the action and its flags', () => {
    expect(parseDirective('// errorcheck -0 -m\npackage p')).toEqual({
      action: 'errorcheck',
      args: ['-0', '-m'],
    });
    expect(parseDirective('package p')).toEqual({ action: '', args: [] });
  });
  it('an unknown action fails the test', () => {
    expect(checkTestFile('// frobnicate\npackage main\n', 'x.mgo')).toEqual([
      'unknown test action "frobnicate" on the first line',
    ]);
  });
});
