import { Button, Menu } from '@mantine/core';
import { LOCALES, type Locale } from '@rode-draad/shared';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale } from '../i18n';

interface Props {
  /** Also stores the choice elsewhere, e.g. on the account of the logged-in user. */
  onChange?: (locale: Locale) => void;
}

export function LanguageSwitch({ onChange }: Props) {
  const { t } = useTranslation();
  const active = currentLocale();
  const choose = (locale: Locale) => {
    void applyLocale(locale);
    onChange?.(locale);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t('language.current', { language: t(`language.${active}`) })}
        >
          {active.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => choose(locale)}
            rightSection={locale === active ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={locale === active ? 'true' : undefined}
          >
            {t(`language.${locale}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
