import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ValidatingForm {
  errors: Record<string, unknown>;
  validate: () => unknown;
}

/** Validation messages are texts in the language of the moment; shown ones follow a language switch. */
export function useRevalidateOnLanguageChange(form: ValidatingForm): void {
  const { i18n } = useTranslation();
  const formRef = useRef(form);
  formRef.current = form;
  useEffect(() => {
    if (Object.keys(formRef.current.errors).length > 0) {
      formRef.current.validate();
    }
  }, [i18n.language]);
}
