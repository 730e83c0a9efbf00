import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDataSource } from '../db/data-source';
import { bootstrapFirstAnalyst, checkFirstAnalyst } from '../demo/bootstrap-analyst';

const USAGE = `Gives a region its first RIEC analyst (a new account), while it has none.

  RD_FIRST_ANALYST_PASSWORD=... node apps/api/dist/cli/grant-first-analyst.js --email <address> --name <name> [--region <name>]

Connects with DATABASE_OWNER_URL (or DATABASE_URL) as the database owner; run it after the app has
migrated the database. The password comes from RD_FIRST_ANALYST_PASSWORD, not from the command line,
so it stays out of the shell history. Later analysts and coordinators are approved in the app.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  const password = process.env.RD_FIRST_ANALYST_PASSWORD;
  if (values.help || !values.email || !values.name || !password || !url) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const analyst = { email: values.email, password, name: values.name, region: values.region };
  // Before connecting: a weak password is refused without touching the database.
  checkFirstAnalyst(analyst);
  const owner = createDataSource({ url, poolSize: 1, applicationName: 'rode-draad-install' });
  await owner.initialize();
  try {
    const result = await bootstrapFirstAnalyst(owner, analyst);
    const messages = {
      created: `First RIEC analyst created: ${values.email}. The grant is recorded as 'install' in role_grants.`,
      'region-has-analyst':
        'The region has an active RIEC analyst already: nothing done. Ask an administrator to create the account; that analyst approves it.',
      'email-taken': `An account with the e-mail address ${values.email} exists already: nothing done. Choose another address.`,
    } as const;
    process.stdout.write(`${messages[result]}\n`);
    return result === 'created' ? 0 : 1;
  } finally {
    await owner.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
