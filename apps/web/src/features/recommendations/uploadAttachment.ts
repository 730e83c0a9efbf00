import { uploadFile } from '../../lib/uploadFile';

/** Where a stored attachment is downloaded (a plain link: the session cookie goes along). */
export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

/** Sends one evidence file of a recommendation (see `uploadFile` for how a refusal is reported). */
export async function uploadAttachment(recommendationId: string, file: File): Promise<void> {
  await uploadFile(`/api/recommendations/${encodeURIComponent(recommendationId)}/attachments`, file);
}
