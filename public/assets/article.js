// Article pages: copy-link controls (a.copy-link before each heading and
// paragraph) copy the absolute URL of the anchor; the citation button copies
// the GB/T 7714 reference with today's date as the cited date. Each copy is
// announced through the page's aria-live region (#copy-status). Without
// scripts the controls are plain links to the anchors.
// @ts-check
const status = document.getElementById('copy-status');

/** @param {string} message */
function announce(message) {
  if (!status) return;
  // Clearing first makes a repeated message be announced again.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/** @param {string} text */
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's own URL without fragment: the canonical one when the site has SITE_URL. */
function pageUrl() {
  const canonical = /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel="canonical"]'));
  const url = new URL(canonical ? canonical.href : location.href);
  url.hash = '';
  return url.href;
}

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a.copy-link');
  if (link) {
    event.preventDefault();
    const id = /** @type {string} */ (link.getAttribute('href')).slice(1);
    const url = `${pageUrl()}#${id}`;
    history.replaceState(null, '', `#${id}`);
    const label = /** @type {string} */ (link.getAttribute('aria-label')).replace(/^复制/, '');
    announce((await copy(url)) ? `已复制${label}：${url}` : `无法复制，请手动复制地址：${url}`);
    return;
  }
  const button = /** @type {HTMLButtonElement | null | undefined} */ (target?.closest('button.copy-citation'));
  if (button) {
    const source = document.getElementById(/** @type {string} */ (button.dataset.copy));
    if (!source) return;
    const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD, local time
    // Without SITE_URL the printed URL is a site path; the page's own address is the real one.
    const text = source.textContent.replace('[引用日期]', `[${today}]`).replace(/\. \/\S*\.$/, `. ${pageUrl()}.`);
    announce((await copy(text)) ? '已复制引用' : '无法复制，请手动选择引用文字');
  }
});

for (const button of document.querySelectorAll('button.copy-citation')) /** @type {HTMLButtonElement} */ (button).hidden = false;
