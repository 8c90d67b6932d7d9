/**
 * A real SMTP server on loopback (the smtp-server package) for the mail tests, and just
 * enough MIME decoding to read what arrived as the applicant's mail program would.
 */
import { SMTPServer } from 'smtp-server';

export interface Received {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

/** RFC 2047 encoded words in a header. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(at + 4) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

export function parseMail(raw: string): Received {
  const { headers, body } = splitPart(raw);
  const received: Received = {
    messageId: headers.get('message-id') ?? '',
    to: headers.get('to') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: '',
    attachments: [],
  };
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1).map((p) => p.replace(/^\r\n/, '')) : [raw];
  for (const part of parts) {
    const p = boundary ? splitPart(part) : { headers, body };
    const type = p.headers.get('content-type') ?? 'text/plain';
    const content = decodeBody(p.headers, p.body);
    const filename = /filename="?([^";]+)"?/.exec(p.headers.get('content-disposition') ?? '')?.[1];
    if (filename) received.attachments.push({ filename, contentType: type, content });
    else if (type.startsWith('text/plain')) received.text = content.replace(/\r\n/g, '\n');
  }
  return received;
}

export interface MailServer {
  port: number;
  received: Received[];
  /** Messages whose DATA arrived and is being held unanswered. */
  held: () => number;
  /** Client connections open now. */
  connections: () => number;
  close(): Promise<void>;
}

/**
 * Listens on `port` (127.0.0.1); `hold` keeps each message's DATA unanswered until it
 * returns false, as a slow or stuck server does.
 */
export async function mailServer(port: number, hold: () => boolean = () => false): Promise<MailServer> {
  const received: Received[] = [];
  const closed = new Set<string>();
  let held = 0;
  const open = new Set<string>();
  const server = new SMTPServer({
    onConnect(session, callback) {
      open.add(session.id);
      callback();
    },
    onClose(session) {
      open.delete(session.id);
      closed.add(session.id);
    },
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const accept = () => {
          // A client gone before the answer never saw it accepted: a real server drops it too.
          if (closed.has(session.id)) return callback(new Error('connection closed'));
          received.push(parseMail(Buffer.concat(chunks).toString('latin1')));
          callback();
        };
        if (!hold()) return accept();
        held++;
        const timer = setInterval(() => {
          if (hold()) return;
          clearInterval(timer);
          held--;
          accept();
        }, 20);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    received,
    held: () => held,
    connections: () => open.size,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
