// The Skills page's table: each critical skill, a self-rating with its history, and colleagues' view.
import { useRef, useState } from 'react';
import type { Skill } from '../../../../src-main/shared/domain';
import {
  addSkill,
  rateSkill,
  refreshSkills,
  removeSkill,
  setColleaguesView,
  skillsRead,
} from './journalQueries';
import { PAGE_SESSION } from '../../api/pageSession';
import { keepFocusWhenRowGoes, refocusAfterAdd } from '../../ui/keepFocus';
import { notify } from '../../workbench/store';
import { confirmDialog } from '../../ui/confirm';
import { errorCode, errorMessage, keptWordsNotice } from '../../ui/errorMessage';
import { RatingControl } from './RatingControl';
import { Sparkline } from './Sparkline';

async function attempt(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (errorCode(error) === 'conflict') {
      await refreshSkills();
      notify('error', keptWordsNotice(error, 'colleagues’ view'));
    } else notify('error', `Could not ${what}: ${errorMessage(error)}`);
  }
}

export function SkillsTable() {
  const skills = skillsRead.use({});
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    refocusAfterAdd(field.current);
    setName('');
    void attempt('add the skill', () => addSkill({ name: trimmed }));
  };
  return (
    <section className="ladder-skills" aria-label="Skills and self-ratings">
      {skills.data?.length === 0 && (
        <p className="ladder-empty">
          List the few skills your job depends on most, then rate yourself honestly.
        </p>
      )}
      <ul className="ladder-skills__list">
        {(skills.data ?? []).map((skill) => (
          <SkillRow key={skill.id} skill={skill} />
        ))}
      </ul>
      <form
        className="ladder-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          ref={field}
          className="ladder-input"
          aria-label="New skill name"
          placeholder="A skill, e.g. Negotiation"
          value={name}
          dir="auto"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="ladder-button" disabled={!name.trim()}>
          Add skill
        </button>
      </form>
    </section>
  );
}

function SkillRow({ skill }: { skill: Skill }) {
  const [note, setNote] = useState('');
  const [view, setView] = useState(skill.colleaguesView);
  const history = [...skill.history].sort((a, b) => b.ratedAt - a.ratedAt);
  // RatingControl decides when a rating is new (skill.rating lags a save until the refetch).
  const rate = (rating: number) => {
    const text = note.trim();
    setNote('');
    void attempt('save the rating', () =>
      rateSkill({ id: skill.id, rating, ...(text ? { note: text } : {}) }),
    );
  };
  const remove = async (button: HTMLElement) => {
    const ok = await confirmDialog({
      title: 'Remove this skill?',
      message: `"${skill.name}" and its rating history will be removed.`,
      confirmLabel: 'Remove skill',
      danger: true,
    });
    if (!ok) return;
    const stopWatching = keepFocusWhenRowGoes(button, {
      scope: '.ladder-skills',
      row: '.ladder-skill',
      fallback: '.ladder-inline-form input',
    });
    await attempt('remove the skill', () =>
      removeSkill({ id: skill.id }).catch((error: unknown) => {
        stopWatching();
        throw error;
      }),
    );
  };
  return (
    <li className="ladder-skill">
      <div className="ladder-skill__head">
        <span className="ladder-skill__name" dir="auto">
          {skill.name}
        </span>
        <RatingControl
          name={skill.name}
          value={skill.rating}
          onRate={rate}
          allowSameRating={note.trim() !== ''}
        />
        <Sparkline name={skill.name} history={skill.history} />
        <button
          type="button"
          className="ladder-icon-button"
          aria-label={`Remove skill ${skill.name}`}
          onClick={(e) => void remove(e.currentTarget)}
        >
          <span className="codicon codicon-trash" aria-hidden="true" />
        </button>
      </div>
      <input
        className="ladder-input"
        aria-label={`Note for the next rating of ${skill.name}`}
        placeholder="Why this rating? (optional, saved with the next rating)"
        value={note}
        dir="auto"
        onChange={(e) => setNote(e.target.value)}
      />
      <textarea
        className="ladder-input"
        aria-label={`What three colleagues would say about ${skill.name}`}
        placeholder="What would three colleagues say about this skill?"
        rows={2}
        dir="auto"
        value={view}
        onChange={(e) => setView(e.target.value)}
        onBlur={() => {
          if (view !== skill.colleaguesView) {
            void attempt('save what colleagues would say', () =>
              setColleaguesView({
                id: skill.id,
                text: view,
                baseVersion: skill.version,
                session: PAGE_SESSION,
              }),
            );
          }
        }}
      />
      {history.length > 0 && (
        <details className="ladder-skill__history">
          <summary>Rating history ({history.length})</summary>
          <ol>
            {history.map((h) => (
              <li key={h.ratedAt}>
                <time dateTime={new Date(h.ratedAt).toISOString()}>
                  {new Date(h.ratedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
                </time>
                {': '}
                {h.rating} of 5{h.note ? ` — ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
