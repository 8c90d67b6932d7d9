/**
 * Rows pasted from a spreadsheet (tab-separated, as Excel and Google Sheets copy
 * cells) turned into a plan of changes to the sessions or the speakers, shown before
 * it is applied.
 */
import { instantFrom, wallParts, type Json, type JsonObject } from './draft.js';

/** Splits pasted text into rows of cells; quoted cells may hold tabs, newlines and `""`. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

export type Kind = 'sessions' | 'speakers';

/** The columns, in their default order, with the names a header row may use (either language). */
export const COLUMNS: Record<Kind, Array<{ key: string; names: string[] }>> = {
  sessions: [
    { key: 'number', names: ['number', 'no', 'no.', '回', '番号', '回の番号'] },
    { key: 'level', names: ['level', '区分'] },
    { key: 'title.ja', names: ['title (ja)', 'title ja', 'テーマ', 'テーマ（日本語）', 'タイトル'] },
    { key: 'title.en', names: ['title (en)', 'title en', 'title', 'テーマ（英語）'] },
    { key: 'date', names: ['date', '日付', '開催日'] },
    { key: 'start', names: ['start', 'starts', 'starts at', '開始', '開始時刻'] },
    { key: 'end', names: ['end', 'ends', 'ends at', '終了', '終了時刻'] },
    { key: 'opens', names: ['opens', 'applications open', '受付開始'] },
    { key: 'closes', names: ['closes', 'applications close', '受付締切'] },
    { key: 'capacity', names: ['capacity', 'places', '定員'] },
  ],
  speakers: [
    { key: 'name.ja', names: ['name (ja)', 'name ja', '氏名', '氏名（日本語）'] },
    { key: 'name.en', names: ['name (en)', 'name en', 'name', '氏名（英語）'] },
    { key: 'organization.ja', names: ['organization (ja)', '所属', '所属（日本語）'] },
    { key: 'organization.en', names: ['organization (en)', 'organization', '所属（英語）'] },
    { key: 'title.ja', names: ['title (ja)', '役職', '役職（日本語）'] },
    { key: 'title.en', names: ['title (en)', 'title', 'job title', '役職（英語）'] },
    { key: 'photo', names: ['photo', '写真'] },
    { key: 'id', names: ['id', 'identifier', '識別子'] },
  ],
};

const LEVEL_WORDS: Record<string, string> = {
  basic: 'basic', 基礎: 'basic', 基礎編: 'basic',
  advanced: 'advanced', 応用: 'advanced', 応用編: 'advanced',
  practical: 'practical', 実践: 'practical', 実践編: 'practical',
};

export interface Change {
  kind: 'add' | 'change' | 'same' | 'skip';
  /** Which item: the session number or the speaker's name. */
  what: string;
  /** For `change`: `field: old → new` lines. */
  fields: string[];
  row: number;
  reason?: string;
  /** Applies the change to the feed. */
  apply?: (feed: JsonObject) => void;
}

function header(row: string[], kind: Kind): string[] | undefined {
  const keys = row.map((cell) => COLUMNS[kind].find((c) => c.names.includes(cell.toLowerCase()))?.key);
  return keys.filter(Boolean).length >= 2 ? keys.map((k) => k ?? '') : undefined;
}

