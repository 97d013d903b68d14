/** The only importer of @playwright/test: specs get `test` with an `atlas` driver fixture, and `expect`. */
import { test as base, expect, selectors, type Page } from '@playwright/test';
import { AtlasDriver, SECTION_TESTID_ENGINE, revealingTestIdEngine } from './atlas-driver';

export { expect };
export type { Page };

export const test = base.extend<{ atlas: AtlasDriver }, { sectionEngine: void }>({
  // Registered once per worker, before any page: getByTestId finds a panel in a closed section and opens it.
  sectionEngine: [async ({}, use) => {
    await selectors.register(SECTION_TESTID_ENGINE, revealingTestIdEngine);
    await use();
  }, { scope: 'worker', auto: true }],
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
