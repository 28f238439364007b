// Enhancements shared by every page. The pages work without this file.
'use strict';

// Print buttons are hidden until there is a script to run them.
for (const button of document.querySelectorAll('[data-action="print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

// The table of contents starts open where there is room beside the text.
const toc = document.querySelector('[data-toc]');
if (toc && window.matchMedia('(min-width: 64rem)').matches) toc.open = true;
