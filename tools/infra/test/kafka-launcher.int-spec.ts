import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startKafka } from '../kafka.mjs';
import { freePort } from '../free-port.mjs';

const launcher = path.resolve(import.meta.dirname, '../kafka.mjs');

describe('Kafka launcher errors', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'vc-kafka-launcher-'));
  });

  afterEach(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('names the port that is already taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startKafka({ dataDir, port, controllerPort: await freePort() })).rejects.toThrow(
        new RegExp(`port ${port} is already in use.*KAFKA_BROKERS`),
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('names the missing Java runtime', async () => {
    const script = `import(${JSON.stringify(launcher)}).then((m) => m.startKafka({ dataDir: ${JSON.stringify(dataDir)}, port: 1, controllerPort: 2 }))
      .then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); });`;
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, JAVA_HOME: '/nonexistent-jdk' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 3 });
    expect((failure as { stderr: string }).stderr).toMatch(/No Java runtime found: install a JDK 17\+/);
  });
});
