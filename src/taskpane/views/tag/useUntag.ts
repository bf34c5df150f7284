import { useCallback, useState } from 'react';
import type { PmfService, RemovedTags, TagListItem } from '../../../excel/operations-types';
import { useFocusAfterRender } from '../../components/focus';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../errors';
import { sortTags } from './tagDisplay';

/** Where focus goes once tags are removed: the next tag in the list, or the Tag button. */
export type AfterUntag = 'nextInList' | 'tagButton';

export interface UntagModel {
  /** Tags ticked in the list for untagging together. */
  readonly selected: ReadonlySet<string>;
  readonly toggleSelected: (tagId: string) => void;
  readonly clearSelected: () => void;
  /** Removes the tags in one write and offers Undo. */
  readonly untag: (tagIds: readonly string[], after: AfterUntag) => void;
}

/** A tag's name in a notice: its measure, or a table's name ('903 episodes table'). */
function tagName(item: TagListItem): string {
  return item.tag.kind === 'table' ? item.tag.label : item.tag.measureId;
}

/** 'the S01 tag from 'Monthly'' or '3 tags (S01, S02, H01)'. */
function describeTags(items: readonly TagListItem[]): string {
  if (items.length === 1) return `the ${tagName(items[0])} tag from '${items[0].tag.sheet}'`;
  return `${items.length} tags (${items.map(tagName).join(', ')})`;
}

/**
 * Untagging from the Tag view: one tag or the ticked ones, in one write; the notice offers Undo, which puts
 * back exactly what was removed; focus moves to the next tag of the list (or the Tag button).
 */
export function useUntag({
  service,
  tags,
  reload,
  setBusy,
  setError,
  alive,
}: {
  readonly service: PmfService;
  readonly tags: readonly TagListItem[];
  /** Reads the workbook and the selection again. */
  readonly reload: () => Promise<unknown>;
  readonly setBusy: (busy: boolean) => void;
  readonly setError: (error: string | null) => void;
  readonly alive: { readonly current: boolean };
}): UntagModel {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { notify } = useNotices();
  const focus = useFocusAfterRender();

  const untag = useCallback(
    (tagIds: readonly string[], after: AfterUntag) => {
      const ids = new Set(tagIds);
      const items = tags.filter((t) => ids.has(t.tag.id));
      if (items.length === 0) return;
      // The tag after the first removed one in the list as shown (or before it, at the end).
      const order = sortTags(tags);
      const first = order.findIndex((t) => ids.has(t.tag.id));
      const next =
        order.slice(first).find((t) => !ids.has(t.tag.id)) ??
        [...order.slice(0, first)].reverse().find((t) => !ids.has(t.tag.id));
      setBusy(true);
      setError(null);
      void (async () => {
        let removed: RemovedTags;
        try {
          removed = tagIds.length === 1 ? await service.untag(tagIds[0]) : await service.untagMany(tagIds);
        } catch (e) {
          if (alive.current) {
            setError(describeError(e, { sheet: items[0].tag.sheet }));
            setBusy(false);
          }
          return;
        }
        if (!alive.current) return;
        const what = describeTags(items);
        notify({
          text: `Removed ${what}.`,
          undo: async () => {
            await service.restoreTags(removed);
            await reload();
            return `Put back ${what}.`;
          },
        });
        setSelected((s) => new Set([...s].filter((id) => !ids.has(id))));
        await reload();
        if (!alive.current) return;
        setBusy(false);
        if (after === 'tagButton') focus('[data-action="tag"]');
        else focus(next ? `[data-tag-id="${next.tag.id}"] [data-focus-target]` : '#tag-list-heading');
      })();
    },
    [tags, service, reload, setBusy, setError, alive, notify, focus],
  );

  return {
    selected,
    toggleSelected: useCallback(
      (tagId: string) =>
        setSelected((s) => {
          const n = new Set(s);
          if (n.has(tagId)) n.delete(tagId);
          else n.add(tagId);
          return n;
        }),
      [],
    ),
    clearSelected: useCallback(() => setSelected(new Set()), []),
    untag,
  };
}
