// The template minifier the build and the browser tests share (scripts/minify-templates.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain ES module without types
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('white space with a line break goes next to block-level tags', () => {
  assert.equal(minifyHtmlText('<ol>\n  <li>\n    <p>a</p>\n  </li>\n</ol>'), '<ol><li><p>a</p></li></ol>');
  assert.equal(minifyHtmlText('<div class="top a" title="x y">\n  <span>a</span>\n</div>'), '<div class="top a" title="x y"><span>a</span></div>');
});

test('between inline content it becomes one space, which still separates words', () => {
  assert.equal(minifyHtmlText('<span>a</span>\n    <span>b</span>'), '<span>a</span> <span>b</span>');
  assert.equal(minifyHtmlText('Email:\n   <a href="mailto:x">x</a>'), 'Email: <a href="mailto:x">x</a>');
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

test('inside a tag: white space before its end goes, simple values lose their quotes, void elements their slash', () => {
  assert.equal(minifyHtmlText('<button\n  class="facade"\n  type="button"\n>go</button>'), '<button class=facade type=button>go</button>');
  assert.equal(minifyHtmlText('<img class="avatar" alt="" width="64" />'), '<img class=avatar alt="" width=64>');
  assert.equal(minifyHtmlText('a<br />b<wbr />c'), 'a<br>b<wbr>c');
  // What the parser would read differently keeps its quotes (spaces, `/`, `=`); SVG keeps its `/>`.
  assert.equal(minifyHtmlText('<a href="/x" title="a b" data-x="a=b">x</a>'), '<a href="/x" title="a b" data-x="a=b">x</a>');
  assert.equal(minifyHtmlText('<svg><circle cx="32" r="11" /></svg>'), '<svg><circle cx=32 r=11 /></svg>');
  // Text is not a tag.
  assert.equal(minifyHtmlText('<p>Write x="1" here</p>'), '<p>Write x="1" here</p>');
});

test('a tag split by bindings is still one tag; the bindings stay where they were', () => {
  const code = [
    'const a = html`<a href=${url} class="link"',
    '  rel="noopener"',
    '  >${label}</a',
    '>`;',
    'const b = html`<ol lang=${lang}>',
    '  ${items}',
    '</ol>`;',
    'const c = html`<p class="${kind}" title="a ${b}">${text}</p>`;',
  ].join('\n');
  assert.equal(
    minifyTemplates(code, 'x.ts'),
    [
      'const a = html`<a href=${url} class=link rel=noopener>${label}</a>`;',
      'const b = html`<ol lang=${lang}>${items}</ol>`;',
      'const c = html`<p class="${kind}" title="a ${b}">${text}</p>`;',
    ].join('\n'),
  );
});

test('CSS: comments and white space go, values take their shortest spelling', () => {
  assert.equal(
    minifyCssText('.a p + p {\n  margin: 0.5rem 0;\n  color: #ffffff;\n  --_x: light-dark(#ffffff, #000000);\n}'),
    '.a p+p{color:#fff;--_x:light-dark(#fff,#000);margin:.5rem 0}',
  );
  assert.equal(minifyCssText(' :host {\n  display: block; /* x */\n}\n a > b , c { color: red; }'), ':host{display:block}a>b,c{color:red}');
});
