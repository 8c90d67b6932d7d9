/**
 * The words of the receiver's 422 answers. A problem with a field the applicant typed
 * is said as the form says it (src/feed/application.ts, `problemText`); a problem with
 * what the form itself sends (the session, the series, the version, the language, the
 * time, or a body that is not an application at all) has no label to name, so it gets
 * a sentence of its own here instead of "Enter your body" or "Check the sessionid".
 * These words are not in the visitor bundle: the form shows them as the receiver sends them.
 */
import { problemText, type FieldProblem } from '../feed/application.js';
import { uiLanguage } from '../feed/messages/catalogue.js';
import { messages as en } from '../feed/messages/en/form.js';
import { messages as ja } from '../feed/messages/ja/form.js';

const WORDS = {
  en: {
    form: en,
    session: 'This session does not take applications here. Reload the page and choose the session again.',
    unreadable: 'The application could not be read. Reload the page and send it again.',
    keyReused: 'This application was sent before with other details. Reload the page and send it again.',
  },
  ja: {
    form: ja,
    session: 'この回の申込はここでは受け付けていません。ページを再読み込みして、もう一度回を選んでください。',
    unreadable: '申込内容を読み取れませんでした。ページを再読み込みして、もう一度送信してください。',
    keyReused: 'この申込は以前に別の内容で送信されています。ページを再読み込みして、もう一度送信してください。',
  },
};

/** The language of an answer: the body's `locale`, English when it has none. */
export function answerLanguage(input: unknown): 'en' | 'ja' {
  const locale = (input as { locale?: unknown } | null)?.locale;
  return uiLanguage(typeof locale === 'string' ? locale : undefined) === 'ja' ? 'ja' : 'en';
}

/** An Idempotency-Key sent again with other data (the form sends each submission under its own key). */
export function keyReusedAnswer(language: 'en' | 'ja'): string {
  return WORDS[language].keyReused;
}

/** One problem in the applicant's language. */
export function problemAnswer(language: 'en' | 'ja', problem: FieldProblem): string {
  const words = WORDS[language];
  if (problem.field in words.form.label || problem.field === 'consent' || problem.code === 'notOpen') return problemText(words.form, problem);
  return problem.field === 'sessionId' ? words.session : words.unreadable;
}
