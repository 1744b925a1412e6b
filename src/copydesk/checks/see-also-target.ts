// Links and media: a story pinned as related ("See also") that readers cannot see. The box
// leaves it out, so the pin the editor chose silently does nothing.
import type { CopyCheck } from '../copy.ts';

export const seeAlsoTarget: CopyCheck = {
  id: 'see-also-target',
  kind: 'links',
  label: '“See also” pinned to an unpublished story',
  run(input) {
    return input.pinned
      .filter((pin) => !pin.published)
      .map((pin) => ({ severity: 'warning' as const, field: 'related' as const, start: 0, end: 0, message: `“${pin.headline}” is pinned as a related story but is not published, so readers will not see it in “See also”.` }));
  },
};