function textValue(current: unknown, lang: string, value: string): Json {
  const base: JsonObject =
    current && typeof current === 'object' ? { ...(current as JsonObject) } : typeof current === 'string' ? { ja: current, en: current } : {};
  base[lang] = value;
  return base;
}

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** What the pasted rows would change: one entry per row. */
export function planPaste(text: string, kind: Kind, feed: JsonObject, zone: string, itemName: (n: string) => string): Change[] {
  const rows = parseTsv(text);
  if (rows.length === 0) return [];
  const head = header(rows[0], kind);
  const keys = head ?? COLUMNS[kind].map((c) => c.key);
  const body = head ? rows.slice(1) : rows;
  const list = ((feed[kind] as JsonObject[] | undefined) ?? []);
  const planned: Change[] = [];
  const taken = new Set(list.map((x) => String(x.id)));
  body.forEach((cells, r) => {
    const row = r + 1 + (head ? 1 : 0);
    const cell = (key: string) => {
      const i = keys.indexOf(key);
      return i >= 0 && i < cells.length && cells[i] !== '' ? cells[i] : undefined;
    };
    if (kind === 'sessions') {
      const number = Number(cell('number')?.replace(/[^\d]/g, ''));
      if (!Number.isInteger(number) || number < 1) return planned.push({ kind: 'skip', what: '', fields: [], row, reason: 'noNumber' });
      const index = list.findIndex((s) => s.number === number);
      const before = index >= 0 ? list[index] : undefined;
      const after: JsonObject = before ? structuredClone(before) : { id: '', number, level: 'basic', title: {}, format: { attendance: ['online'] } };
      if (!before) {
        let id = `session-${number}`;
        for (let n = 2; taken.has(id); n++) id = `session-${number}-${n}`;
        taken.add(id);
        after.id = id;
      }
      const level = cell('level');
      if (level) after.level = LEVEL_WORDS[level.toLowerCase()] ?? level;
      for (const lang of ['ja', 'en']) {
        const t = cell(`title.${lang}`);
        if (t) after.title = textValue(after.title, lang, t);
      }
      const date = cell('date')?.replace(/\//g, '-').replace(/-(\d)(?!\d)/g, '-0$1');
      const oldStart = wallParts(after.startsAt as string | undefined, zone);
      const oldEnd = wallParts(after.endsAt as string | undefined, zone);
      const start = cell('start') ?? oldStart.time;
      const end = cell('end') ?? oldEnd.time;
      const day = date ?? oldStart.date;
      if (day && (date || cell('start') || cell('end'))) {
        const hm = (t: string) => (t ? t.padStart(5, '0') : '');
        after.startsAt = instantFrom(day, hm(start), zone) ?? null;
        after.endsAt = instantFrom(day, hm(end), zone) ?? null;
      }
      const opens = cell('opens')?.replace(/\//g, '-').replace(/-(\d)(?!\d)/g, '-0$1');
      const closes = cell('closes')?.replace(/\//g, '-').replace(/-(\d)(?!\d)/g, '-0$1');
      if (opens || closes) {
        const application = (after.application as JsonObject | undefined) ?? { opensAt: '', closesAt: '', mode: 'form', endpoint: '/api/applications' };
        if (opens) application.opensAt = opens;
        if (closes) application.closesAt = closes;
        after.application = application;
      }
      const capacity = cell('capacity');
      if (capacity && after.application) (after.application as JsonObject).capacity = Number(capacity.replace(/[^\d]/g, '')) || capacity;
      planned.push(plan(before, after, index, kind, itemName(String(number)), row));
    } else {
      const nameJa = cell('name.ja');
      const nameEn = cell('name.en');
      if (!nameJa && !nameEn) return planned.push({ kind: 'skip', what: '', fields: [], row, reason: 'noName' });
      const index = list.findIndex((s) => (cell('id') && s.id === cell('id')) || (s.name && typeof s.name === 'object' && ((nameJa && (s.name as JsonObject).ja === nameJa) || (nameEn && (s.name as JsonObject).en === nameEn))) || s.name === nameJa || s.name === nameEn);
      const before = index >= 0 ? list[index] : undefined;
      const after: JsonObject = before ? structuredClone(before) : { id: '', name: {} };
      if (!before) {
        let id = cell('id') ?? (slug(nameEn ?? '') || `speaker-${list.length + planned.length + 1}`);
        for (let n = 2; taken.has(id); n++) id = `${cell('id') ?? slug(nameEn ?? '') ?? 'speaker'}-${n}`;
        taken.add(id);
        after.id = id;
      }
      for (const key of ['name', 'organization', 'title']) {
        for (const lang of ['ja', 'en']) {
          const v = cell(`${key}.${lang}`);
          if (v) after[key] = textValue(after[key], lang, v);
        }
      }
      const photo = cell('photo');
      if (photo) after.photo = { alt: (after.name as Json) ?? '', ...((after.photo as JsonObject | undefined) ?? {}), src: photo };
      planned.push(plan(before, after, index, kind, nameJa ?? nameEn ?? '', row));
    }
  });
  return planned;
}

function plan(before: JsonObject | undefined, after: JsonObject, index: number, kind: Kind, what: string, row: number): Change {
  if (!before) {
    return { kind: 'add', what, fields: [], row, apply: (feed) => void ((feed[kind] as Json[]) ?? (feed[kind] = [])).push(after) };
  }
  const fields = Object.keys({ ...before, ...after })
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
  if (fields.length === 0) return { kind: 'same', what, fields, row };
  return { kind: 'change', what, fields, row, apply: (feed) => void ((feed[kind] as Json[])[index] = after) };
}
