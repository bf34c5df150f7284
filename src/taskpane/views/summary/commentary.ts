import type { EvidenceNote, Framework, MeasureSettings } from '../../../domain/framework/types';

export interface CommentaryDraft {
  readonly comment?: string;
  readonly action?: string;
}

export type CommentaryDrafts = Readonly<Record<string, CommentaryDraft>>;

function withText(
  settings: MeasureSettings,
  key: 'comment' | 'action',
  text: string | undefined,
): MeasureSettings {
  if (text === undefined) return settings;
  const trimmed = text.trim();
  if (trimmed) return { ...settings, [key]: text };
  const { [key]: _removed, ...rest } = settings;
  return rest;
}

/** The framework with the drafted commentary and actions applied; blank text removes the setting. */
export function applyCommentary(framework: Framework, drafts: CommentaryDrafts): Framework {
  const ids = Object.keys(drafts);
  if (ids.length === 0) return framework;
  const settings = { ...framework.settings };
  for (const id of ids) {
    const draft = drafts[id];
    const next = withText(withText(settings[id] ?? {}, 'comment', draft.comment), 'action', draft.action);
    if (Object.keys(next).length === 0) delete settings[id];
    else settings[id] = next;
  }
  return { ...framework, settings };
}

/** Drafts that still differ from what the framework holds (the rest were saved). */
export function remainingDrafts(drafts: CommentaryDrafts, saved: Framework): Record<string, CommentaryDraft> {
  const out: Record<string, CommentaryDraft> = {};
  for (const [id, d] of Object.entries(drafts)) {
    const s = saved.settings[id] ?? {};
    const comment =
      d.comment !== undefined && d.comment.trim() !== (s.comment ?? '').trim() ? d.comment : undefined;
    const action =
      d.action !== undefined && d.action.trim() !== (s.action ?? '').trim() ? d.action : undefined;
    if (comment !== undefined || action !== undefined) out[id] = { comment, action };
  }
  return out;
}

export function addEvidence(framework: Framework, note: EvidenceNote): Framework {
  return { ...framework, evidence: [...framework.evidence, note] };
}

export function removeEvidence(framework: Framework, index: number): Framework {
  return { ...framework, evidence: framework.evidence.filter((_, i) => i !== index) };
}

/** Puts a note back at its place (Undo of removing it). */
export function insertEvidence(framework: Framework, index: number, note: EvidenceNote): Framework {
  const evidence = [...framework.evidence];
  evidence.splice(Math.min(Math.max(0, index), evidence.length), 0, note);
  return { ...framework, evidence };
}

/** The note at `index` replaced (an edit). */
export function replaceEvidence(framework: Framework, index: number, note: EvidenceNote): Framework {
  return { ...framework, evidence: framework.evidence.map((n, i) => (i === index ? note : n)) };
}
