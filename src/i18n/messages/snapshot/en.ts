// English source of the strings of: Snapshots, share links and the read-only viewer. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

type Name = { name: string };

export const snapshotEn = {
  snapshotHeading: 'Backups and sharing',
  snapshotLead: 'Snapshots are files that Yardstick writes and reads on this device; nothing is uploaded.',
  snapshotBackup: 'Back up this workspace',
  snapshotBackupAbout: 'Every imported row, with settings, goals and alerts — keep it private.',
  snapshotShare: 'Share KPIs',
  snapshotShareAbout: 'Monthly KPI values, cohorts, goals; no customer-level data.',
  snapshotBuilding: 'Preparing the file…',
  snapshotProgress: ({ done, total }: { done: string; total: string }) => `${done} of ${total} rows written`,
  snapshotReady: ({ name, size }: { name: string; size: string }) => `${name} is ready: ${size}.`,
  snapshotSave: 'Save the file',
  snapshotCancel: 'Cancel',
  snapshotClose: 'Close',
  snapshotCancelled: 'The file was not made.',
  snapshotSaved: ({ name }: Name) => `Saved ${name}.`,
  snapshotNoWorkspace: 'There is no workspace yet: import files first.',

  snapshotOpenHeading: 'Open a snapshot',
  snapshotOpenHelp:
    'A backup restores a workspace; shared KPIs open in a read-only viewer. Snapshot files can also be dropped on the Import page.',
  snapshotInputLabel: 'Choose a snapshot file (.yardstick.json)',
  snapshotReading: 'Checking the file…',
  snapshotPreviewHeading: ({ name }: Name) => `Snapshot of “${name}”`,
  snapshotPreviewMade: ({ date, app }: { date: string; app: string }) =>
    `Made on ${date} by Yardstick ${app}.`,
  snapshotPreviewRows: ({ datasets, rows }: { datasets: string; rows: string }) =>
    `${datasets} datasets, ${rows} rows.`,
  snapshotPreviewGoals: ({ goals, rules }: { goals: string; rules: string }) =>
    `${goals} goals, ${rules} alert rules.`,
  snapshotMigrated: ({ steps }: { steps: string }) =>
    `Written by an older version; brought up to date: ${steps}.`,
  snapshotModeLabel: 'Restore into',
  snapshotModeNew: 'A new workspace',
  snapshotModeReplace: ({ name }: Name) => `“${name}”, replacing what it holds`,
  snapshotConfirmNew: 'Restore into a new workspace',
  snapshotConfirmReplace: ({ name }: Name) => `Replace “${name}”`,
  snapshotDuplicate: ({ name }: Name) =>
    `This snapshot was already restored as “${name}”: opening it again adds nothing.`,
  snapshotRestoring: 'Restoring…',
  snapshotRestored: ({ name }: Name) => `Restored “${name}”. It is the workspace on screen now.`,
  snapshotAlready: ({ name }: Name) =>
    `Already restored as “${name}”: nothing was added. It is on screen now.`,
  snapshotUndo: 'Undo the restore',
  snapshotUndone: 'The restore was undone.',
  snapshotOpenViewer: 'Open in the viewer',
  snapshotKpisFile: 'This file holds shared KPI values: it opens in the read-only viewer.',

  snapshotEmpty: 'The file is empty.',
  snapshotTooBig: ({ size, limit }: { size: string; limit: string }) =>
    `The file is too large to open (${size}; at most ${limit}).`,
  snapshotTruncated: 'The file is cut short: it ends in the middle. Copy or download it again.',
  snapshotNotJson: 'This is not a Yardstick snapshot: the file is not JSON.',
  snapshotWrongFormat: 'This JSON file is not a Yardstick snapshot: it does not say “yardstick-snapshot”.',
  snapshotNewer: ({ version, supported }: { version: string; supported: string }) =>
    `This snapshot is version ${version}, made by a newer Yardstick; this one reads up to version ${supported}. Update the app, then open it again.`,
  snapshotUnknownVersion: ({ version }: { version: string }) =>
    `This snapshot has version ${version}, which no Yardstick writes.`,
  snapshotPrototypeKey: ({ key, path }: { key: string; path: string }) =>
    `The file was refused for safety: it holds the key “${key}” (at ${path}), which no snapshot has.`,
  snapshotWrongTypes: ({ path }: { path: string }) =>
    `The file has a value of the wrong kind at ${path || 'its top level'}: it was changed or damaged after it was made.`,
  snapshotLinkDamaged: 'The link is damaged or incomplete: ask for it again, or for the file.',
  snapshotLinkPassphrase: 'The passphrase is wrong, or the link was changed.',
  snapshotLinkNeedsPassphrase: 'This link is protected: enter its passphrase.',
  snapshotFailed: ({ message }: { message: string }) => `The snapshot could not be opened: ${message}`,
  snapshotNothingWritten: 'Nothing was changed.',

  shareLinkButton: 'Make a share link',
  shareLinkAbout: 'A link holds the KPI values in its own text: whoever has it can open them, offline too.',
  shareLinkPassphrase: 'Passphrase (optional)',
  shareLinkPassphraseHelp: 'Never part of the link: send it another way.',
  shareLinkMake: 'Make the link',
  shareLinkMaking: 'Making the link…',
  shareUrlLabel: 'Share link',
  shareLinkLength: ({ count }: { count: string }) => `${count} characters.`,
  shareLinkTooLong:
    'This link is longer than 8,000 characters: chat tools and mail may cut it. Send the file instead.',
  shareLinkOfferFile: 'Save the KPIs file instead',
  shareLinkCopy: 'Copy the link',
  shareLinkCopied: 'Link copied to the clipboard.',
  shareLinkCopyFailed: 'Copying was not allowed here: select the link and copy it.',

  viewerBanner: ({ name, date, source }: { name: string; date: string; source: string }) =>
    `Shared KPIs of “${name}”, made on ${date}, opened from ${source}. Read-only: nothing is stored unless you save it.`,
  viewerFromLink: 'a link',
  viewerFromFile: ({ name }: Name) => `the file ${name}`,
  viewerSave: 'Save as workspace',
  viewerSaveHelp:
    'It becomes a workspace of KPI values: its dashboard and goals show them, but it cannot be segmented.',
  viewerSaved: ({ name }: Name) => `Saved as the workspace “${name}”.`,
  viewerPassphraseOpen: 'Open',
  viewerNothing: 'Nothing to show: open a share link, or a KPIs snapshot file from Settings.',
  viewerOpening: 'Opening the shared KPIs…',
  viewerGoalsHeading: 'Goals',
  viewerNoGoals: 'No goals were shared.',
  viewerTargetOf: ({ kpi, from, to }: { kpi: string; from: string; to: string }) =>
    `${kpi}: from ${from} to ${to}`,
  viewerBoardLink: 'Board',

  backupLast: ({ date }: { date: string }) => `Last backup of this workspace: ${date}.`,
  backupNever: 'This workspace has not been backed up on this device yet.',
  backupSuggest:
    'This browser did not promise to keep stored data: it may clear it when space runs low. Back up regularly.',
};

export type SnapshotMessages = CatalogueOf<typeof snapshotEn>;
