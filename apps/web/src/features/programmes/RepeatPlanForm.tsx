import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlanSessionSeriesDocument, SessionSeriesPreviewDocument } from '../../gql/graphql';
import { describeError, toApiProblem } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { RepeatRuleFields } from './RepeatRuleFields';
import { SeriesPreviewList, type SeriesOccurrence } from './SeriesPreviewList';
import { showSessionSaveError } from './sessionErrors';
import type { SessionRowValues } from './sessionForm';
import { validateSessions } from './sessionFormValidate';
import { SessionRowFields, type SessionsFormValues } from './SessionRowFields';
import { SameAsPreviousButton } from './SameAsPreviousButton';
import {
  defaultRepeat,
  repeatFieldOf,
  sameAsPrevious,
  toSeriesInput,
  validateRepeat,
  type CarriedOver,
  type RepeatValues,
} from './seriesForm';
import type { PlanningOptions } from './usePlanningOptions';

interface Props {
  activityId: string;
  /** The first session as the planner starts it (the programme's default status, "same as previous"). */
  initialRow: SessionRowValues;
  /** The activity's last session, for "same as previous"; null when it has none. */
  previous: CarriedOver | null;
  options: PlanningOptions;
  backPath: string;
  onPlanned: (count: number) => void;
}

/**
 * Plans a series from a repeat rule: the first session is the template, the preview shows every
 * date with its clashes, the planner drops dates, and the rest is saved in one go (all or nothing).
 */
export function RepeatPlanForm({ activityId, initialRow, previous, options, backPath, onPlanned }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [planSeries, planning] = useMutation(PlanSessionSeriesDocument);
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<{ key: string; occurrences: SeriesOccurrence[] } | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<SessionsFormValues>({
    mode: 'controlled',
    initialValues: { sessions: [initialRow] },
    validate: (values) => validateSessions(values, t),
  });
  const repeat = useForm<RepeatValues>({
    mode: 'controlled',
    initialValues: defaultRepeat(),
    validate: (values) => {
      const found = validateRepeat(form.getValues().sessions[0]!.date, values);
      return found ? { [found.field]: tc(`errors.field.${found.reason}`) } : {};
    },
  });
  useRevalidateOnLanguageChange(form);
  useRevalidateOnLanguageChange(repeat);
  const row = form.values.sessions[0]!;
  const key = JSON.stringify([row, repeat.values]);
  const current = preview?.key === key ? preview : null;
  const kept = current ? current.occurrences.filter((o) => !skipped.has(o.date)) : [];
  const clashing = kept.filter((o) => o.clashes.length > 0).length;

  /** Places the API's refusal at its field (the first session's or the rule's), else above the form. */
  const showError = (error: unknown) => {
    const ruleFields = toApiProblem(error).fields.some((f) => repeatFieldOf(f.field));
    if (ruleFields) {
      // The rule's fields are named as in the API (interval, weekOfMonth, until, count).
      repeat.setErrors(translateFieldErrors(describeError(error).fieldErrors, tc));
      return;
    }
    const outcome = showSessionSaveError(error, form, t, tc, i18n.language, false);
    setProblem(outcome.kind === 'message' ? outcome.text : null);
  };

  const validate = () => !form.validate().hasErrors && !repeat.validate().hasErrors;

  const showPreview = async () => {
    setProblem(null);
    if (!validate()) {
      return;
    }
    setPreviewing(true);
    try {
      const { data } = await client.query({
        query: SessionSeriesPreviewDocument,
        variables: { activityId, input: toSeriesInput(row, repeat.values) },
        fetchPolicy: 'network-only',
      });
      setPreview({ key, occurrences: data?.sessionSeriesPreview ?? [] });
      setSkipped(new Set());
    } catch (error) {
      setPreview(null);
      showError(error);
    } finally {
      setPreviewing(false);
    }
  };

  const save = async () => {
    setProblem(null);
    if (!current || !validate()) {
      return;
    }
    try {
      const result = await planSeries({
        variables: {
          activityId,
          input: { ...toSeriesInput(row, repeat.values), skipDates: [...skipped] },
        },
      });
      onPlanned(result.data?.planSessionSeries.length ?? kept.length);
    } catch (error) {
      showError(error);
      // Someone booked in between: show the dates as they are now.
      await showPreview();
    }
  };

  const toggle = (date: string) =>
    setSkipped((before) => {
      const next = new Set(before);
      if (!next.delete(date)) {
        next.add(date);
      }
      return next;
    });

  return (
    <Stack gap="lg">
      {problem && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {problem}
        </Alert>
      )}
      <Card withBorder padding="lg" component="fieldset" aria-labelledby="series-first" m={0}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h4" id="series-first">
              {t('repeat.firstSession')}
            </Title>
            <SameAsPreviousButton
              previous={previous}
              rowLabel={t('repeat.firstSession')}
              onApply={(carried) => form.setFieldValue('sessions.0', sameAsPrevious(row, carried))}
            />
          </Group>
          <Text size="sm">{t('repeat.firstSessionHint')}</Text>
          <SessionRowFields form={form} index={0} options={options} />
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="fieldset" aria-labelledby="series-rule" m={0}>
        <Stack gap="md">
          <Title order={2} size="h4" id="series-rule">
            {t('repeat.title')}
          </Title>
          <RepeatRuleFields form={repeat} firstDate={row.date} />
          <Group>
            <Button
              variant="default"
              leftSection={<IconEye size={18} aria-hidden />}
              loading={previewing}
              onClick={() => void showPreview()}
            >
              {t(preview && !current ? 'preview.refresh' : 'preview.show')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <section aria-labelledby="series-preview" aria-live="polite">
        <Title order={2} size="h4" id="series-preview" mb="sm">
          {t('preview.title')}
        </Title>
        {!current ? (
          <Text size="sm">{t(preview ? 'preview.outdated' : 'preview.none')}</Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm">
              {t('preview.summary', { count: current.occurrences.length, kept: kept.length })}
              {clashing > 0 && ` ${t('preview.clashing', { count: clashing })}`}
            </Text>
            <SeriesPreviewList occurrences={current.occurrences} skipped={skipped} onToggle={toggle} />
          </Stack>
        )}
      </section>
      <Group justify="flex-end" gap="sm">
        <Button component={Link} to={backPath} variant="default">
          {t('plan.cancel')}
        </Button>
        <Button onClick={() => void save()} loading={planning.loading} disabled={!current || kept.length === 0}>
          {t('preview.save', { count: kept.length })}
        </Button>
      </Group>
    </Stack>
  );
}
