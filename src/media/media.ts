// Entry file of the media domain: what other domains and the admin may import.
export { createMediaService, type MediaService } from './media.service.ts';
export { createLocalMediaStorage } from './media-storage.local.ts';
export type { MediaStorage } from './media-storage.ts';
export type { ImageType, MediaItem, MediaQuery, MediaSearch, MediaText, MediaUpload, MediaVariant, VariantFormat } from './media-item.ts';
export { thumbnailUrl } from './media-item.ts';
