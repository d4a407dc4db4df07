import { describe, expect, it } from 'vitest';
import { words } from '../words';
import { describeJsonError } from './json-input';

// Firefox's engine words JSON errors differently from Node's: both must say where.
describe('describeJsonError', () => {
  const text = '[{"name":"a","value":"b"},\n {"name":"c","value":"d';

  it("reads V8's position", () => {
    expect(describeJsonError(new SyntaxError('Unexpected token x in JSON at position 3'), '[1,x]')).toEqual({
      where: { kind: 'column', line: 1, column: 4 },
      what: words('parse_json_reason', 'Unexpected token x'),
    });
  });

  it("reads SpiderMonkey's line and column", () => {
    const error = new SyntaxError('JSON.parse: unexpected character at line 1 column 4 of the JSON data');
    expect(describeJsonError(error, '[1,x]')).toEqual({ where: { kind: 'column', line: 1, column: 4 }, what: words('parse_json_reason', 'unexpected character') });
  });

  it('says a file cut inside a string ends too early, in both wordings', () => {
    const spider = new SyntaxError('JSON.parse: unterminated string at line 2 column 22 of the JSON data');
    const v8 = new SyntaxError(`Unterminated string in JSON at position ${text.length}`);
    for (const error of [spider, v8]) {
      expect(describeJsonError(error, text)).toEqual({ where: { kind: 'column', line: 2, column: 24 }, what: words('parse_json_cut_off') });
    }
  });
});
