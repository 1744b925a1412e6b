// Byline's configuration: one typed schema, read from environment variables and an optional
// byline.config.json, validated before anything starts. Zero-setup defaults: port 3000 and a
// SQLite file under ./data. A bad value stops the start with the setting's name and what it expected.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { type TrustProxy, trustProxyExpects, trustProxySchema } from './trust-proxy.ts';

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; connectionString: string };

export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Load the demo publication into an empty database at start. */
  demo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  pageSize: number;
  /** Top-level comment threads an article page shows; later ones are on further comment pages. */
  commentsPerPage: number;
  /** The largest upload accepted, in bytes (configured in megabytes). */
  maxUploadBytes: number;
  /** Where comment notifications are sent from, e.g. smtp://user:pass@host:587; none: no email is sent. */
  smtpUrl: string | undefined;
  /** The From of every email Byline sends. */
  mailFrom: string;
  /** The page cache's byte budget (configured in megabytes); 0 turns it off. */
  pageCacheBytes: number;
  /** The fragment memo's byte budget (cache/fragment-memo.ts; configured in megabytes); 0 turns it off. */
  fragmentMemoBytes: number;
  /** Processes `byline start` runs on this machine; undefined: one per core. */
  workers: number | undefined;
  /** Peers whose X-Forwarded-* headers are believed; false (the default): none. */
  trustProxy: TrustProxy;
  /** How long a stopping server lets requests in flight finish before closing their connections. */
  shutdownTimeoutMs: number;
  /** Searches one client (request.ip) may make a minute, per process; 0 turns the limit off. */
  searchRateLimit: number;
  /** The site's icon (an .svg, .png or .ico file); undefined: Byline's own (web/site-icon.ts). */
  siteIcon: string | undefined;
}

/** Each setting: its environment variable, its key in byline.config.json, and its rule. */
const settings = {
  port: { env: 'PORT', schema: z.coerce.number().int().min(0).max(65535), expects: 'a port number from 0 to 65535' },
  host: { env: 'HOST', schema: z.string().min(1), expects: 'a host name or IP address' },
  baseUrl: {
    env: 'BYLINE_BASE_URL',
    schema: z.url({ protocol: /^https?$/ }),
    expects: 'an absolute http(s) URL such as https://news.example.com',
  },
  dataDir: { env: 'BYLINE_DATA_DIR', schema: z.string().min(1), expects: 'a directory path' },
  databaseUrl: {
    env: 'DATABASE_URL',
    schema: z.string().min(1),
    expects: 'a SQLite file path (or sqlite:PATH) or a postgres:// URL',
  },
  demo: { env: 'BYLINE_DEMO', schema: booleanSetting(), expects: 'true or false' },
  logLevel: {
    env: 'BYLINE_LOG_LEVEL',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    expects: 'one of fatal, error, warn, info, debug, trace, silent',
  },
  pageSize: { env: 'BYLINE_PAGE_SIZE', schema: z.coerce.number().int().min(1).max(100), expects: 'a whole number from 1 to 100' },
  commentsPerPage: { env: 'BYLINE_COMMENTS_PER_PAGE', schema: z.coerce.number().int().min(1).max(500), expects: 'a whole number of comment threads from 1 to 500' },
  maxUploadMb: { env: 'BYLINE_MAX_UPLOAD_MB', schema: z.coerce.number().int().min(1).max(500), expects: 'a whole number of megabytes from 1 to 500' },
  smtpUrl: {
    env: 'BYLINE_SMTP_URL',
    schema: z.url({ protocol: /^smtps?$/ }),
    expects: 'an smtp:// or smtps:// URL such as smtp://user:password@mail.example.com:587',
    secret: true,
  },
  fragmentMemoMb: { env: 'BYLINE_FRAGMENT_MEMO_MB', schema: z.coerce.number().int().min(0).max(65536), expects: 'a whole number of megabytes from 0 (no fragment memo) to 65536' },
  pageCacheMb: { env: 'BYLINE_PAGE_CACHE_MB', schema: z.coerce.number().int().min(0).max(65536), expects: 'a whole number of megabytes from 0 (no page cache) to 65536' },
  workers: { env: 'BYLINE_WORKERS', schema: z.coerce.number().int().min(1).max(256), expects: 'a whole number of processes from 1 to 256' },
  trustProxy: { env: 'BYLINE_TRUST_PROXY', schema: trustProxySchema, expects: trustProxyExpects },
  shutdownTimeoutS: { env: 'BYLINE_SHUTDOWN_TIMEOUT_S', schema: z.coerce.number().min(0).max(3600), expects: 'a number of seconds from 0 to 3600' },
  searchRateLimit: { env: 'BYLINE_SEARCH_RATE_LIMIT', schema: z.coerce.number().int().min(0).max(100000), expects: 'a whole number of searches a minute per client from 0 (no limit) to 100000' },
  siteIcon: { env: 'BYLINE_SITE_ICON', schema: z.string().regex(/\.(svg|png|ico)$/i), expects: 'the path of an .svg, .png or .ico file' },
  mailFrom: { env: 'BYLINE_MAIL_FROM', schema: z.string().trim().regex(/^[^\r\n]+@[^\r\n]+$/), expects: 'an email address, optionally with a name: Byline <no-reply@example.com>' },
} as const;

