/**
 * The editor page's entry (dist/editor/editor.js), served by `seminar-widgets edit`.
 * A separate build from the script-tag bundle: visitors never load it.
 */
import * as z from 'zod/mini';
// The preview is the widgets themselves, fed the draft.
import '../elements/series/seminar-series.js';
import '../elements/session-list/seminar-session-list.js';
import '../elements/session/seminar-session.js';
import { SeminarEditorApp } from './editor-app.js';

// The form view; the session loads it on demand too, so it stays a chunk of its own.
void import('../elements/application-form/seminar-application-form.js');

// The page's CSP has no 'unsafe-eval': zod validates without compiling.
z.config({ jitless: true });

// Defined here, in the entry: the package's `sideEffects` list names the widgets' modules, not the editor's.
customElements.define('seminar-editor-app', SeminarEditorApp);
