import { useCallback, useState } from 'preact/hooks';
import { siteOfHost } from '../../core/domain';
import { bareDomain } from '../../core/host';
import type { BlockRule, JarRules } from '../../core/jar-rules';
import type { ProfileHead } from '../../core/profiles';
import { t, tCount } from '../shared/i18n';
import { send } from '../shared/messaging';
import { ext } from '../shared/runtime';
import { useAction } from '../shared/use-action';
import { downloadText } from '../transfer/download';

/** Each count takes its own form, so the three are separate phrases joined as the UI language joins a list. */
function importedText(result: { protect: number; block: number; profiles: number }): string {
  const parts = [tCount('rulesImportedProtect', result.protect), tCount('rulesImportedBlock', result.block), tCount('rulesImportedProfiles', result.profiles)];
  return t('rulesImported', new Intl.ListFormat(ext.i18n.getUILanguage(), { type: 'conjunction' }).format(parts));
}

/** Every rule Crumb keeps, per site: protected cookies, block rules, profiles; and the rules file. */
export function RulesApp() {
  const [rules, setRules] = useState<JarRules | null>(null);
  const [profiles, setProfiles] = useState<ProfileHead[]>([]);
  const [withValues, setWithValues] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [stored, saved] = await Promise.all([send<'jarRules'>({ type: 'jarRules' }), send<'allProfiles'>({ type: 'allProfiles' })]);
    setRules(stored);
    setProfiles(saved);
  }, []);
  const [act, , said, error] = useAction(load);

  const remove = (id: string) =>
    act(async () => {
      await send<'removeRule'>({ type: 'removeRule', id });
    });
  const protectedBySite = groupBy(rules?.protect ?? [], (rule) => siteOfHost(bareDomain(rule.cookie.domain)));

  return (
    <main class="rules-page">
      <h1>{t('rulesTitle')}</h1>
      <p role="status">{said}</p>
      {error && <p role="alert" class="error">{error}</p>}

      <section aria-labelledby="h-protected">
        <h2 id="h-protected">{t('protectedCookies')}</h2>
        {rules?.protect.length === 0 && <p class="empty">{t('noRules')}</p>}
        {[...protectedBySite].map(([site, list]) => (
          <ul key={site} aria-label={site}>
            {list.map((rule) => (
              <li key={rule.id}>
                <span class="grow" id={`p-${rule.id}`}>
                  <strong>{rule.cookie.name}</strong> {rule.cookie.domain}
                  {rule.cookie.path} = {rule.cookie.value}
                  {rule.pausedUntil !== undefined && rule.pausedUntil > Date.now() && <span class="badge badge-warn">{t('protectionPaused')}</span>}
                </span>
                <button type="button" aria-describedby={`p-${rule.id}`} onClick={() => void remove(rule.id)}>
                  {t('removeRule')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      </section>

      <section aria-labelledby="h-block">
        <h2 id="h-block">{t('blockRules')}</h2>
        {rules?.block.length === 0 && <p class="empty">{t('noRules')}</p>}
        <ul aria-label={t('blockRules')}>
          {rules?.block.map((rule) => (
            <li key={rule.id}>
              {editing === rule.id ? (
                <BlockRuleForm
                  rule={rule}
                  onCancel={() => setEditing(null)}
                  onSave={(name, site, storeId) =>
                    void act(async () => {
                      await send<'editBlockRule'>({ type: 'editBlockRule', id: rule.id, name, site, storeId });
                      setEditing(null);
                    })
                  }
                />
              ) : (
                <>
                  <span class="grow" id={`b-${rule.id}`}>
                    <strong>{rule.name}</strong> {rule.site ?? t('anySite')}
                    {rule.storeId !== null && ` (${t('inStore', rule.storeId)})`} · {tCount('blockedTimes', rule.blocked)}
                  </span>
                  <button type="button" aria-describedby={`b-${rule.id}`} onClick={() => setEditing(rule.id)}>
                    {t('editRule')}
                  </button>
                  <button type="button" aria-describedby={`b-${rule.id}`} onClick={() => void remove(rule.id)}>
                    {t('removeRule')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-profiles">
        <h2 id="h-profiles">{t('profiles')}</h2>
        {profiles.length === 0 && <p class="empty">{t('noRules')}</p>}
        <ul aria-label={t('profiles')}>
          {profiles.map((profile) => (
            <li key={profile.id}>
              <span class="grow" id={`f-${profile.id}`}>
                <strong>{profile.name}</strong> {profile.site} · {tCount('profileCount', profile.count)}
              </span>
              <button type="button" aria-describedby={`f-${profile.id}`} onClick={() =>
                  void act(async () => {
                    await send<'deleteProfile'>({ type: 'deleteProfile', id: profile.id });
                  })
                }>
                {t('deleteProfile')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section class="transfer-rules" aria-label={`${t('exportRules')} / ${t('importRules')}`}>
        <span class="check">
          <input id="with-values" type="checkbox" checked={withValues} aria-describedby="with-values-hint" onChange={(e) => setWithValues(e.currentTarget.checked)} />
          <label for="with-values">{t('includeProfileValues')}</label>
          <small id="with-values-hint" class="hint">
            {t('hintProfileValues')}
          </small>
        </span>
        <button
          type="button"
          onClick={() =>
            void act(async () => {
              const text = await send<'exportRules'>({ type: 'exportRules', withProfileValues: withValues });
              downloadText(text, 'application/json', 'crumb-rules.json');
              return t('rulesExported', 'crumb-rules.json');
            })
          }
        >
          {t('exportRules')}
        </button>
        <label for="import-rules">{t('importRules')}</label>
        <input
          id="import-rules"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            void act(async () => {
              const result = await send<'importRules'>({ type: 'importRules', text: await file.text() });
              const skipped = result.skippedProfiles > 0 ? ` ${tCount('rulesSkippedProfiles', result.skippedProfiles)}` : '';
              return importedText(result) + skipped;
            });
          }}
        />
      </section>
    </main>
  );
}

function BlockRuleForm({ rule, onSave, onCancel }: { rule: BlockRule; onSave: (name: string, site: string | null, storeId: string | null) => void; onCancel: () => void }) {
  const [name, setName] = useState(rule.name);
  const [site, setSite] = useState(rule.site ?? '*');
  const [everyStore, setEveryStore] = useState(rule.storeId === null);
  return (
    <form
      class="rule-edit"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(name, site.trim() === '*' ? null : site, everyStore ? null : rule.storeId);
      }}
    >
      <span class="field">
        <label for="rule-name">{t('ruleName')}</label>
        <input id="rule-name" value={name} required onInput={(e) => setName(e.currentTarget.value)} />
      </span>
      <span class="field">
        <label for="rule-site">{t('ruleSite')}</label>
        <input id="rule-site" value={site} required aria-describedby="rule-site-hint" onInput={(e) => setSite(e.currentTarget.value)} />
        <small id="rule-site-hint" class="hint">
          {t('hintRuleSite')}
        </small>
      </span>
      {rule.storeId !== null && (
        <span class="check">
          <input id="rule-stores" type="checkbox" checked={everyStore} onChange={(e) => setEveryStore(e.currentTarget.checked)} />
          <label for="rule-stores">{t('ruleAllStores')}</label>
        </span>
      )}
      <button type="submit" class="primary">
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
