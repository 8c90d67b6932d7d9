/** The editor page's look, after the GOV.UK and Digital Agency form patterns: plain, large targets, clear errors. */
import { css } from 'lit';

export const editorStyles = css`
  *, *::before, *::after { box-sizing: border-box; }
  html { font-family: system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', 'Yu Gothic UI', sans-serif; color: #0b0c0c; background: #f3f2f1; line-height: 1.5; }
  body { margin: 0; font-size: 1rem; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  a { color: #1d70b8; }
  a:focus, button:focus-visible, input:focus, select:focus, textarea:focus, summary:focus-visible, [tabindex='-1']:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
  a:focus { background: #ffdd00; color: #0b0c0c; text-decoration: none; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; outline: none; }
  .skip { position: absolute; left: -999px; top: 0; }
  .skip:focus { left: 8px; top: 8px; z-index: 10; padding: 8px; }

  .topbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; padding: 10px 24px; background: #0b0c0c; color: #fff; }
  .topbar h1 { margin: 0; font-size: 1.25rem; }
  .topbar .file { color: #d8d8d8; font-size: 0.95rem; }
  .topbar .status { margin-left: auto; font-size: 0.95rem; color: #fff; }
  .topbar .status.dirty::before { content: '● '; color: #ffdd00; }
  .topbar .lang-switch { display: flex; gap: 4px; align-items: center; }
  .topbar .lang-switch button { background: transparent; color: #fff; border: 2px solid #fff; padding: 2px 10px; font: inherit; font-size: 0.9rem; cursor: pointer; }
  .topbar .lang-switch button[aria-pressed='true'] { background: #fff; color: #0b0c0c; }

  .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(380px, 46%); align-items: start; }
  .form-column { padding: 20px 32px 80px; min-width: 0; background: #fff; min-height: calc(100vh - 56px); }
  .preview-column { position: sticky; top: 56px; height: calc(100vh - 56px); overflow: auto; padding: 16px 20px; border-left: 1px solid #b1b4b6; }

  .heading-l { font-size: 1.5rem; margin: 32px 0 16px; }
  .heading-l:first-child { margin-top: 8px; }
  .heading-m { font-size: 1.2rem; margin: 0 0 12px; }
  .body { margin: 0 0 16px; }

  .tabs { display: flex; flex-wrap: wrap; gap: 0; margin: 16px 0 8px; border-bottom: 1px solid #b1b4b6; padding: 0; list-style: none; }
  .tabs button { font: inherit; background: #f3f2f1; border: 1px solid #b1b4b6; border-bottom: 0; margin-right: 4px; padding: 8px 16px; cursor: pointer; color: #1d70b8; text-decoration: underline; }
  .tabs button[aria-pressed='true'] { background: #fff; color: #0b0c0c; text-decoration: none; font-weight: 700; margin-bottom: -1px; padding-bottom: 9px; }
  .tabs .count { display: inline-block; margin-left: 6px; min-width: 1.5em; padding: 0 6px; border-radius: 1em; background: #d4351c; color: #fff; font-size: 0.8rem; text-decoration: none; }

  .field { margin: 0 0 20px; }
  .fieldset { border: 0; padding: 0; min-width: 0; }
  .fieldset.group, .fieldset.list { border-left: 4px solid #b1b4b6; padding: 4px 0 4px 16px; margin-bottom: 24px; }
  .label, legend.label { display: block; font-weight: 700; margin-bottom: 4px; padding: 0; }
  .label-small { display: block; font-size: 0.95rem; margin-bottom: 2px; }
  .optional { font-weight: 400; color: #505a5f; }
  .hint { color: #505a5f; margin: 0 0 6px; font-size: 0.95rem; }
  .field-error { border-left: 5px solid #d4351c; padding-left: 12px; }
  .fieldset.group.field-error, .fieldset.list.field-error { border-left-color: #d4351c; }
  .error-message { color: #d4351c; font-weight: 700; margin: 0 0 6px; }
  .error-message .warning { color: #594d00; }
  .error-message > span { display: block; }
  .input, .textarea, .select { font: inherit; width: 100%; padding: 6px 8px; border: 2px solid #0b0c0c; border-radius: 0; background: #fff; color: inherit; }
  .input.short { max-width: 9em; }
  .input.medium { max-width: 20em; }
  .select { width: auto; max-width: 100%; }
  .textarea { resize: vertical; min-height: 4.5em; }
  .textarea.textarea-short { min-height: 0; }
  [aria-invalid='true'] { border-color: #d4351c; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
  .pair-one { grid-template-columns: 1fr auto; align-items: end; }
  .row { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: flex-start; }
  .row > .field, .field-inline { margin-bottom: 12px; }
  .field-inline .input { width: auto; }
  .checkbox, .radio { display: flex; align-items: center; gap: 8px; margin: 6px 0; }
  .checkbox input, .radio input { width: 22px; height: 22px; margin: 0; accent-color: #0b0c0c; }
  .checkboxes, .radios { display: flex; flex-wrap: wrap; gap: 0 24px; }

  button { font: inherit; cursor: pointer; }
  .button { background: #00703c; color: #fff; border: 2px solid transparent; box-shadow: 0 2px 0 #002d18; padding: 6px 16px; font-weight: 700; }
  .button:hover { background: #005a30; }
  .button[disabled] { opacity: 0.6; cursor: default; }
  .button-secondary { background: #f3f2f1; color: #0b0c0c; border: 2px solid transparent; box-shadow: 0 2px 0 #929191; padding: 4px 12px; margin: 4px 8px 4px 0; }
  .button-secondary:hover { background: #dbdad9; }
  .button-warning { background: #d4351c; color: #fff; border: 2px solid transparent; box-shadow: 0 2px 0 #55150b; padding: 4px 12px; }
  .button-small { font-size: 0.9rem; padding: 2px 10px; }
  .button-link { background: none; border: 0; color: #1d70b8; text-decoration: underline; padding: 4px 0; text-align: left; }

  .summary { border: 5px solid #d4351c; padding: 16px 20px; margin: 16px 0; }
  .summary.warnings { border-color: #ffdd00; }
  .summary h2 { margin: 0 0 8px; font-size: 1.25rem; }
  .summary ul { margin: 8px 0 0; padding: 0; list-style: none; }
  .summary li { margin: 4px 0; }
  .summary a { color: #d4351c; font-weight: 700; }
  .summary.warnings a { color: #0b0c0c; }
  .summary code, .path { font-size: 0.8rem; color: #505a5f; font-weight: 400; margin-left: 6px; }
  .ok { border-left: 5px solid #00703c; padding: 8px 12px; background: #e6f3ec; margin: 16px 0; }
  .banner { border: 3px solid #1d70b8; padding: 12px 16px; margin: 16px 0; background: #fff; }
  .banner.error { border-color: #d4351c; }
  .banner h2 { margin: 0 0 6px; font-size: 1.15rem; }
  .banner p { margin: 0 0 8px; }

  .items { margin: 0 0 16px; }
  .item { border: 1px solid #b1b4b6; margin: 0 0 8px; background: #fff; }
  .item > summary { display: flex; gap: 12px; align-items: baseline; padding: 10px 14px; cursor: pointer; list-style: none; background: #f8f8f8; }
  .item > summary::-webkit-details-marker { display: none; }
  .item > summary::before { content: '▸'; color: #505a5f; }
  .item[open] > summary::before { content: '▾'; }
  .item > summary .item-title { font-weight: 700; color: #1d70b8; text-decoration: underline; }
  .item > summary .item-when { color: #505a5f; font-size: 0.95rem; }
  .item > summary .badge { margin-left: auto; background: #d4351c; color: #fff; padding: 0 8px; font-size: 0.85rem; font-weight: 700; white-space: nowrap; }
  .item-body { padding: 16px 16px 4px; border-top: 1px solid #b1b4b6; }
  .item-actions { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 16px; }
  .list-item { border-top: 1px solid #d8d8d8; padding-top: 8px; margin-bottom: 8px; }
  .list-item-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
  .list-item-title { font-weight: 700; color: #505a5f; font-size: 0.95rem; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 16px; }

  .paste { border: 3px solid #0b0c0c; padding: 16px; margin: 0 0 16px; background: #fff; }
  .paste ol { margin: 4px 0 12px; }
  .paste .columns { font-size: 0.9rem; color: #505a5f; }
  .paste .plan { margin: 8px 0 12px; padding-left: 20px; }
  .paste .plan li { margin: 4px 0; }
  .paste .plan .fields { display: block; font-size: 0.9rem; color: #505a5f; word-break: break-all; }

  .preview-controls { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px 16px; margin-bottom: 12px; }
  .preview-controls .field { margin: 0; }
  .preview-controls .wide { grid-column: span 2; }
  .preview-controls .wide .input { width: auto; }
  .preview-controls .select, .preview-controls .input { width: 100%; }
  .preview-column .heading-m { margin-bottom: 2px; }
  .preview-column .hint { margin-bottom: 10px; }
  .segmented { display: flex; }
  .segmented button { flex: 1; background: #fff; border: 2px solid #0b0c0c; padding: 4px 8px; margin-right: -2px; }
  .segmented button[aria-pressed='true'] { background: #0b0c0c; color: #fff; }
  .frame { background: #fff; border: 1px solid #b1b4b6; box-shadow: 0 2px 6px rgb(0 0 0 / 0.12); margin: 0 auto; }
  .frame.phone { width: 375px; max-width: 100%; border-radius: 16px; border: 8px solid #0b0c0c; }
  .frame.desktop { width: 100%; }
  .frame-page { padding: 16px; }
  .frame.desktop .frame-page { width: 960px; padding: 24px 32px; }
`;
