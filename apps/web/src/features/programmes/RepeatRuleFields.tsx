import '@mantine/dates/styles.css';
import { NumberInput, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import {
  REPEAT_FREQUENCIES,
  REPEAT_INTERVAL_MAX,
  SESSION_SERIES_MAX,
  horizonOf,
  parseIsoDate,
} from '@rode-draad/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayOf, weekOfMonthChoices, type RepeatValues } from './seriesForm';

interface Props {
  form: UseFormReturnType<RepeatValues>;
  /** The first session's date, 'YYYY-MM-DD' or '' while not filled in. */
  firstDate: string;
}

/** How a series repeats: weekly or monthly on a weekday, until a date or for a number of times. */
export function RepeatRuleFields({ form, firstDate }: Props) {
  const { t } = useTranslation('programmes');
  const values = form.getValues();
  const validFirst = parseIsoDate(firstDate) !== null;
  const weekday = validFirst ? weekdayOf(firstDate) : null;
  const dayName = weekday === null ? '' : t(`repeat.weekday.${weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6}`);
  const choices = weekOfMonthChoices(firstDate);
  const choiceKey = choices.join(',');

  // A monthly rule follows the first date: moving it to a 3rd Tuesday makes "the 3rd Tuesday".
  useEffect(() => {
    const current = Number(form.getValues().weekOfMonth);
    const first = choiceKey.split(',')[0];
    if (first && !choiceKey.split(',').includes(String(current))) {
      form.setFieldValue('weekOfMonth', first);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the choices change
  }, [choiceKey]);

  const monthlyLabel = (week: number) =>
    week === -1
      ? t('repeat.lastWeekday', { day: dayName })
      : t('repeat.nthWeekday', { nth: t(`repeat.nth.${week as 1 | 2 | 3 | 4 | 5}`), day: dayName });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('repeat.frequency')}
          data={REPEAT_FREQUENCIES.map((f) => ({ value: f, label: t(`repeat.frequencies.${f}`) }))}
          allowDeselect={false}
          {...form.getInputProps('frequency')}
        />
        <NumberInput
          label={t(values.frequency === 'WEEKLY' ? 'repeat.everyWeeks' : 'repeat.everyMonths')}
          min={1}
          max={REPEAT_INTERVAL_MAX}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('interval')}
        />
        {values.frequency === 'MONTHLY' ? (
          <Select
            label={t('repeat.onWeekday')}
            description={t('repeat.fifthHint')}
            data={choices.map((w) => ({ value: String(w), label: monthlyLabel(w) }))}
            disabled={choices.length === 0}
            placeholder={t('repeat.pickFirstDate')}
            allowDeselect={false}
            {...form.getInputProps('weekOfMonth')}
          />
        ) : (
          <Text size="sm" mt={{ sm: 28 }}>
            {weekday === null ? t('repeat.pickFirstDate') : t('repeat.weeklyOn', { day: dayName })}
          </Text>
        )}
      </SimpleGrid>
      <Radio.Group label={t('repeat.ends')} {...form.getInputProps('end')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xs">
          <Stack gap="xs">
            <Radio value="count" label={t('repeat.endCount')} />
            {values.end === 'count' && (
              <NumberInput
                label={t('repeat.count')}
                description={t('repeat.countHint', { max: SESSION_SERIES_MAX })}
                min={1}
                max={SESSION_SERIES_MAX}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                {...form.getInputProps('count')}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Radio value="until" label={t('repeat.endUntil')} />
            {values.end === 'until' && (
              <DatePickerInput
                label={t('repeat.until')}
                description={t('repeat.untilHint')}
                valueFormat="D MMMM YYYY"
                minDate={validFirst ? firstDate : undefined}
                maxDate={validFirst ? horizonOf(firstDate) : undefined}
                clearable
                {...form.getInputProps('until')}
                value={values.until || null}
                onChange={(value) => form.setFieldValue('until', value ?? '')}
              />
            )}
          </Stack>
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}
