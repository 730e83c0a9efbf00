import { useQuery } from '@apollo/client/react';
import { Card, Skeleton, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { EvaluationFormDocument } from '../../gql/graphql';
import { AlreadyEvaluated } from './AlreadyEvaluated';
import { EvaluationForm } from './EvaluationForm';

interface Props {
  sessionId: string;
  /** In a modal the modal has the title. */
  withTitle?: boolean;
  onDone?: () => void;
}

/**
 * An attendee's evaluation of a session: the form while they have not answered, then what they
 * answered ("already evaluated"), which they may change until the evaluation window closes.
 */
export function EvaluationPanel({ sessionId, withTitle = true, onDone }: Props) {
  const { t } = useTranslation('evaluations');
  const { data, error, refetch } = useQuery(EvaluationFormDocument, { variables: { sessionId } });
  const [changing, setChanging] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const form = data?.evaluationForm;
  if (form && !form.mine && !form.open) {
    return null;
  }
  const done = () => {
    setChanging(false);
    // Focus goes to the panel's heading, which now says the session has been evaluated.
    requestAnimationFrame(() => titleRef.current?.focus());
    onDone?.();
  };
  const title = form?.mine && !changing ? t('done.title') : t('form.title');

  const body = error ? (
    <QueryError error={error} onRetry={() => void refetch()} />
  ) : !form ? (
    <Skeleton height={120} />
  ) : form.mine && !changing ? (
    <AlreadyEvaluated form={form} onChange={() => setChanging(true)} />
  ) : (
    <EvaluationForm form={form} onDone={done} onCancel={form.mine ? () => setChanging(false) : undefined} />
  );

  if (!withTitle) {
    return body;
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-title">
      <Title order={2} size="h3" id="evaluation-title" mb="sm" ref={titleRef} tabIndex={-1}>
        {title}
      </Title>
      {body}
    </Card>
  );
}
