/** The only importer of @playwright/test: specs get `test` with an `atlas` driver fixture, and `expect`. */
import { test as base, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';

export { expect };
export type { Page };

export const test = base.extend<{ atlas: AtlasDriver }>({
  atlas: async ({ page }, use) => {
    const driver = new AtlasDriver(page);
    await use(driver);
    driver.assertNoPageErrors();
  },
});
