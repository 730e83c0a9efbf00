import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginDocument, MeDocument } from '../gql/graphql';
import { toApiProblem } from './errors';
import { graphqlRequest } from './graphqlRequest';

function answer(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': contentType },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('graphqlRequest', () => {
  it('posts the operation as Apollo Client does, with __typename in every selection but the root', async () => {
    const fetchMock = answer(200, { data: { me: null } });
    await expect(graphqlRequest(MeDocument)).resolves.toEqual({ me: null });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const body = JSON.parse(init.body as string) as { operationName: string; query: string };
    expect(body.operationName).toBe('Me');
    const query = body.query.replace(/\s+/g, ' ');
    expect(query).toMatch(/^query Me \{ me \{ \.\.\.ViewerFields __typename \} \}/);
    expect(query).toMatch(/fragment ViewerFields on User \{ .* __typename \}/);
  });

  it('raises GraphQL errors the way Apollo Client does, so the login form words them the same', async () => {
    answer(200, {
      data: null,
      errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } }],
    });
    const error = await failure(graphqlRequest(LoginDocument, { email: 'a@b.nl', password: 'x' }));
    expect(toApiProblem(error)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
  });

  it('raises a server error for a non-2xx answer, with its status and body', async () => {
    answer(429, 'slow down', 'text/plain');
    const error = await failure(graphqlRequest(MeDocument));
    expect(toApiProblem(error)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('reads GraphQL errors from a non-2xx answer typed as a GraphQL response', async () => {
    answer(
      400,
      { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] },
      'application/graphql-response+json',
    );
    const error = await failure(graphqlRequest(MeDocument));
    expect(toApiProblem(error)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('treats an unreadable answer as no answer from the server', async () => {
    answer(200, '<html>', 'text/html');
    const error = await failure(graphqlRequest(MeDocument));
    expect(toApiProblem(error).code).toBe('NETWORK');
  });
});
