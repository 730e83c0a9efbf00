import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n';

type Tone = 'success' | 'error' | 'info';

const COLORS: Record<Tone, string> = { success: 'green.8', error: 'red.9', info: 'yellow.8' };

/** Every notification through here gets a close button named in the interface language. */
export function notify(tone: Tone, message: string, id?: string): void {
  if (id) {
    notifications.hide(id);
  }
  notifications.show({
    id,
    color: COLORS[tone],
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
