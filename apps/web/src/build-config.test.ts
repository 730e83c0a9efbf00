import { describe, expect, it } from 'vitest';
import viteConfig from '../vite.config';

describe('the production build', () => {
  it('emits no source maps, which the server would otherwise publish with the app', () => {
    expect(viteConfig.build?.sourcemap ?? false).toBe(false);
  });
});
