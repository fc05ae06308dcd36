// After an upload or another post-back the outcome may be far down the page: move focus (and the view) to it.
// A file, not an inline script: the Content-Security-Policy allows scripts from this site only.
document.querySelector('#upload-errors, #upload-success, #upload-problem, #plan-conflicts')?.focus();
