// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DecisionAid } from './DecisionAid';

afterEach(cleanup);

const answer = (question: RegExp, value: 'Ja' | 'Nee') => fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(value));
const advice = () => screen.getByRole('status').textContent ?? '';

describe('"Is een OPP nodig?" gives no advice on answers the user never gave', () => {
  it('starts with no answer chosen and no verdict', () => {
    render(<DecisionAid lang="nl" />);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    expect(advice()).toBe('Nog te beantwoorden: 5. Daarna volgt het advies.');
  });

  it('gives the verdict only once every question is answered, and asks the medical question when hours are shorter', () => {
    render(<DecisionAid lang="nl" />);
    answer(/externe gelden/, 'Nee');
    answer(/uitstroom lager dan 1F/, 'Nee');
    answer(/speciaal \(basis\)onderwijs/, 'Nee');
    expect(advice()).toContain('Nog te beantwoorden: 2');
    answer(/onderwijstijd/, 'Ja');
    // "Ja" to shorter hours opens one more question: still no verdict.
    expect(advice()).toContain('Nog te beantwoorden: 2');
    answer(/medisch/, 'Nee');
    fireEvent.click(screen.getByLabelText('Geen van deze'));
    expect(advice()).toContain('Ja, in de meeste gevallen: volg het advies van Leerplicht');
  });

  it('takes "Geen van deze" and a factor as the two ways to answer the factors, never both', () => {
    render(<DecisionAid lang="nl" />);
    for (const q of [/externe gelden/, /onderwijstijd/, /uitstroom lager dan 1F/, /speciaal \(basis\)onderwijs/]) answer(q, 'Nee');
    expect(advice()).toContain('Nog te beantwoorden: 1');
    fireEvent.click(screen.getByLabelText('Geen van deze'));
    expect(advice()).toContain('Nee, dit valt binnen de basisondersteuning');
    fireEvent.click(screen.getByLabelText('Meertalig'));
    expect((screen.getByLabelText('Geen van deze') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Verlengde of verdiepende instructie (1-op-1 of klein groepje)'));
    expect(advice()).toContain('kan de school kiezen voor een OPP');
  });
});
