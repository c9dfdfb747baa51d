// @ts-check
// A local mail catcher for `npm start`: an SMTP server that keeps every message in memory and a
// web inbox to read them, so a newcomer sees what the notifications service sends without any
// real mail going out. Not for production: no authentication, no TLS, nothing persisted.
//
//   node tools/mail-catcher/mail-catcher.mjs      (SMTP on 1025, inbox on http://localhost:1080)
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {{ id: number, receivedAt: string, from: string, to: string[], subject: string, text: string, html: string, headers: ReadonlyArray<{ key: string, line: string }> }} CaughtMessage
 */

/** @param {string} value */
function escapeHtml(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * @param {{ smtpPort?: number, httpPort?: number, host?: string, limit?: number }} [options]
 * @returns {Promise<{ stop(): Promise<void>, messages: CaughtMessage[], smtpPort: number, httpPort: number }>}
 */
export async function startMailCatcher({ smtpPort = 1025, httpPort = 1080, host = '127.0.0.1', limit = 500 } = {}) {
  /** @type {CaughtMessage[]} */
  const messages = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.unshift({
            id: nextId++,
            receivedAt: new Date().toISOString(),
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '(no subject)',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers: mail.headerLines,
          });
          messages.splice(limit);
          callback();
        })
        .catch((error) => callback(error));
    },
  });

  const web = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/messages') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
      return;
    }
    if (url.pathname === '/clear' && request.method === 'POST') {
      messages.length = 0;
      response.writeHead(303, { location: '/' }).end();
      return;
    }
    const match = /^\/messages\/(\d+)$/.exec(url.pathname);
    if (match) {
      const message = messages.find((m) => m.id === Number(match[1]));
      if (!message) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('No such message');
        return;
      }
      const headers = message.headers.map((h) => escapeHtml(h.line)).join('\n');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        page(
          escapeHtml(message.subject),
          `<p><a href="/">&larr; Inbox</a></p><h1>${escapeHtml(message.subject)}</h1>
           <p><b>From</b> ${escapeHtml(message.from)}<br><b>To</b> ${escapeHtml(message.to.join(', '))}<br><b>Received</b> ${escapeHtml(message.receivedAt)}</p>
           <h2>HTML</h2><iframe sandbox="" style="width:100%;height:320px;border:1px solid #ccc" srcdoc="${escapeHtml(message.html)}"></iframe>
           <h2>Plain text</h2><pre>${escapeHtml(message.text)}</pre>
           <details><summary>Headers</summary><pre>${headers}</pre></details>`,
        ),
      );
      return;
    }
    if (url.pathname === '/') {
      const rows = messages
        .map((m) => `<tr><td>${escapeHtml(m.receivedAt.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`)
        .join('');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        page(
          'Mail catcher',
          `<h1>Mail catcher</h1><p>${messages.length} message(s) caught on SMTP port ${smtpPort}. Nothing here was really sent.</p>
           <form method="post" action="/clear"><button>Clear</button></form>
           <table><thead><tr><th>Received (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`,
        ),
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });

  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, host, () => resolve(undefined));
  });
  await new Promise((resolve, reject) => {
    web.once('error', reject);
    web.listen(httpPort, host, () => resolve(undefined));
  });
  const boundSmtp = /** @type {import('node:net').AddressInfo} */ (smtp.server.address()).port;
  const boundHttp = /** @type {import('node:net').AddressInfo} */ (web.address()).port;

  return {
    messages,
    smtpPort: boundSmtp,
    httpPort: boundHttp,
    async stop() {
      await new Promise((resolve) => web.close(() => resolve(undefined)));
      await new Promise((resolve) => smtp.close(() => resolve(undefined)));
    },
  };
}

/** @param {string} title @param {string} body */
function page(title, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style>
</head><body>${body}</body></html>`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const httpPort = Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080);
  const catcher = await startMailCatcher({ smtpPort, httpPort });
  console.log(`mail catcher: SMTP on 127.0.0.1:${catcher.smtpPort}, inbox on http://localhost:${catcher.httpPort}`);
  const stop = () => catcher.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
