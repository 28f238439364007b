// Enhancements shared by every page. The pages work without this file.
'use strict';

// Print buttons are hidden until there is a script to run them.
for (const button of document.querySelectorAll('[data-action="print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// A document's status on the day it is read, from its dates: the page itself says what the
// editor wrote (the HTML does not depend on the day it was built).
const docStatus = document.querySelector('dd[data-status]');
if (docStatus && (docStatus.dataset.effective || docStatus.dataset.expires)) {
  const d = new Date();
  const today = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  const from = (label) => ' (' + docStatus.dataset.msgFrom.replace('{0}', label) + ')';
  const { effective, expires } = docStatus.dataset;
  if (expires && today >= expires) {
    docStatus.textContent = docStatus.dataset.msgExpired + from(docStatus.dataset.expiresLabel);
  } else if (effective && today < effective) {
    docStatus.textContent = docStatus.dataset.msgNotYet + from(docStatus.dataset.effectiveLabel);
  } else if (effective && docStatus.dataset.status === 'chua-co-hieu-luc') {
    docStatus.textContent = docStatus.dataset.msgInForce + from(docStatus.dataset.effectiveLabel);
  }
}

// The table of contents starts open where there is room beside the text.
const toc = document.querySelector('[data-toc]');
if (toc && window.matchMedia('(min-width: 64rem)').matches) toc.open = true;
