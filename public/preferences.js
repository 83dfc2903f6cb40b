// Applies the person's stored theme, text size and motion before the first paint, so a dark or
// high-contrast choice never flashes light. Kept tiny and blocking on purpose; the app checks the
// same values again in src/features/settings/preferences.ts (a test keeps the two in step).
;(function () {
  var allowed = {
    theme: ['system', 'light', 'dark', 'high-contrast'],
    textSize: ['standard', 'large', 'larger', 'largest'],
    motion: ['system', 'reduce'],
  }
  try {
    var stored = JSON.parse(localStorage.getItem('harbour.preferences') || '{}') || {}
    var root = document.documentElement
    for (var key in allowed) {
      if (allowed[key].indexOf(stored[key]) !== -1) root.dataset[key] = stored[key]
    }
  } catch (error) {
    // Storage refused or unreadable: the defaults stand, and the app explains nothing is lost.
  }
})()
