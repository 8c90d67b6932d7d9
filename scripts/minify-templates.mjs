// Minifies the static text of our Lit templates, in the build and in the tests alike
// (so the tests check what ships):
//
//   html`…`  a run of white space with a line break goes away next to a block-level
//            tag (where a browser drops it anyway) and becomes one space elsewhere
//            (where it separates words). Fewer bytes, and fewer text nodes in the DOM.
//   css`…`   comments and runs of white space go (Lit leaves CSS as written).
//
// Templates are found with TypeScript's parser, not a pattern: `${…}` may hold other
// templates, strings and regular expressions.
import ts from 'typescript';

const BLOCK =
  'address|article|aside|blockquote|details|dialog|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|optgroup|option|p|section|select|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|source|track|iframe|template';
const BLOCK_BEFORE = new RegExp(`<\\/?(?:${BLOCK})\\b[^<>]*>$`);
const BLOCK_AFTER = new RegExp(`^<\\/?(?:${BLOCK})\\b`);
const RUN = /\s*\n\s*/g;

/** The static text of an html`` template, minified (see above). */
export function minifyHtmlText(text) {
  return text.replace(RUN, (run, at) => {
    const before = text.slice(0, at);
    const after = text.slice(at + run.length);
    return BLOCK_BEFORE.test(before) || BLOCK_AFTER.test(after) ? '' : ' ';
  });
}

/** The text of a css`` template, minified. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
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
      // CSS with `${…}` inside is left alone: its parts are not whole rules.
      if (!isCss || parts.length === 1) {
        for (const part of parts) {
          // The raw text sits between the opening `` ` `` or `}` and the closing `` ` `` or `${`.
          const start = part.getStart(source) + 1;
          const end = part.end - (ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part) ? 1 : 2);
          const raw = code.slice(start, end);
          const min = isCss ? minifyCssText(raw) : minifyHtmlText(raw);
          if (min !== raw) edits.push([start, end, min]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits.sort((a, b) => a[0] - b[0]); // a template inside `${…}` is visited after its parent's parts
}
