import { useCallback, useState } from 'preact/hooks';
import type { OperationSummary } from '../../core/operation';
import type { ProfileHead } from '../../core/profiles';
import { t, tCount } from '../shared/i18n';
import { send } from '../shared/messaging';
import { operationId, sendOperation, switchedText } from '../shared/operations';
import { useAction } from '../shared/use-action';

/**
 * The site's saved cookie profiles: save the cookies as they are under a name, switch back to
 * one (a journaled change the popup's notice offers to undo), delete one. Loaded only when the
 * view is opened, to keep the popup's first screen light.
 */
export function Profiles({ tabId, onSwitched }: { tabId: number; onSwitched: (message: string, op: OperationSummary) => void }) {
  const [profiles, setProfiles] = useState<ProfileHead[] | null>(null);
  const [name, setName] = useState('');
  const [unencrypted, setUnencrypted] = useState(false);

  const load = useCallback(() => send<'profiles'>({ type: 'profiles', tabId }).then(setProfiles), [tabId]);
  const [act, busy, said, error, setError] = useAction(load);

  return (
    <section class="profiles" aria-label={t('viewProfiles')}>
      <form
        class="profile-save"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            const saved = await send<'saveProfile'>({ type: 'saveProfile', tabId, name });
            if (saved.tellUnencrypted) setUnencrypted(true);
            setName('');
            return tCount('profileSaved', saved.profile.count, saved.profile.name);
          });
        }}
      >
        <label for="profile-name">{t('profileName')}</label>
        <input id="profile-name" value={name} maxLength={100} autocomplete="off" onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={busy || name.trim() === ''}>
          {t('saveAsProfile')}
        </button>
      </form>
      {unencrypted && <p class="hint">{t('profilesUnencrypted')}</p>}
      <p role="status">{said}</p>
      {error && <p role="alert" class="error">{error}</p>}
      {profiles?.length === 0 && <p class="empty">{t('noProfiles')}</p>}
      <ul aria-label={t('viewProfiles')}>
        {profiles?.map((profile) => (
          <li key={profile.id} class="profile">
            <span class="name" id={`profile-${profile.id}`}>
              {profile.name}
            </span>
            <span class="meta">{tCount('profileCount', profile.count)}</span>
            <button type="button" disabled={busy} aria-describedby={`profile-${profile.id}`} onClick={() =>
              void act(async () => {
                const result = await sendOperation<'switchProfile'>({ type: 'switchProfile', id: operationId(), profile: profile.id });
                const failed = result.failed.map((f) => f.message).join(' ');
                if (failed) setError(failed);
                onSwitched(switchedText(result.done.length), result.op);
              })
            }>
              {t('switchProfile')}
            </button>
            <button type="button" disabled={busy} aria-describedby={`profile-${profile.id}`} onClick={() =>
              void act(async () => {
                await send<'deleteProfile'>({ type: 'deleteProfile', id: profile.id });
                return t('profileDeleted', profile.name);
              })
            }>
              {t('deleteProfile')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
