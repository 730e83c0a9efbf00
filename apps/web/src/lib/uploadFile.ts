import { ServerError } from '@apollo/client/errors';
import { UPLOAD_CSRF_HEADER } from '@rode-draad/shared';

/**
 * Sends one file to an upload endpoint of the API (files do not travel through GraphQL): the raw
 * bytes, the name percent-encoded, the CSRF header. A refusal is thrown as Apollo's ServerError
 * with the API's body, so `describeError` reads its code and reason like any other API error.
 */
export async function uploadFile(url: string, file: File): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      [UPLOAD_CSRF_HEADER]: '1',
    },
    body: file,
  });
  if (!response.ok) {
    throw new ServerError(`Upload refused (${response.status})`, { response, bodyText: await response.text() });
  }
  return response;
}