type SettingKey = keyof typeof settings;

function booleanSetting() {
  return z.union([
    z.boolean(),
    z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  ]);
}

export interface LoadConfigOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Path of the JSON file; defaults to byline.config.json in cwd (optional there). */
  configFile?: string;
}

export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const fileValues = readConfigFile(options.configFile ?? env.BYLINE_CONFIG ?? path.join(cwd, 'byline.config.json'), options.configFile !== undefined || env.BYLINE_CONFIG !== undefined);

  const problems: string[] = [];
  const read = <K extends SettingKey>(key: K): z.output<(typeof settings)[K]['schema']> | undefined => {
    const setting = settings[key];
    const fromEnv = env[setting.env];
    const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : fileValues[key];
    if (raw === undefined) return undefined;
    const parsed = setting.schema.safeParse(raw);
    if (!parsed.success) {
      const source = fromEnv !== undefined && fromEnv !== '' ? setting.env : `"${key}" in byline.config.json`;
      const shown = 'secret' in setting && typeof raw === 'string' ? maskCredentials(raw) : raw;
      problems.push(`${source} is ${JSON.stringify(shown)}; expected ${setting.expects}.`);
      return undefined;
    }
    return parsed.data as z.output<(typeof settings)[K]['schema']>;
  };

  for (const key of Object.keys(fileValues)) {
    if (!(key in settings)) problems.push(`byline.config.json has an unknown setting "${key}"; known settings are ${Object.keys(settings).join(', ')}.`);
  }

  const port = read('port') ?? 3000;
  const host = read('host') ?? 'localhost';
  const dataDir = path.resolve(cwd, read('dataDir') ?? 'data');
  const baseUrl = (read('baseUrl') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const database = parseDatabaseUrl(read('databaseUrl'), dataDir, cwd, problems);
  const demo = read('demo') ?? true;
  const logLevel = read('logLevel') ?? 'info';
  const pageSize = read('pageSize') ?? 12;
  const commentsPerPage = read('commentsPerPage') ?? 50;
  const maxUploadBytes = (read('maxUploadMb') ?? 20) * 1024 * 1024;
  const smtpUrl = read('smtpUrl');
  const mailFrom = read('mailFrom') ?? 'Byline <no-reply@localhost>';
  const pageCacheBytes = (read('pageCacheMb') ?? 64) * 1024 * 1024;
  const fragmentMemoBytes = (read('fragmentMemoMb') ?? 16) * 1024 * 1024;
  const workers = read('workers');
  const trustProxy = read('trustProxy') ?? false;
  const shutdownTimeoutMs = (read('shutdownTimeoutS') ?? 10) * 1000;
  const searchRateLimit = read('searchRateLimit') ?? 60;
  const iconSetting = read('siteIcon');
  const siteIcon = iconSetting === undefined ? undefined : path.resolve(cwd, iconSetting);
  if (siteIcon !== undefined && !existsSync(siteIcon)) problems.push(`BYLINE_SITE_ICON is ${JSON.stringify(iconSetting)}, which does not exist; expected the path of an .svg, .png or .ico file.`);

  if (problems.length > 0) {
    throw new AppError('CONFIG_INVALID', `Byline's configuration is invalid:\n  - ${problems.join('\n  - ')}`);
  }
  return { port, host, baseUrl, dataDir, database, demo, logLevel, pageSize, commentsPerPage, maxUploadBytes, smtpUrl, mailFrom, pageCacheBytes, fragmentMemoBytes, workers, trustProxy, shutdownTimeoutMs, searchRateLimit, siteIcon };
}

function readConfigFile(file: string, required: boolean): Record<string, unknown> {
  if (!existsSync(file)) {
    if (required) throw new AppError('CONFIG_INVALID', `Byline's configuration is invalid:\n  - BYLINE_CONFIG names ${file}, which does not exist.`);
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `Byline's configuration is invalid:\n  - ${file} is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AppError('CONFIG_INVALID', `Byline's configuration is invalid:\n  - ${file} must hold a JSON object of settings.`);
  }
  return parsed as Record<string, unknown>;
}

function parseDatabaseUrl(value: string | undefined, dataDir: string, cwd: string, problems: string[]): DatabaseConfig {
  if (value === undefined) return { dialect: 'sqlite', file: path.join(dataDir, 'byline.db') };
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      problems.push(`DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.`);
    }
    return { dialect: 'postgres', connectionString: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^(sqlite|file):/i.test(value)) {
    problems.push(`DATABASE_URL is ${JSON.stringify(value.replace(/\/\/[^@/]*@/, '//***@'))}, an unsupported kind of database; expected a SQLite file path (or sqlite:PATH) or a postgres:// URL.`);
    return { dialect: 'sqlite', file: path.join(dataDir, 'byline.db') };
  }
  const file = value.replace(/^(sqlite|file):(\/\/)?/i, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
}

/** A connection string safe to print: the password is replaced. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.dialect === 'sqlite') return `SQLite file ${database.file}`;
  const url = new URL(database.connectionString);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.toString()}`;
}

/** An SMTP URL safe to print: the password is replaced. */
export function describeSmtp(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/** A setting that may hold a password, as an error message may show it: any user:password@ hidden. */
function maskCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/i, '$1***@');
}
