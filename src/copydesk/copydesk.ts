// Entry file of the copy desk: checks that catch the errors real pages go out with, run as the
// writer types and again at publish. Other domains import from here only.
export { createCopyDeskService, type CopyDeskService, type CopyDraft } from './copydesk.service.ts';
export type { ChangeClass, ChangeText } from './classify-change.ts';
export type { CheckKind, CopyField, Finding, Fix, Severity } from './finding.ts';
export type { OverrideRecord } from './copydesk.repository.ts';
