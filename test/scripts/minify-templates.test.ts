// The template minifier the build and the browser tests share (scripts/minify-templates.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain ES module without types
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('white space with a line break goes next to block-level tags', () => {
  assert.equal(minifyHtmlText('<ol>\n  <li>\n    <p>a</p>\n  </li>\n</ol>'), '<ol><li><p>a</p></li></ol>');
  assert.equal(minifyHtmlText('<div class="top" data-x="1">\n  <span>a</span>\n</div>'), '<div class="top" data-x="1"><span>a</span></div>');
});

test('between inline content it becomes one space, which still separates words', () => {
  assert.equal(minifyHtmlText('<span>a</span>\n    <span>b</span>'), '<span>a</span> <span>b</span>');
  assert.equal(minifyHtmlText('Email:\n   <a href="x">x</a>'), 'Email: <a href="x">x</a>');
  // White space without a line break is the author's and stays as written.
  assert.equal(minifyHtmlText('<span>a</span>  <b>b</b>'), '<span>a</span>  <b>b</b>');
});

test('templates inside ${…}, strings and regular expressions are handled by the parser', () => {
  const code = [
    'const a = html`<ul>',
    '  ${items.map((i) => html`<li>',
    '    ${i.replace(/[`{}]/g, "`")}',
    '  </li>`)}',
    '</ul>`;',
    'const b = `keep\n   this`;',
    'const c = css`a {\n  color: red; /* note */\n}`;',
  ].join('\n');
  const out = minifyTemplates(code, 'x.ts');
  assert.equal(
    out,
    ['const a = html`<ul>${items.map((i) => html`<li>${i.replace(/[`{}]/g, "`")}</li>`)}</ul>`;', 'const b = `keep\n   this`;', 'const c = css`a{color:red}`;'].join('\n'),
  );
  assert.equal(minifyTemplates('const x = 1;', 'x.ts'), null);
});

test('CSS: comments and white space go', () => {
  assert.equal(minifyCssText(' :host {\n  display: block; /* x */\n}\n a > b , c { color: red; }'), ':host{display:block}a>b,c{color:red}');
});
