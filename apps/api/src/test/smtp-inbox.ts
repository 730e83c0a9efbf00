import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP peer on 127.0.0.1 that keeps what it receives; `rejectRcpt` makes it refuse recipients
 * (550); `refuseData` makes it receive and keep a message, then answer the DATA with an error (e.g.
 * 451, as when its confirmation is lost), `times` times.
 */
export class Inbox {
  messages: ParsedMail[] = [];
  rejectRcpt = false;
  refuseData: { code: number; reply: (mail: ParsedMail) => string; times: number } | null = null;
  private server: SMTPServer | undefined;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.rejectRcpt) {
          const error = new Error('No such user') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            if (this.refuseData && this.refuseData.times > 0) {
              this.refuseData.times -= 1;
              const error = new Error(this.refuseData.reply(mail)) as Error & { responseCode: number };
              error.responseCode = this.refuseData.code;
              callback(error);
              return;
            }
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }
}
