// How Byline sends email: a one-method interface, so listeners neither know nor care what is
// underneath, and one implementation over SMTP with nodemailer. Timeouts are short because a
// notification is not worth holding a connection open for minutes.
import type { Transporter } from 'nodemailer';
import { describeSmtp } from '../config/config.ts';

export interface MailMessage {
  to: string[];
  subject: string;
  /** Plain text only: nothing a reader wrote is ever sent as HTML. */
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Thrown by the SMTP mailer: says where it failed, never with the password. */
export class MailError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'MailError';
  }
}

export function createSmtpMailer({ smtpUrl, from }: { smtpUrl: string; from: string }): Mailer {
  // nodemailer is loaded with the first email, not at start.
  let transporter: Promise<Transporter> | undefined;
  const transport = { sendMail: async (message: Parameters<Transporter['sendMail']>[0]) => (await (transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })))).sendMail(message) };
  const where = describeSmtp(smtpUrl);
  const password = decodeURIComponent(new URL(smtpUrl).password);
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      } catch (error) {
        // Only the message and code travel on: nodemailer errors also carry the SMTP dialogue.
        const text = error instanceof Error ? error.message : String(error);
        const safe = password ? text.split(password).join('***') : text;
        throw new MailError(`Could not send email through ${where}: ${safe}`, (error as { code?: string }).code);
      }
    },
  };
}
