// @vitest-environment jsdom
import '../lib/i18n-ui';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { NEWS } from '../lib/whats-new/whats-new-format';
import { WhatsNew } from './WhatsNew';

afterEach(cleanup);
const [version, news] = Object.entries(NEWS)[0]!;

it('shows the news of this version under "Nieuw in deze versie" and reports it shown', () => {
  const onShown = vi.fn();
  render(<WhatsNew lang="nl" version={version} news={news} onShown={onShown} />);
  expect(screen.getByRole('heading', { name: `Nieuw in deze versie (${version})` })).toBeTruthy();
  expect(screen.getAllByRole('listitem')).toHaveLength(news.length);
  expect(onShown).toHaveBeenCalledTimes(1);
});

it('shows nothing, and reports nothing, without news', () => {
  const onShown = vi.fn();
  const { container } = render(<WhatsNew lang="nl" version={version} news={[]} onShown={onShown} />);
  expect(container.textContent).toBe('');
  expect(onShown).not.toHaveBeenCalled();
});
