/**
 * Welsh words for file formats in and out (issue 19); the same keys as messages-formats-en.ts.
 */
import type { formatMessagesEn } from './messages-formats-en';

export const formatMessagesCy: Record<keyof typeof formatMessagesEn, string> = {
  'formats.layerCrs.projected': "wedi'i ail-daflunio o {name}",
};

/** Keys of this file whose Welsh is our own wording and still needs review by a Welsh speaker. */
export const formatWelshReviewNeeded: ReadonlyArray<keyof typeof formatMessagesEn> = [];
