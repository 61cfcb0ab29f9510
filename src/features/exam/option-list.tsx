import { useId } from 'react';
import type { Question } from '../../engine';
import { OPTION_LETTERS } from '../../components/option-letters';
import { RichText } from '../../components/rich-text';
import { useStrings } from '../../i18n';

/** Radio buttons for one answer, checkboxes for "choose two"; options appear in the attempt's order. */
export function OptionList(props: {
  question: Question;
  order: string[];
  chosen: string[];
  onChange: (optionIds: string[]) => void;
}) {
  const { question, order, chosen, onChange } = props;
  const t = useStrings();
  const name = useId();
  const multi = question.answer.length > 1;
  const byId = new Map(question.options.map((o) => [o.id, o]));
  const hintId = `${name}-hint`;

  function toggle(id: string) {
    if (!multi) return onChange([id]);
    onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  }

  return (
    <fieldset className="options" aria-describedby={hintId}>
      <legend className="visually-hidden">{t.exam.optionsLabel}</legend>
      <p id={hintId} className="options-hint">
        {multi ? t.exam.chooseN(question.answer.length) : t.exam.chooseOne}
        {multi && (
          <span className={chosen.length > question.answer.length ? 'over' : ''}>
            {' '}
            ({t.exam.chosenOfN(chosen.length, question.answer.length)})
          </span>
        )}
      </p>
      {order.map((id, i) => {
        const option = byId.get(id);
        if (!option) return null;
        const checked = chosen.includes(id);
        return (
          <label key={id} className={`option${checked ? ' option-chosen' : ''}`}>
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={name}
              value={id}
              checked={checked}
              onChange={() => toggle(id)}
            />
            <span className="option-letter" aria-hidden="true">
              {OPTION_LETTERS[i]}
            </span>
            <RichText as="span" text={option.text} className="option-text" />
          </label>
        );
      })}
    </fieldset>
  );
}
