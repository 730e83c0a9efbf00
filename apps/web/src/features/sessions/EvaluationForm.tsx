import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitEvaluationDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { REGISTRATION_QUERIES } from './useRegistrationActions';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
const COMMENT_MAX = 2000;

interface Props {
  sessionId: string;
  /** In a modal the modal has the title. */
  withTitle?: boolean;
  onDone?: () => void;
}

/** A 1–5 rating as a native radio group (arrow keys, one tab stop) plus an optional comment. */
export function EvaluationForm({ sessionId, withTitle = true, onDone }: Props) {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const [rating, setRating] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [ratingError, setRatingError] = useState(false);
  const [submit, { loading }] = useMutation(SubmitEvaluationDocument, { refetchQueries: REGISTRATION_QUERIES });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!rating) {
      setRatingError(true);
      return;
    }
    submit({ variables: { sessionId, rating: Number(rating), comment: comment.trim() } })
      .then(() => {
        notify('success', t('evaluation.submitted'));
        onDone?.();
      })
      .catch((error: unknown) => {
        const { message } = describeError(error);
        notify('error', tc(message.key, message.values));
      });
  };

  const form = (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('evaluation.intro')}</Text>
        <Radio.Group
          label={t('evaluation.rating')}
          value={rating}
          onChange={(value) => {
            setRating(value);
            setRatingError(false);
          }}
          error={ratingError ? t('evaluation.ratingRequired') : undefined}
          withAsterisk
        >
          <Group gap="md" mt="xs">
            {RATINGS.map((value) => (
              <Radio key={value} value={value} label={t(`evaluation.ratingLabels.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('evaluation.comment')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          maxLength={COMMENT_MAX}
          autosize
          minRows={3}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('evaluation.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );

  if (!withTitle) {
    return form;
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-title">
      <Title order={2} size="h3" id="evaluation-title" mb="sm">
        {t('evaluation.title')}
      </Title>
      {form}
    </Card>
  );
}
