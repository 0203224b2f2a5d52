import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupApi } from '../../components/Popup';
import '../../components/pages.css';
import { loadSettings } from '../../lib/settings/settings-store';
import { focusFinding, NO_PAGE, pageSampleOf, pageStateOf, saveFile, startGuideIn, targetTab } from '../../lib/show/tab-client';

// When the popup's own code starts: the time before it is the browser opening the popup's page
// and loading its modules (bench/ reads this; nothing is sent anywhere).
performance.mark('opp-wijzer:popup-start');
// The popup asks; it never reads the page itself. Closing after an action hands the page back.
// The page's report is asked for at once, while the settings load: the list waits for both.
const tab = targetTab();
const [settings, tabId, { report, readFailed }] = await Promise.all([loadSettings(), tab, tab.then((id) => (id === null ? NO_PAGE : pageStateOf(id)))]);
const api: PopupApi = {
  tabId,
  report,
  readFailed,
  focus: (rule) => tabId !== null && void focusFinding(tabId, rule).then(() => window.close()),
  startGuide: (guide) => tabId !== null && void startGuideIn(tabId, guide, report !== null).then(() => report && window.close()),
  async savePageSample() {
    const sample = tabId === null ? null : await pageSampleOf(tabId);
    if (sample) saveFile(sample.name, sample.html);
    return sample !== null;
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
  openRodControle: () => void browser.tabs.create({ url: browser.runtime.getURL('/rodcontrole.html') }).then(() => window.close()),
};
render(<Popup lang={settings.lang} api={api} />, document.getElementById('app')!);
// When the first frame with the list is painted (bench/ reads this; nothing is sent anywhere).
requestAnimationFrame(() => performance.mark('opp-wijzer:popup-drawn'));
