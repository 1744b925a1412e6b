// Entry file of the auth domain: accounts, sessions, passwords and roles.
export { createAuthService, linkLifetimeMs, normalizeEmail, sessionLifetimeMs, type AuthService, type User } from './auth.service.ts';
export { can, canSetByline, isRole, roleFrom, roles, type Action, type Role, type Viewer } from './roles.ts';
export { passwordProblem } from './password.ts';
