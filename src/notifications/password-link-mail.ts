// Emailing a one-time password link (an invitation to a new user, or a reset) when an SMTP
// server is configured. Sent while the administrator waits, so the page can say whether it
// went: "sent", "off" (no BYLINE_SMTP_URL: they pass the link on themselves) or why it failed.
import type { Mailer, MailMessage } from './mailer.ts';

export type PasswordLinkKind = 'created' | 'reset';
export type PasswordLinkDelivery = { status: 'sent' } | { status: 'off' } | { status: 'failed'; reason: string };

export function passwordLinkMessage(input: { to: string; name: string; role: string; link: string; kind: PasswordLinkKind; siteTitle: string; lifetimeHours: number }): MailMessage {
  // Names stay on one line, so a name cannot forge a header or a line of the message.
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const site = oneLine(input.siteTitle);
  const intro =
    input.kind === 'created'
      ? `You have been invited to the ${site} newsroom as ${oneLine(input.role)}.`
      : `Someone asked for a new password for your ${site} newsroom account.`;
  return {
    to: [input.to],
    subject: input.kind === 'created' ? `Your ${site} newsroom account` : `A new password for ${site}`,
    text: [
      `Hello ${oneLine(input.name)},`,
      '',
      intro,
      'Choose your password here (the link works once, for ' + input.lifetimeHours + ' hours):',
      '',
      input.link,
      '',
      input.kind === 'reset' ? 'If you did not expect this, ignore it: your password stays as it is until the link is used.' : 'You will be signed in as soon as you have chosen it.',
    ].join('\n'),
  };
}

export function createPasswordLinkMail(mailer: Mailer | undefined) {
  return {
    enabled: mailer !== undefined,
    async send(input: Parameters<typeof passwordLinkMessage>[0]): Promise<PasswordLinkDelivery> {
      if (!mailer) return { status: 'off' };
      try {
        await mailer.send(passwordLinkMessage(input));
        return { status: 'sent' };
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export type PasswordLinkMail = ReturnType<typeof createPasswordLinkMail>;
