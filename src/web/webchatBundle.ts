import { fileURLToPath } from 'node:url';
import { vendorDir } from './assets.js';

/**
 * The pinned Web Chat bundle. botframework-webchat with its dependencies is ~485 MB of node_modules
 * (it brings React); its dist/webchat.js stands alone, so the install step fetches only that file
 * from the exact tarball, checked against the registry's published integrity (issue 5: no
 * third-party bundle is committed).
 */
export const WEBCHAT_VERSION = '4.18.1';

/** `npm view botframework-webchat@4.18.1 dist.integrity` — the tarball as published. */
export const WEBCHAT_TARBALL_INTEGRITY =
  'sha512-7jpEUJ7olT62Xm+8eh7BhhIcXVfU2xD4pZDaeBt8K4XcNy6K/83UGIxE9BFkXmHMZ4hDEVOzs5cre07GWuaXzg==';

/** The extracted package/dist/webchat.js, so a present file is trusted only when it is this one. */
export const WEBCHAT_FILE_INTEGRITY = 'sha512-/QHdP14QBRIOHw8gBEffy7VpWq0cTaGkr70Sg3ceo6KO0gaHOIWbC7OXB0Rmqp7sV1c/PU5zDh8p23uz8L88+A==';

export const WEBCHAT_BUNDLE_PATH = fileURLToPath(new URL(`webchat-${WEBCHAT_VERSION}.js`, vendorDir));
