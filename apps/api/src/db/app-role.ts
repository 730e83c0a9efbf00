import { Client } from 'pg';
import type { Logger } from '../logging/logger';

const APP_GROUP_ROLE = 'rode_draad_app';

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Makes sure the login in `appUrl` can log in and holds the privileges of the `rode_draad_app`
 * group role that the migrations grant. Only acts when something is missing, so an operator who
 * provisioned the login by hand does not need to give the owner CREATEROLE.
 */
export async function provisionAppLogin(ownerUrl: string, appUrl: string, log: Logger): Promise<void> {
  const app = new URL(appUrl);
  const owner = new URL(ownerUrl);
  const login = decodeURIComponent(app.username);
  if (login === decodeURIComponent(owner.username)) {
    log.warn('DATABASE_URL and DATABASE_OWNER_URL use the same role: row-level security then relies on FORCE only');
    return;
  }
  const password = decodeURIComponent(app.password);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    const exists = existing.rowCount === 1;
    const member =
      exists &&
      (
        await client.query<{ member: boolean }>(`SELECT pg_has_role($1, $2, 'MEMBER') AS member`, [
          login,
          APP_GROUP_ROLE,
        ])
      ).rows[0]?.member === true;
    if (login === APP_GROUP_ROLE) {
      await client.query(`ALTER ROLE ${quoteIdent(login)} LOGIN PASSWORD ${quoteLiteral(password)}`);
      return;
    }
    if (!exists) {
      await client.query(
        `CREATE ROLE ${quoteIdent(login)} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${quoteLiteral(password)}`,
      );
    }
    if (!member) {
      await client.query(`GRANT ${APP_GROUP_ROLE} TO ${quoteIdent(login)}`);
    }
  } finally {
    await client.end();
  }
}
