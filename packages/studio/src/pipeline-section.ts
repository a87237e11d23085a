/**
 * The pipeline options section: one choice per method family (impute, treat, normalise,
 * aggregate) listing the methods of the engine's tables with their descriptions, a field for the
 * method's parameters in its CLI syntax, and normalisation across years. The default of each (the
 * framework's own setting, else the engine's) is named and explained.
 */
import { html, nothing } from 'lit';
import type { Framework, Lang } from '@takar/core';
import {
  OPTION_FAMILIES,
  defaultText,
  frameworkSets,
  methodChoices,
  treatSettings,
  type OptionFamily,
  type PipelineTexts,
} from './pipeline-options.js';
import type { Texts } from './texts.js';

export interface PipelineSectionInput {
  lang: Lang;
  t: Texts;
  /** The framework as shipped or loaded: its own pipeline gives the defaults. */
  framework: Framework;
  texts: PipelineTexts;
  /** The years of the loaded data (for the across-years choice). */
  years: readonly number[];
  onChange: (texts: PipelineTexts) => void;
}

/** Splits a family's text into the method and its argument (`minmax:0,10`, `default,winmax=3`). */
export function splitText(family: OptionFamily, text: string): { method: string; arg: string } {
  const sep = family === 'treat' ? text.search(/[,=]/) : text.indexOf(':');
  if (sep < 0) return { method: text, arg: '' };
  // `winmax=3` alone is the default treatment with a setting.
  if (family === 'treat' && text[sep] === '=') return { method: 'default', arg: text };
  return { method: text.slice(0, sep), arg: text.slice(sep + 1) };
}

/** Joins a method and its argument into the family's text. */
export function joinText(family: OptionFamily, method: string, arg: string): string {
  const a = arg.trim();
  if (!a) return method;
  return family === 'treat' ? `${method},${a}` : `${method}:${a}`;
}

/** The options section's content. */
export function pipelineSection(input: PipelineSectionInput) {
  const { t, lang, framework, texts } = input;
  const set = (family: OptionFamily, text: string | undefined) => {
    const next: PipelineTexts = { ...texts };
    if (text === undefined) delete next[family];
    else next[family] = text;
    input.onChange(next);
  };
  const family = (f: OptionFamily) => {
    const choices = methodChoices(f, lang);
    const text = texts[f];
    const { method, arg } = text === undefined ? { method: '', arg: '' } : splitText(f, text);
    const fallback = defaultText(framework, f);
    const shown = choices.find((c) => c.name === (method || fallback));
    const takesArg = method !== '' && (f === 'treat' ? method !== 'none' : !!shown?.takesArgument);
    const id = `opt-${f}`;
    return html`<div class="option">
      <label for=${id}>${t.optionFamily[f]}</label>
      <select
        id=${id}
        aria-describedby=${`${id}-about`}
        @change=${(e: Event) => {
          const m = (e.target as HTMLSelectElement).value;
          set(f, m === '' ? undefined : m);
        }}
      >
        <option value="" ?selected=${method === ''}>
          ${frameworkSets(framework, f) ? t.defaultFramework(fallback) : t.defaultEngine(fallback)}
        </option>
        ${choices.map(
          (c) => html`<option value=${c.name} ?selected=${method === c.name}>${c.syntax}</option>`,
        )}
      </select>
      ${
        takesArg
          ? html`<label class="arg"
              >${t.optionArgument(f === 'treat' ? treatSyntax() : (shown?.syntax ?? ''))}
              <input
                type="text"
                id=${`${id}-arg`}
                .value=${arg}
                @change=${(e: Event) =>
                  set(f, joinText(f, method, (e.target as HTMLInputElement).value))}
              />
            </label>`
          : nothing
      }
      <p class="hint" id=${`${id}-about`}>
        ${method === '' ? t.defaultIs(fallback) : nothing} ${shown ? shown.description : nothing}
        ${shown?.needs.length ? html`(${t.needs}: ${shown.needs.join('; ')})` : nothing}
        ${
          f === 'treat' && (method === 'default' || (method === '' && fallback === 'default'))
            ? html`<br />${treatSettings(lang)
                  .map((s) => `${s.syntax}: ${s.description}`)
                  .join(' · ')}`
            : nothing
        }
      </p>
    </div>`;
  };
  const across = texts.across === 'years';
  return html`<fieldset class="pipeline" id="pipeline-options">
    <legend>${t.optionsTitle}</legend>
    <p class="hint">${t.optionsAbout}</p>
    ${OPTION_FAMILIES.map(family)}
    <div class="option">
      <label for="opt-across">${t.acrossLabel}</label>
      <select
        id="opt-across"
        aria-describedby="opt-across-about"
        @change=${(e: Event) => {
          const next: PipelineTexts = { ...texts };
          if ((e.target as HTMLSelectElement).value === 'years') next.across = 'years';
          else delete next.across;
          input.onChange(next);
        }}
      >
        <option value="" ?selected=${!across}>${t.acrossNone}</option>
        <option value="years" ?selected=${across}>${t.acrossYears}</option>
      </select>
      <p class="hint" id="opt-across-about">${t.acrossAbout(input.years)}</p>
    </div>
  </fieldset>`;
}

function treatSyntax(): string {
  return treatSettings('en')
    .map((s) => s.syntax)
    .join(',');
}
