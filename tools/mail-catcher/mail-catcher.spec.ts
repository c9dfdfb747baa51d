import nodemailer from 'nodemailer';
import { startMailCatcher } from './mail-catcher.mjs';

describe('startMailCatcher', () => {
  it('catches a message over SMTP and shows it in the web inbox, escaped', async () => {
    const catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    try {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false });
      await transport.sendMail({ from: 'noreply@example.org', to: 'zoe@example.org', subject: 'Welkom <bij> de centrale', text: 'Beste Zoë,', html: '<p>Beste Zoë,</p>' });
      transport.close();

      const inbox = await (await fetch(`http://127.0.0.1:${catcher.httpPort}/`)).text();
      expect(inbox).toContain('Welkom &lt;bij&gt; de centrale');
      expect(inbox).toContain('zoe@example.org');
      const [message] = (await (await fetch(`http://127.0.0.1:${catcher.httpPort}/api/messages`)).json()) as Array<{ id: number; text: string }>;
      expect(message!.text).toContain('Beste Zoë,');
      const detail = await fetch(`http://127.0.0.1:${catcher.httpPort}/messages/${message!.id}`);
      expect(detail.status).toBe(200);
      expect(await detail.text()).toContain('&lt;p&gt;Beste Zoë,&lt;/p&gt;');
    } finally {
      await catcher.stop();
    }
  });
});
