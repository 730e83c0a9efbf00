import { FileInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ATTACHMENT_MAX_BYTES, PROGRESS_LINKS_MAX, PROGRESS_NOTE_MAX_LENGTH } from '@rode-draad/shared';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_ACCEPT, linksProblem } from './followUpForm';

/** The validation of the links field, in the panel's and the owner's form alike. */
export function useLinksError(): (value: string) => string | null {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  return (value) => {
    const problem = linksProblem(value);
    return problem === 'INVALID_LINK'
      ? tc('errors.field.INVALID_LINK')
      : problem === 'TOO_MANY_LINKS'
        ? t('panel.tooManyLinks', { max: PROGRESS_LINKS_MAX })
        : null;
  };
}

type InputProps = ReturnType<UseFormReturnType<Record<string, unknown>>['getInputProps']>;

interface Props {
  note: InputProps;
  noteHint: string;
  links: InputProps;
  files: File[];
  onFilesChange: (files: File[]) => void;
  filesError: string | undefined;
}

/** What was done and the evidence for it: a progress note, links and files, as the coordinator's panel and the owner's form ask them. */
export function EvidenceFields({ note, noteHint, links, files, onFilesChange, filesError }: Props) {
  const { t } = useTranslation('recommendations');
  return (
    <>
      <Textarea
        label={t('panel.note')}
        description={noteHint}
        autosize
        minRows={3}
        maxLength={PROGRESS_NOTE_MAX_LENGTH}
        {...note}
      />
      <Textarea
        label={t('panel.links')}
        description={t('panel.linksHint', { max: PROGRESS_LINKS_MAX })}
        placeholder="https://"
        autosize
        minRows={1}
        {...links}
      />
      <FileInput
        label={t('panel.files')}
        description={t('panel.filesHint', { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) })}
        leftSection={<IconPaperclip size={16} aria-hidden />}
        multiple
        clearable
        accept={ATTACHMENT_ACCEPT}
        value={files}
        onChange={onFilesChange}
        error={filesError}
      />
    </>
  );
}
