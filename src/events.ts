// Typed in-process events. Services emit facts in the past tense after their transaction
// commits; side effects (cache purge, reindex, related refresh, email) subscribe in app.ts.
// Listeners run in order and a failing listener is reported, never allowed to fail the emitter.
export interface EventMap {
  'comment.posted': { commentId: number; articleId: number; status: 'pending' | 'approved' | 'spam' };
  'comment.moderated': { commentId: number; articleId: number; from: 'pending' | 'approved' | 'spam' | 'trash'; to: 'pending' | 'approved' | 'spam' | 'trash' };
  'article.saved': { articleId: number; status: 'draft' | 'scheduled' | 'published' };
  'article.published': { articleId: number };
  'article.unpublished': { articleId: number };
  /** An editor pinned, excluded or cleared a related article: the article's page changed. */
  'related.changed': { articleId: number };
  'media.uploaded': { mediaId: number };
  /** Stored bodies rendered again under newer sanitizer rules whose HTML changed (content/stored-html.service.ts). */
  'bodies.resanitized': { articleIds: number[]; pageIds: number[] };
  /** `ids`: which sections, tags, people or pages (absent: any); `navigation`: what the site's menus show changed too. */
  'site.changed': { what: 'settings' | 'section' | 'tag' | 'person' | 'page' | 'menu' | 'front'; ids?: number[]; navigation?: boolean };
}

export type EventName = keyof EventMap;
type Listener<K extends EventName> = (payload: EventMap[K]) => void | Promise<void>;

export interface Events {
  on<K extends EventName>(name: K, listener: Listener<K>): void;
  emit<K extends EventName>(name: K, payload: EventMap[K]): Promise<void>;
}

export function createEvents(onListenerError: (error: unknown, name: EventName) => void): Events {
  const listeners = new Map<EventName, Listener<any>[]>();
  return {
    on(name, listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    },
    async emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          await listener(payload);
        } catch (error) {
          onListenerError(error, name);
        }
      }
    },
  };
}
