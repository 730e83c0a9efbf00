import { MultiSelect, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PlanningOptions } from './usePlanningOptions';
import { EVALUATION_WINDOW_DAYS_MAX } from '@rode-draad/shared';
import { SESSION_CAPACITY_MAX, SETTABLE_STATUSES, type SessionRowValues } from './sessionForm';
import { DateField, TimeField } from '../../components/DateFields';

export interface SessionsFormValues {
  sessions: SessionRowValues[];
}

interface Props {
  form: UseFormReturnType<SessionsFormValues>;
  index: number;
  options: PlanningOptions;
}

/** The fields of one session; the planner shows one per row of a series, the edit dialog one. */
export function SessionRowFields({ form, index, options }: Props) {
  const { t } = useTranslation('programmes');
  const path = (field: keyof SessionRowValues) => `sessions.${index}.${field}`;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DateField label={t('sessionForm.date')} required {...form.getInputProps(path('date'))} />
        <TimeField label={t('sessionForm.start')} required {...form.getInputProps(path('start'))} />
        <TimeField label={t('sessionForm.end')} required {...form.getInputProps(path('end'))} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('sessionForm.venue')}
          placeholder={t('sessionForm.venuePlaceholder')}
          description={t('sessionForm.placeHint')}
          data={options.venues}
          searchable
          clearable
          {...form.getInputProps(path('venueId'))}
        />
        <TextInput
          type="url"
          label={t('sessionForm.onlineUrl')}
          placeholder="https://"
          autoComplete="off"
          {...form.getInputProps(path('onlineUrl'))}
        />
        <Select
          label={t('sessionForm.host')}
          placeholder={t('sessionForm.hostPlaceholder')}
          data={options.municipalities}
          searchable
          clearable
          {...form.getInputProps(path('hostMunicipalityId'))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
        <NumberInput
          label={t('sessionForm.capacity')}
          required
          min={1}
          max={SESSION_CAPACITY_MAX}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps(path('capacity'))}
        />
        <NumberInput
          label={t('sessionForm.maxPerMunicipality')}
          description={t('sessionForm.maxPerMunicipalityHint')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps(path('maxPerMunicipality'))}
        />
        <DateField
          label={t('sessionForm.deadlineDate')}
          description={t('sessionForm.deadlineHint')}
          {...form.getInputProps(path('deadlineDate'))}
        />
        <TimeField label={t('sessionForm.deadlineTime')} {...form.getInputProps(path('deadlineTime'))} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          label={t('sessionForm.facilitators')}
          placeholder={t('sessionForm.facilitatorsPlaceholder')}
          data={options.facilitators}
          searchable
          hidePickedOptions
          {...form.getInputProps(path('facilitatorIds'))}
        />
        <Select
          label={t('sessionForm.status')}
          data={SETTABLE_STATUSES.map((s) => ({ value: s, label: t(`sessionStatus.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps(path('status'))}
        />
        <NumberInput
          label={t('sessionForm.evaluationWindow')}
          description={t('sessionForm.evaluationWindowHint')}
          min={1}
          max={EVALUATION_WINDOW_DAYS_MAX}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps(path('evaluationWindowDays'))}
        />
      </SimpleGrid>
      <Switch
        label={t('sessionForm.showNames')}
        description={t('sessionForm.showNamesHint')}
        {...form.getInputProps(path('showParticipantNames'), { type: 'checkbox' })}
      />
    </>
  );
}
