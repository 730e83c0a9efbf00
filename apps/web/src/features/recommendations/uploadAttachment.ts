import { ServerError } from '@apollo/client/errors';
import { UPLOAD_CSRF_HEADER } from '@rode-draad/shared';

/** Where a stored attachment is downloaded (a plain link: the session cookie goes along). */
export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/**
 * Sends one file to the upload endpoint (files do not travel through GraphQL). A refusal is thrown
 * as Apollo's ServerError with the API's body, so `describeError` reads its code and reason like
 * any other API error.
 */
export async function uploadAttachment(recommendationId: string, file: File): Promise<void> {
  const response = await fetch(`/api/recommendations/${encodeURIComponent(recommendationId)}/attachments`, {
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
}
