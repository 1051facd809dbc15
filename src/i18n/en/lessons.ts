import type { Messages } from '../translate.ts';

/** The lesson runtime's strings: predictions, challenges, quizzes, progress files. */
export default {
  'lessons.predict.run': 'Run it and see',
  'lessons.predict.chooseFirst': 'Choose an answer, then run the simulation to find out.',
  'lessons.predict.watch': 'Your answer is in. Watch the run…',
  'lessons.predict.right': 'You called it.',
  'lessons.predict.wrong': 'Not quite. Here is what happened.',
  'lessons.predict.yourChoice': 'your answer',
  'lessons.predict.answer': 'the answer',
  'lessons.challenge.title': 'Challenge',
  'lessons.challenge.goals': 'Goals',
  'lessons.challenge.pass': 'met',
  'lessons.challenge.fail': 'not met',
  'lessons.challenge.measured': 'measured {value}, must stay below {target}',
  'lessons.challenge.failedRequests': (p) =>
    p.count === 1 ? '1 request failed' : `${p.count} requests failed`,
  'lessons.challenge.eventCount': (p) =>
    p.count === 0
      ? 'did not happen'
      : p.count === 1
        ? 'happened once'
        : `happened ${p.count} times`,
  'lessons.challenge.allRunning': 'all running since {value}, needed by {target}',
  'lessons.challenge.notAllRunning': 'not all running by {target}',
  'lessons.challenge.machinesUsed': 'at most {value} in use at once, must stay below {target}',
  'lessons.challenge.cpuSeconds': '{value} CPU-seconds of work done, must be at least {target}',
  'lessons.challenge.stepInImage': 'the image has it',
  'lessons.challenge.stepNotInImage': 'the image no longer has it',
  'lessons.challenge.keeps':
    'Your run keeps these parts as the lesson wrote them, whatever you change in them:',
  'lessons.challenge.notRun': 'Run your scenario to check it against the goals.',
  'lessons.challenge.running': 'The run is still going: these results are not final yet.',
  'lessons.challenge.progress': '{met} of {total} goals met.',
  'lessons.challenge.solved': 'Every goal is met. Challenge solved!',
  'lessons.challenge.hint': 'Hint',
  'lessons.challenge.showSolution': 'Show solution',
  'lessons.unit.minutes': '{n} min',
  'lessons.quiz.title': 'Challenge',
  'lessons.quiz.prompt': 'Choose an answer for each, then check them.',
  'lessons.quiz.check': 'Check',
  'lessons.quiz.right': 'Right',
  'lessons.quiz.wrong': 'Not quite',
  'lessons.quiz.missing': 'No answer yet',
  'lessons.quiz.answerFirst': 'Choose an answer for each item first.',
  'lessons.quiz.score': '{right} of {total} right.',
  'lessons.quiz.fixWrong': 'Change the ones marked “not quite” and check again.',
  'lessons.quiz.unanswered': (p) =>
    p.count === 1 ? '1 item has no answer yet.' : `${p.count} items have no answer yet.`,
  'lessons.quiz.solved': 'All right. Challenge solved.',
  'lessons.quiz.again': 'Try again',
  'lessons.progress.import.notJson': 'This file is not a progress file: it is not even JSON.',
  'lessons.progress.import.notProgress': 'This JSON file is not a cloudscope progress file.',
  'lessons.progress.import.newer':
    'This progress file comes from a newer version of cloudscope. Reload the page and try again.',
  'lessons.progress.import.invalid': 'This progress file is damaged ({detail}).',
  'lessons.progress.import.done': 'Progress imported and merged with what you had.',
  'lessons.progress.setAside':
    'Your saved progress could not be read, so it was set aside and you start afresh.',
} satisfies Messages;
