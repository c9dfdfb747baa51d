import http from 'node:http';

export interface ReceivedHook {
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

type Answer = { status: number; headers?: Record<string, string> };

/** A local HTTP receiver that answers each path from a script (then 200) and keeps every request. */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly fallbacks = new Map<string, Answer>();
  private server?: http.Server;
  port = 0;

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers[name] = value;
        this.received.push({ path, headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        const answer = this.scripts.get(path)?.shift() ?? this.fallbacks.get(path) ?? { status: 200 };
        response.writeHead(answer.status, answer.headers).end();
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  /** Answers for the next requests to `path`, in order; `always` afterwards (default 200). */
  script(path: string, answers: Answer[], always?: Answer): void {
    this.scripts.set(path, [...answers]);
    if (always) this.fallbacks.set(path, always);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  at(path: string): ReceivedHook[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
