// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../lib/contract';
import { CollapsedTab } from './CollapsedTab';
import { Sidebar, type SidebarProps } from './Sidebar';

const finding = (rule: string, status: Finding['status'], message = `${rule} ${status}`): Finding => ({
  rule, status, message, evidence: [{ label: rule, where: `#${rule.replace('.', '-')}` }],
});

const report: Report = {
  app: 'topdossier',
  page: 'opp',
  findings: [
    finding('opp.factoren', 'pass'),
    finding('opp.hoorrecht', 'fail', 'Niet beschreven hoe de mening van de leerling is meegenomen.'),
    finding('opp.termijn', 'review'),
    finding('opp.onderwijstijd', 'n/a'),
    finding('opp.instemming', 'fail'),
  ],
};

function renderSidebar(over: Partial<SidebarProps> = {}) {
  const props: SidebarProps = {
    report, readable: true, lang: 'nl', side: 'right', locatable: () => true,
    onSelect: vi.fn(), onCollapse: vi.fn(), onSwitchSide: vi.fn(), ...over,
  };
  render(<Sidebar {...props} />);
  return props;
}

afterEach(cleanup);

describe('Sidebar', () => {
  it('is a landmark named OPP-wijzer with the counts at the top', () => {
    renderSidebar();
    const aside = screen.getByRole('complementary', { name: 'OPP-wijzer' });
    expect(within(aside).getByText('2 ontbreekt · 1 controleren · 1 in orde')).toBeTruthy();
  });

  it('groups findings as Ontbreekt, Controleren, In orde, in that order', () => {
    renderSidebar();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Ontbreekt (2)', 'Controleren (1)', 'In orde (1)']);
    const fails = screen.getByRole('region', { name: 'Ontbreekt (2)' });
    expect(within(fails).getByText('Niet beschreven hoe de mening van de leerling is meegenomen.')).toBeTruthy();
  });

  it('folds n/a findings away', () => {
    renderSidebar();
    const details = screen.getByText('Niet van toepassing (1)').closest('details')!;
    expect(details.open).toBe(false);
  });

  it('writes the status in words, not only in colour', () => {
    renderSidebar();
    expect(screen.getAllByText('Ontbreekt').length).toBe(2);
    expect(screen.getAllByText('Controleren').length).toBe(1);
  });

  it('shows the source behind "Waarom?"', () => {
    renderSidebar();
    const item = screen.getByText('Mening van de leerling (hoorrecht)').closest('li')!;
    const why = within(item).getByRole('button', { name: 'Waarom?' });
    const source = item.querySelector('.finding__source') as HTMLElement;
    expect(source.hidden).toBe(true);
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(source.hidden).toBe(false);
    expect(source.textContent).toContain('WPO artikel 40a, lid 7');
  });

  it('jumps to the part when a finding is clicked', () => {
    const props = renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Mening van de leerling (hoorrecht)' }));
    expect(props.onSelect).toHaveBeenCalledWith(expect.objectContaining({ rule: 'opp.hoorrecht' }));
  });

  it('says so when a part is not on the page, instead of pointing at nothing', () => {
    renderSidebar({ locatable: (f) => f.rule !== 'opp.instemming' });
    const item = screen.getByText('Instemming ouders').closest('li')!;
    expect(within(item).queryByRole('button', { name: 'Instemming ouders' })).toBeNull();
    expect(within(item).getByText('Dit onderdeel is niet op de pagina gevonden.')).toBeTruthy();
  });

  it('warns when the page could not be read', () => {
    renderSidebar({ readable: false });
    expect(screen.getByRole('status').textContent).toContain('Deze pagina kon niet volledig worden gelezen');
  });

  it('collapses and moves on request', () => {
    const props = renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'OPP-wijzer inklappen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zijbalk naar links verplaatsen' }));
    expect(props.onCollapse).toHaveBeenCalled();
    expect(props.onSwitchSide).toHaveBeenCalled();
  });

  it('speaks English when asked', () => {
    renderSidebar({ lang: 'en' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Missing (2)', 'To check (1)', 'In order (1)']);
  });
});

describe('Sidebar on a complete OPP, and on a page where no part was found', () => {
  const complete: Report = { ...report, findings: [finding('opp.factoren', 'pass'), finding('opp.hoorrecht', 'pass'), finding('opp.onderwijstijd', 'n/a')] };
  const noneFound: Report = {
    ...report,
    findings: ['opp.factoren', 'opp.hoorrecht', 'opp.termijn'].map((rule) => ({ rule, status: 'review' as const, message: 'Niet gevonden.', evidence: [] })),
  };

  it('folds a complete OPP to one line "Alles in orde (2)" that opens the list', () => {
    renderSidebar({ report: complete });
    const line = screen.getByRole('button', { name: 'Alles in orde (2)' });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['In orde (2)']);
  });

  it('says it in English too', () => {
    renderSidebar({ report: complete, lang: 'en' });
    expect(screen.getByRole('button', { name: 'All in order (2)' })).toBeTruthy();
  });

  it('shows a page where no part was found as one line with one action, not a card per part', () => {
    renderSidebar({ report: noneFound, locatable: () => false, pointable: () => true, onPoint: vi.fn() });
    expect(screen.getByRole('status').textContent).toContain('Op deze pagina is geen onderdeel van het OPP gevonden');
    expect(screen.queryAllByRole('button', { name: 'Wijs het aan' })).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Toon de onderdelen (3)' }));
    expect(screen.getAllByRole('button', { name: 'Wijs het aan' })).toHaveLength(3);
  });

  it('lists everything when a part was found, even if it needs a look', () => {
    renderSidebar({ report: noneFound, locatable: (f) => f.rule === 'opp.termijn' });
    expect(screen.queryByRole('button', { name: /Toon de onderdelen/ })).toBeNull();
    expect(screen.getByText('0 ontbreekt · 3 controleren · 0 in orde')).toBeTruthy();
  });

  it('names its buttons in words, the fold button with a tooltip', () => {
    renderSidebar();
    expect(screen.getByRole('button', { name: 'Zijbalk naar links verplaatsen' }).textContent).toContain('Naar links');
    expect(screen.getByRole('button', { name: 'OPP-wijzer inklappen' }).getAttribute('title')).toBe('OPP-wijzer inklappen');
  });
});

describe('CollapsedTab', () => {
  it('shows the fail count and opens the sidebar', () => {
    const onOpen = vi.fn();
    render(<CollapsedTab report={report} lang="nl" side="right" onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: 'OPP-wijzer openen (2 ontbreekt)' });
    expect(button.textContent).toContain('2');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalled();
  });
});
