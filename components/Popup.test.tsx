// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../lib/contract';
import { Popup, type PopupApi } from './Popup';

const report: Report = {
  app: 'topdossier',
  page: 'settings',
  findings: [
    { rule: 'settings.2fa', status: 'fail', message: '2FA staat uit.', evidence: [] },
    { rule: 'settings.bewaartermijn', status: 'pass', message: 'In orde.', evidence: [] },
  ],
};

function api(over: Partial<PopupApi> = {}): PopupApi {
  return { tabId: 7, report: null, readFailed: false, focus: vi.fn(), startGuide: vi.fn(), savePageSample: vi.fn(async () => true), openOptions: vi.fn(), openRodControle: vi.fn(), ...over };
}

afterEach(cleanup);

describe('Popup', () => {
  it('says when OPP-wijzer could not read the page, instead of staying silent, and offers the page structure', async () => {
    const a = api({ readFailed: true });
    render(<Popup lang="nl" api={a} />);
    const section = screen.getByRole('heading', { name: 'OPP-wijzer kon deze pagina niet lezen' }).closest('section')!;
    expect(section.textContent).toContain('Controleer het OPP of de registratie zelf');
    fireEvent.click(within(section).getByRole('button', { name: 'Paginastructuur opslaan' }));
    expect(a.savePageSample).toHaveBeenCalled();
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('says nothing of a failed read when the page was read', () => {
    render(<Popup lang="nl" api={api({ report })} />);
    expect(screen.queryByText('OPP-wijzer kon deze pagina niet lezen')).toBeNull();
  });

  it('lists the page\'s findings and starts the guide for a failing one', () => {
    const a = api({ report });
    render(<Popup lang="nl" api={a} />);
    const item = screen.getByText('2FA voor de school').closest('li')!;
    expect(within(item).getByText('Ontbreekt')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Laat zien hoe' }));
    expect(a.startGuide).toHaveBeenCalledWith('topdossier-schoolinstellingen');
    fireEvent.click(within(item).getByRole('button', { name: '2FA voor de school' }));
    expect(a.focus).toHaveBeenCalledWith('settings.2fa');
  });

  it('shows the process checklist when the tab is not an app page', () => {
    render(<Popup lang="nl" api={api()} />);
    expect(screen.getByRole('heading', { name: 'Het OPP-proces' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
  });

  it('opens the decision aid and comes back', () => {
    render(<Popup lang="en" api={api()} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Is an OPP needed?' })[0]!);
    expect(screen.getByRole('status').textContent).toContain('Still to answer: 5');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('heading', { name: 'The OPP process' })).toBeTruthy();
  });

  it('says when the page structure was saved', async () => {
    render(<Popup lang="nl" api={api({ report })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Paginastructuur opslaan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Het bestand is opgeslagen in je downloads.');
  });
});
