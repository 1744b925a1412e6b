// Accounts and sessions: creating users, one-time links to set a password, signing in with
// limits per address, per (account, address) and per account (sign-in-limits.ts), and sessions stored in the database so several app
// instances share them. Passwords and tokens are never logged or returned.
import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { createSignInLimits } from './sign-in-limits.ts';
import { type Role, type Viewer, isRole } from './roles.ts';
import { newToken, tokenId } from './tokens.ts';
import * as repo from './user.repository.ts';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;
/** How long a one-time set-password link works. */
export const linkLifetimeMs = 48 * 60 * 60 * 1000;

export interface User extends Viewer {
  hasPassword: boolean;
  lockedUntil: Date | null;
}

function toUser(row: repo.UserRow): User {
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    personId: row.person_id,
    hasPassword: row.password_hash !== null,
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService({ db, clock }: { db: Db; clock: Clock }) {
  const iso = (offsetMs = 0) => new Date(clock.now().getTime() + offsetMs).toISOString();
  // The first-run setup token lives only in this process's memory and is printed on its
  // console: whoever can read the console may claim an empty site, nobody else.
  let firstRunToken: string | undefined;
  const limits = createSignInLimits({ db, clock });

  async function issueLink(userId: number, purpose: 'setup' | 'reset'): Promise<string> {
    const token = newToken();
    await repo.insertAuthToken(db, { id: tokenId(token), user_id: userId, purpose, created_at: iso(), expires_at: iso(linkLifetimeMs) });
    return token;
  }

  return {
    countUsers: () => repo.countUsers(db),

    setupToken(): string {
      firstRunToken ??= newToken();
      return firstRunToken;
    },

    /** A cluster's workers all accept the one token their primary printed (cluster.ts). */
    adoptSetupToken(token: string): void {
      firstRunToken = token;
    },

    /** True while the site has no users and the token is the one this process printed. */
    async checkSetupToken(token: string | undefined): Promise<boolean> {
      if (!firstRunToken || !token || token.length !== firstRunToken.length) return false;
      if (!timingSafeEqual(Buffer.from(token), Buffer.from(firstRunToken))) return false;
      return (await repo.countUsers(db)) === 0;
    },
    listUsers: async () => (await repo.listUsers(db)).map(toUser),
    findUser: async (id: number) => {
      const row = await repo.findUserById(db, id);
      return row && toUser(row);
    },

    /** Creates a user without a password; returns the token for their one-time set-password link. */
    async createUser(input: { email: string; name: string; role: Role; personId?: number | null }): Promise<{ user: User; token: string }> {
      const email = normalizeEmail(input.email);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('VALIDATION_FAILED', `"${input.email}" is not an email address.`, { details: { field: 'email' } });
      if (!isRole(input.role)) throw new AppError('VALIDATION_FAILED', `"${input.role}" is not a role; use administrator, editor, author or contributor.`, { details: { field: 'role' } });
      if (await repo.findUserByEmail(db, email)) throw new AppError('VALIDATION_FAILED', `A user with the email ${email} already exists.`, { details: { field: 'email' } });
      const id = await repo.insertUser(db, {
        email,
        name: input.name.trim() || email,
        role: input.role,
        person_id: input.personId ?? null,
        password_hash: null,
        failed_logins: 0,
        locked_until: null,
        created_at: iso(),
        updated_at: iso(),
      });
      return { user: toUser((await repo.findUserById(db, id))!), token: await issueLink(id, 'setup') };
    },

    /** Refuses (LAST_ADMINISTRATOR) to leave the site without an administrator. */
    async updateUser(id: number, changes: { name?: string; role?: Role; personId?: number | null }): Promise<User> {
      if (changes.role !== undefined && !isRole(changes.role)) throw new AppError('VALIDATION_FAILED', `"${changes.role}" is not a role.`, { details: { field: 'role' } });
      await db.transaction().execute(async (trx) => {
        if (changes.role !== undefined && changes.role !== 'administrator') {
          const administrators = await repo.lockAdministrators(trx);
          const current = await repo.findUserById(trx, id);
          if (current?.role === 'administrator' && administrators <= 1) {
            throw new AppError('LAST_ADMINISTRATOR', `${current.name} is the only administrator. Make someone else an administrator first, so the site is never left without one.`, { details: { field: 'role' } });
          }
        }
        await repo.updateUserRow(trx, id, {
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.personId !== undefined && { person_id: changes.personId }),
          updated_at: iso(),
        });
      });
      const row = await repo.findUserById(db, id);
      if (!row) throw new AppError('NOT_FOUND', `No user has id ${id}.`);
      return toUser(row);
    },

    /** A one-time link to choose a new password; existing sessions end when it is used. */
    async issueResetLink(email: string): Promise<{ user: User; token: string }> {
      const row = await repo.findUserByEmail(db, normalizeEmail(email));
      if (!row) throw new AppError('NOT_FOUND', `No user has the email ${normalizeEmail(email)}.`);
      return { user: toUser(row), token: await issueLink(row.id, 'reset') };
    },

    async checkLink(token: string): Promise<User | undefined> {
      const live = await repo.findLiveAuthToken(db, tokenId(token), iso());
      if (!live) return undefined;
      const row = await repo.findUserById(db, live.user_id);
      return row && toUser(row);
    },

    async setPasswordWithLink(token: string, password: string): Promise<User> {
      const problem = passwordProblem(password);
      if (problem) throw new AppError('VALIDATION_FAILED', problem);
      const hash = await hashPassword(password);
      const userId = await repo.consumeAuthToken(db, tokenId(token), iso());
      if (userId === undefined) throw new AppError('TOKEN_INVALID', 'This link has expired or was already used. Ask an administrator for a new one.');
      await repo.updateUserRow(db, userId, { password_hash: hash, failed_logins: 0, locked_until: null, updated_at: iso() });
      await repo.deleteSessionsOf(db, userId);
      return toUser((await repo.findUserById(db, userId))!);
    },

    /** Checks the password and opens a session; returns the session cookie's token. See sign-in-limits.ts. */
    async signIn(emailInput: string, password: string, address: string): Promise<{ user: User; token: string }> {
      const email = normalizeEmail(emailInput);
      await limits.admitAddress(address);
      const row = await repo.findUserByEmail(db, email);
      if (row) await limits.admitAccount(row.id, address);
      // Verify even for unknown emails, so timing does not reveal which accounts exist.
      const valid = await verifyPassword(password, row?.password_hash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      if (!row || !row.password_hash || !valid) {
        if (row) await limits.failed(row.id, address);
        throw new AppError('LOGIN_FAILED', 'That email and password do not match an account.');
      }
      await limits.succeeded(row.id, address);
      const token = newToken();
      await repo.insertSession(db, { id: tokenId(token), user_id: row.id, created_at: iso(), expires_at: iso(sessionLifetimeMs) });
      return { user: toUser(row), token };
    },

    async viewerFor(sessionToken: string | undefined): Promise<Viewer | undefined> {
      if (!sessionToken) return undefined;
      const row = await repo.findSessionUser(db, tokenId(sessionToken), iso());
      if (!row) return undefined;
      const { hasPassword: _h, lockedUntil: _l, ...viewer } = toUser(row);
      return viewer;
    },

    /** Whose session this token was, even if it has expired; undefined for a token never issued (or signed out). */
    async sessionOwner(sessionToken: string | undefined): Promise<number | undefined> {
      return sessionToken ? repo.findSessionOwner(db, tokenId(sessionToken)) : undefined;
    },

    async signOut(sessionToken: string): Promise<void> {
      await repo.deleteSession(db, tokenId(sessionToken));
    },

    async purgeOldAttempts(): Promise<void> {
      await repo.deleteAttemptsBefore(db, iso(-24 * 60 * 60 * 1000));
    },
  };
}
