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

/**
 * Skips the running test with the reason when shared data is absent. (With REQUIRE_SHARED_DATA=1 the
 * lookup in support/shared-data.ts has already thrown, so CI fails instead of skipping.)
 */
export function skipWhenMissing(missing: string | null): void {
  test.info().skip(missing !== null, missing ?? undefined);
}
