// The welcome tab: what Ladder is for, where its data lives, and the first things to do.
import { Codicon } from '../../ui/Codicon';
import { Kbd } from '../../ui/Kbd';
import { executeCommand, getCommand } from '../../workbench/registry';
import { notify, setTabMeta } from '../../workbench/store';
import { inputKey } from '../../workbench/types';
import { useEffect } from 'react';
import type { EditorPaneProps } from '../../workbench/types';
import { appInfoRead } from './welcomeQueries';

const ACTIONS: { id: string; label: string; icon: string }[] = [
  { id: 'journal.newAccomplishment', label: 'New Accomplishment', icon: 'star-full' },
  { id: 'journal.newPraise', label: 'New Praise', icon: 'heart' },
  { id: 'journal.openProfilePage', label: 'Open Profile Page', icon: 'person' },
  { id: 'search.focus', label: 'Find in Journal', icon: 'search' },
  { id: 'workbench.commandPalette', label: 'Command Palette', icon: 'terminal' },
];

function run(id: string): void {
  executeCommand(id).catch((error: unknown) =>
    notify('error', error instanceof Error ? error.message : 'That action failed.'),
  );
}

export function WelcomePage({ input }: EditorPaneProps) {
  const key = inputKey(input);
  useEffect(() => setTabMeta(key, { title: 'Welcome', icon: 'home' }), [key]);
  const info = appInfoRead.use({});
  const actions = ACTIONS.filter((a) => getCommand(a.id));
  return (
    <article className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Ladder</h1>
      <p className="welcome-lead">
        A quiet place to keep track of your work and to get ready for the conversations that shape
        your career.
      </p>
      <p>
        Jot down what you achieved, the thanks you received and the lessons you learned while they
        are fresh. Keep your values, strengths, skills and goals up to date. When it is time to talk
        with your manager about where you are heading, the evidence is already here.
      </p>

      <h2>Start here</h2>
      <ul className="welcome-actions">
        {actions.map((action) => {
          const binding = getCommand(action.id)?.keybinding;
          return (
            <li key={action.id}>
              <button type="button" className="welcome-action" onClick={() => run(action.id)}>
                <Codicon name={action.icon} />
                <span className="welcome-action-label">{action.label}</span>
                {binding && <Kbd binding={binding} />}
              </button>
            </li>
          );
        })}
      </ul>

      <h2>Your data stays with you</h2>
      <p>
        Everything you write is stored in one database file on this computer, with daily backups
        beside it, and never sent anywhere. Ladder makes no network requests; only you decide when
        something leaves, by exporting or printing it. You can protect it all with a passphrase
        (Settings: Protect with Passphrase...).
      </p>
      {info.data && (
        <p>
          Your journal lives in <code className="welcome-path">{info.data.dataDir}</code>
        </p>
      )}
    </article>
  );
}
