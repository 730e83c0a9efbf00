import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html lacks the #root element');
}

await initI18n();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
