import { isErrorReason } from '@rode-draad/shared';
import type { TestApp } from './test-app';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; [k: string]: unknown } }[];
  headers: Headers;
}

/**
 * Every reason in an answer (the error's, its fields', an import's rows') must be one of the shared
 * ERROR_REASONS, which the web app has text for: so every API test that provokes an error also
 * checks that users will read what went wrong, not a generic message.
 */
function checkReasonsListed(errors: GraphQLResponse['errors']): void {
  for (const error of errors ?? []) {
    const { reason, fields, rows } = error.extensions ?? {};
    const nested = [fields, rows].flatMap((list) =>
      Array.isArray(list) ? (list as { reason?: unknown }[]).map((p) => p.reason) : [],
    );
    for (const value of [...(reason === undefined ? [] : [reason]), ...nested]) {
      if (!isErrorReason(value)) {
        throw new Error(
          `the API answered with reason ${JSON.stringify(value)}, which is not in ERROR_REASONS (packages/shared)`,
        );
      }
    }
  }
}

/**
 * A browser-like client: it keeps the session cookie between calls. Every API test acts as one
 * of these, anonymous until it logs in.
 */
export class Client {
  cookie: string | undefined;

  constructor(
    readonly app: TestApp,
    readonly headers: Record<string, string> = {},
  ) {}

  async post(body: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
        ...headers,
      },
      body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    return response;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.post(JSON.stringify({ query, variables }));
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    checkReasonsListed(body.errors);
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** The data of a call that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The first error's code of a call that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.gql(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { id email role }
}`;

export async function loggedIn(app: TestApp, email: string, password: string): Promise<Client> {
  const client = new Client(app);
  await client.ok(LOGIN, { email, password });
  return client;
}
