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

test('CSV defuses a formula after any separator, and quotes every separator, so `;` lists cannot split a cell into a formula', () => {
  // Excel with `;` as its list separator splits an unquoted `Acme;=1+1` and runs `=1+1`.
  assert.equal(csvCell('Acme;=1+1'), `"'Acme;=1+1"`);
  assert.equal(csvCell('Acme; =1+1'), `"'Acme; =1+1"`);
  assert.equal(csvCell('a|@SUM(A1)'), `"'a|@SUM(A1)"`);
  assert.equal(csvCell('a\t-2+3'), `"'a\t-2+3"`);
  assert.equal(csvCell('x,"=1+1'), `"'x,""=1+1"`);
  // Separators alone are quoted, never split; a hyphen inside a word is no formula.
  assert.equal(csvCell('Sales; Tokyo'), '"Sales; Tokyo"');
  assert.equal(csvCell('03-1234-5678'), '03-1234-5678');
  assert.equal(csvCell('yamada-t@example.jp'), 'yamada-t@example.jp');
});
