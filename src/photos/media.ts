// What a stored photo may be, and how it is served: one list for restores, imports and the photo route.

/** The image types a photo may have. */
export const PHOTO_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export const isPhotoMediaType = (type: unknown): type is (typeof PHOTO_MEDIA_TYPES)[number] =>
  PHOTO_MEDIA_TYPES.some((t) => t === type);

/** A photo is never a document: it loads nothing and runs nothing, even opened on its own. */
export const PHOTO_CSP = "default-src 'none'; sandbox";
