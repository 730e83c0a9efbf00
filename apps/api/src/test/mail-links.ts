import type { ParsedMail } from 'mailparser';
import { createLogger } from '../logging/logger';
import { createMailTransport, OutboxDelivery, type MailTransport } from '../features/notifications/outbox.delivery';
import { Inbox } from './smtp-inbox';
import type { TestApp } from './test-app';

/**
 * A real SMTP server and the outbox's own delivery into it: what a test needs to follow a link
 * from a mail as the recipient would. `deliver` sends everything due and returns the mails to an
 * address (waiting for the server to hand them over).
 */
export class MailLinks {
  readonly inbox = new Inbox();
  private transport: MailTransport | undefined;

  constructor(
    private readonly app: () => TestApp,
    private readonly linkSecret: string,
    readonly publicUrl = 'https://rodedraad.test',
  ) {}

  async start(): Promise<void> {
    await this.inbox.start();
    this.transport = createMailTransport({
      host: '127.0.0.1',
      port: this.inbox.port,
      secure: false,
      user: undefined,
      password: undefined,
    });
  }

  async stop(): Promise<void> {
    this.transport?.close?.();
    await this.inbox.stop();
  }

  async deliver(to: string): Promise<ParsedMail[]> {
    await new OutboxDelivery(this.app().app, {
      transport: this.transport!,
      demo: false,
      from: 'Rode Draad <noreply@rodedraad.test>',
      publicUrl: this.publicUrl,
      linkSecret: this.linkSecret,
      log: createLogger('silent'),
    }).deliverDue();
    return this.inbox.messages.filter((m) => m.to && JSON.stringify(m.to).includes(to));
  }
}

/** The token after `#` of the first link to `path` in a mail's text. */
export function tokenIn(mail: ParsedMail, path: string): string {
  const match = new RegExp(`/${path}#([A-Za-z0-9_-]{43})`).exec(mail.text ?? '');
  if (!match?.[1]) {
    throw new Error(`no /${path} link in the mail`);
  }
  return match[1];
}
