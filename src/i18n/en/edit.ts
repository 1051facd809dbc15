import type { Messages } from '../translate.ts';

/** Editing a scenario on a lesson page, and the sandbox page (src/app). */
export default {
  'edit.open': 'Edit scenario',
  'edit.close': 'Close the editor',
  'edit.title': 'Scenario: {file}',
  'edit.actions': 'Scenario actions',
  'edit.run': 'Run',
  'edit.runKeys': 'Ctrl+Enter',
  'edit.reset': 'Reset scenario',
  'edit.copyLink': 'Copy link',
  'edit.edited': 'edited',
  'edit.confirmReset': 'Discard your changes and go back to the original scenario?',
  'edit.confirmDiscard': 'Discard my changes',
  'edit.confirmKeep': 'Keep editing',
  'edit.linkCopied': 'Link copied. Whoever opens it sees this scenario, run in the sandbox:',
  'edit.linkShown': 'Copy this link (the browser did not let the page copy it for you):',
  'edit.running': 'Checking and running…',
  'edit.ranNote': 'Your version is running in the panel.',
  'edit.failedNote': (p) =>
    `${p.count === 1 ? 'One problem' : `${p.count} problems`}: the panel still shows the last run that worked.`,
  'edit.failedNoteNothing': (p) =>
    `${p.count === 1 ? 'One problem' : `${p.count} problems`}: nothing runs until the scenario is fixed.`,
  'edit.notRun': 'Edited, not run yet: press Run (Ctrl+Enter) to see it.',
  'edit.saveFailed':
    'This browser did not save your edit (storage is full or switched off). Copy your code somewhere before you leave the page.',
  'edit.problems': 'Problems',
  'edit.at': 'Line {line}, column {column}',
  'edit.problem.timeout':
    'The scenario did not finish building within 2 seconds and was stopped. Is there an endless loop?',
  'edit.goalProblem': 'The challenge’s goal “{goal}” cannot be checked in your version: {message}',
  'edit.ran': 'Your scenario ran; the panel shows it.',
  'edit.failed': (p) =>
    `Your scenario has ${p.count === 1 ? 'a problem' : `${p.count} problems`}; the panel keeps the last good run.`,
  'edit.moreProblems': (p) => `Show ${p.count} more ${p.count === 1 ? 'problem' : 'problems'}`,
  'edit.resetDone': 'Back to the original scenario.',
  'edit.solutionTitle': 'The solution: {file}',
  'edit.solutionNote': 'The panel now runs the solution. Your own version is kept.',
  'edit.backToYours': 'Back to your version',
  'sandbox.title': 'Sandbox',
  'sandbox.intro':
    'A scenario of your own: change anything, run it, look at it with every view, and share it as a link. Hover over any option in the code to read what it does.',
  'sandbox.link': 'Sandbox',
  'sandbox.linkNote': 'Write a scenario of your own, with every view, and share it as a link.',
  'sandbox.file': 'your scenario',
  'sandbox.shared':
    'This scenario came with a link someone shared. It runs in a sandbox, apart from this page; your own sandbox scenario is kept.',
  'sandbox.openOwn': 'Open my own sandbox',
  'sandbox.share.tooLong':
    'This link is too long to be a cloudscope scenario, so it was not opened. Your own sandbox scenario is shown instead.',
  'sandbox.share.corrupt':
    'This link is damaged (perhaps cut off when it was copied), so its scenario cannot be read. Your own sandbox scenario is shown instead.',
  'sandbox.share.newer':
    'This link was made by a newer version of cloudscope. Reload the page to get it, then open the link again.',
  'sandbox.machine': 'State machine of',
  'sandbox.chartsOf': 'Charts of',
} satisfies Messages;
