import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
// After Mantine's styles, so its focus rules give way to the app's ring.
import './focus.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html lacks the #root element');
}

// Not a top-level await: that turns off Rolldown's chunk optimisations for the whole build and left the
// first load spread over dozens of small files.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
