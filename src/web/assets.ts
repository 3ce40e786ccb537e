/**
 * Where the chat page's files (public/) and the Web Chat bundle (vendor/) are: beside this module
 * in the sources (src/web/), beside the bundle in a build (dist/<fingerprint>/), where
 * src/launch/build.mjs copies both. The one server module that locates files through
 * import.meta.url: the build refuses any other, since bundling moves what import.meta.url names.
 */
export const webAssetsDir = new URL('./', import.meta.url);

export const publicDir = new URL('public/', webAssetsDir);
export const vendorDir = new URL('vendor/', webAssetsDir);
