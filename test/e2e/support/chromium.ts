/** Debian's Chromium with SwiftShader WebGL: the same launch as `atlas export` uses. */
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../src/cli/chromium';
