// Placeholder of the filters slice: merged by hand with the branding slice's config.js.
export default {
  customScripts: ['scripts/disputeflow-permissions']
};
