/** `seminar-widgets edit FEED.json [--port N]`: the feed editor on this computer only. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createEditor } from './editor.js';

export function editFeed(file: string, portFlag: string | undefined, editorDir: string): Promise<number> {
  const port = Number(portFlag ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('--port must be a port number');
    return Promise.resolve(2);
  }
  try {
    JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : `it is not JSON (${(error as Error).message})`;
    console.error(`${file} cannot be edited: ${reason}.`);
    return Promise.resolve(1);
  }
  const { handle, token } = createEditor({ file, editorDir });
  const server = createServer((req, res) => void handle(req, res));
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: give another --port.` : error.message);
      resolve(1);
    });
    // Loopback only: no other computer can reach the editor.
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      console.log(`Editing ${file}. Open this address in your browser (it works only on this computer):`);
      console.log(`  http://127.0.0.1:${actual}/?token=${token}`);
      console.log('Stop the editor with Ctrl+C.');
    });
    const stop = () => {
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
