import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../../src/server/csv.js';

test('CSV starts with a BOM so Excel reads Japanese, and ends lines with CRLF', () => {
  const csv = toCsv([{ reference: 'S1-AAAAAA', name: '山田 太郎', email: 'a@example.jp' }]);
  assert.equal(csv.charCodeAt(0), 0xfeff);
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[0].split(',')[0], 'Reference');
  assert.equal(lines[1].split(',')[0], 'S1-AAAAAA');
  assert.ok(lines[1].includes('山田 太郎'));
  assert.equal(lines.at(-1), '');
});

test('CSV quotes commas, quotes and line breaks', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line 1\nline 2'), '"line 1\nline 2"');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell('plain'), 'plain');
});

test('CSV defuses cells a spreadsheet would run as formulas', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+81 3 1234'), "'+81 3 1234");
  assert.equal(csvCell('@cmd'), "'@cmd");
});
