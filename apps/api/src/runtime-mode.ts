/**
 * NODE_ENV as the operator set it, before the server process gives it a default.
 *
 * Two things go by NODE_ENV. The libraries pick their own mode from it: graphql-js 16 chooses its
 * `instanceOf` when it is first loaded (outside production every failed check also looks for a second
 * copy of graphql, on every type test while executing), Express and Apollo's landing page follow it too.
 * And NODE_ENV=production is documented as "deployed": no introspection or field suggestions, a Secure
 * session cookie, RD_LINK_SECRET required (config.ts). `npm start` on a laptop over http://localhost
 * must run as fast as a deployment without becoming one, so the process runs its libraries in
 * production mode unless NODE_ENV says otherwise (`npm run dev` sets development), while the
 * configuration reads only the operator's value.
 */
export function defaultLibrariesToProduction(env: NodeJS.ProcessEnv): string | undefined {
  const operatorValue = env.NODE_ENV || undefined;
  if (operatorValue === undefined) {
    env.NODE_ENV = 'production';
  }
  return operatorValue;
}

/** Imported by main.ts before anything that loads graphql or express. */
export const operatorNodeEnv = defaultLibrariesToProduction(process.env);
