import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/dialog';
import { downloadJson } from '../../components/download';
import { useStrings } from '../../i18n';
import { MAX_BACKUP_BYTES, createBackup, importBackup, parseBackup, previewImport, type Backup, type ImportPreview } from '../../storage';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; backup: Backup; preview: ImportPreview }
  | { kind: 'message'; tone: 'ok' | 'error'; text: string };

/** Download every attempt as one file; restore one, with a preview, merging without duplicates. */
export function BackupPanel({ onRestored }: { onRestored: (restoredActive: boolean) => void }) {
  const t = useStrings();
  const inputId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download() {
    try {
      const backup = await createBackup(Date.now());
      downloadJson(`ml-associate-mock-backup-${backup.exportedAt.slice(0, 10)}.json`, backup);
    } catch (e) {
      setState({ kind: 'message', tone: 'error', text: t.backup.failed(e instanceof Error ? e.message : String(e)) });
    }
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ kind: 'message', tone: 'error', text: t.backup.rejected(`The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`) });
      return;
    }
    setState({ kind: 'reading' });
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setState({ kind: 'message', tone: 'error', text: t.backup.rejected(parsed.reason) });
      return;
    }
    try {
      setState({ kind: 'preview', backup: parsed.backup, preview: await previewImport(parsed.backup) });
    } catch (e) {
      setState({ kind: 'message', tone: 'error', text: t.backup.failed(e instanceof Error ? e.message : String(e)) });
    }
  }

  async function restore(backup: Backup) {
    try {
      const result = await importBackup(backup);
      setState({ kind: 'message', tone: 'ok', text: t.backup.done(result.newAttempts) });
      onRestored(result.restoresActive);
    } catch (e) {
      setState({ kind: 'message', tone: 'error', text: t.backup.failed(e instanceof Error ? e.message : String(e)) });
    }
  }

  return (
    <section className="card backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t.backup.heading}</h2>
      <p className="muted">{t.backup.intro}</p>
      <div className="backup-actions">
        <button type="button" className="button" onClick={() => void download()}>
          {t.backup.download}
        </button>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label htmlFor={inputId} className="button file-button">
          {t.backup.restore}
        </label>
      </div>
      {state.kind === 'reading' && <p role="status">{t.backup.reading}</p>}
      {state.kind === 'message' && (
        <p role={state.tone === 'error' ? 'alert' : 'status'} className={state.tone === 'error' ? 'message-error' : 'message-ok'}>
          {state.text}
        </p>
      )}
      {state.kind === 'preview' && (
        <ConfirmDialog
          title={t.backup.previewTitle}
          confirmLabel={t.backup.confirm}
          cancelLabel={t.backup.cancel}
          onCancel={() => setState({ kind: 'idle' })}
          onConfirm={() => void restore(state.backup)}
        >
          <p>{t.backup.preview(state.preview.attempts, state.preview.newAttempts, state.preview.restoresActive)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
