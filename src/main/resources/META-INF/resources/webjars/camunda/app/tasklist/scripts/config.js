// DisputeFlow's Tasklist: overrides Camunda's app/tasklist/scripts/config.js (options: Camunda docs, "Tasklist
// configuration"). Its look (banner, logo, hidden actions) is in ../styles/user-styles.css.
export default {
  // The header reads "DisputeFlow Tasklist", and so does the browser tab.
  app: {
    name: 'Tasklist',
    vendor: 'DisputeFlow'
  },
  // Every date with time carries its zone as an offset, e.g. "December 3, 2026 4:40 PM UTC+00:00": agents,
  // stores and the platform work in different zones. The webapps ship moment.js without timezone names, so the
  // offset (Z), not an abbreviation (z), is what can be shown. Dates without time (short) need no zone.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll [UTC]Z',
    normal: 'LLL [UTC]Z',
    long: 'LLLL [UTC]Z',
    short: 'LL'
  },
  // disputeflow-refusals: a refusal from the server (400 naming a field) marks that field in the form, not only a
  // notification. disputeflow-tasklist: the list sorted by due date unless the user picks a sort; store on the cards.
  customScripts: ['scripts/disputeflow-refusals', 'scripts/disputeflow-tasklist'],
  // Camunda's shortcuts without "start process": nobody starts a process from Tasklist (disputes are opened by
  // the storefront through the API).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    }
  }
};
