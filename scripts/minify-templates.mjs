// Minifies the static text of our Lit templates, in the build and in the tests alike
// (so the tests check what ships):
//
//   html`…`  a run of white space with a line break goes away next to a block-level
//            tag (where a browser drops it anyway) and before the `>` that ends a tag,
//            and becomes one space elsewhere (where it separates words). Fewer bytes,
//            and fewer text nodes in the DOM. Inside a tag, a static attribute value
//            made of letters, digits, `-` and `_` loses its quotes (`class=card`), and a
//            void element loses its ` /` (`<br>`): the HTML parser reads them the same.
//   css`…`   minified by Lightning CSS (Lit leaves CSS as written): comments and white
//            space go, `0.5rem` is `.5rem`, `#ffffff` is `#fff`, and so on; without browser
//            targets it changes nothing a browser would read differently.
//
// Templates are found with TypeScript's parser, not a pattern: `${…}` may hold other
// templates, strings and regular expressions. An html`` template is minified whole, its
// `${…}` standing in as one character, so a tag split by a binding is still seen as one.
import ts from 'typescript';
import { transform } from 'lightningcss';

const BLOCK =
  'address|article|aside|blockquote|details|dialog|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|optgroup|option|p|section|select|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|source|track|iframe|template';
const BLOCK_BEFORE = new RegExp(`<\\/?(?:${BLOCK})\\b[^<>]*>$`);
const BLOCK_AFTER = new RegExp(`^<\\/?(?:${BLOCK})\\b`);
const RUN = /\s*\n\s*/g;
/** Stands for a `${…}` while a template is minified whole. */
const BINDING = '\u0000';
/** The text so far ends inside a tag (after its name). */
const IN_TAG = /<\/?[a-zA-Z][^<>]*$/;
/** A static attribute value the HTML parser reads the same without quotes, then what may follow it. */
const QUOTED = /(?<=<[a-zA-Z][^<>]*\s[^\s"'<>=\/\u0000]+)="([\w-]+)"(?=[\s>])/g;
const VOID_END = /(<(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b[^<>]*?)\s*\/>/g;

/** The static text of an html`` template (its `${…}` as BINDING), minified (see above). */
export function minifyHtmlText(text) {
  return text
    .replace(RUN, (run, at) => {
      const before = text.slice(0, at);
      const after = text.slice(at + run.length);
      if (BLOCK_BEFORE.test(before) || BLOCK_AFTER.test(after)) return '';
      return IN_TAG.test(before) && /^\/?>/.test(after) ? '' : ' ';
    })
    .replace(VOID_END, '$1>')
    .replace(QUOTED, '=$1');
}

/** The text of a css`` template, minified (a template with `${…}` inside is left alone: its parts are not whole rules). */
export function minifyCssText(text) {
  return transform({ filename: 'template.css', code: Buffer.from(text), minify: true }).code.toString();
}

/** Returns `code` with every html`` and css`` template minified, or `null` when nothing changed. */
export function minifyTemplates(code, fileName = 'file.ts') {
  const edits = templateEdits(code, fileName);
  if (edits.length === 0) return null;
  let out = '';
  let last = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

/** The edits that minify `code`'s templates: `[start, end, replacement]`, in source order (the build maps them). */
export function templateEdits(code, fileName = 'file.ts') {
  if (!code.includes('html`') && !code.includes('css`')) return [];
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [start, end, replacement] of each literal part's text, in source order. */
  const edits = [];
  const literalParts = (template) =>
    ts.isNoSubstitutionTemplateLiteral(template)
      ? [template]
      : [template.head, ...template.templateSpans.map((span) => span.literal)];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const isCss = node.tag.text === 'css';
      const parts = literalParts(node.template);
      // The raw text of a part sits between the opening `` ` `` or `}` and the closing `` ` `` or `${`.
      const spans = parts.map((part) => {
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part) ? 1 : 2);
        return [start, end];
      });
      const raws = spans.map(([start, end]) => code.slice(start, end));
      if (!isCss) {
        const min = minifyHtmlText(raws.join(BINDING)).split(BINDING);
        if (min.length !== raws.length) throw new Error(`${fileName}: a template lost a binding while minified`);
        min.forEach((text, i) => text !== raws[i] && edits.push([...spans[i], text]));
      } else if (parts.length === 1) {
        // CSS with `${…}` inside is left alone: its parts are not whole rules.
        const min = minifyCssText(raws[0]);
        if (min !== raws[0]) edits.push([...spans[0], min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((a, b) => a[0] - b[0]); // a template inside `${…}` is visited after its parent's parts
}
