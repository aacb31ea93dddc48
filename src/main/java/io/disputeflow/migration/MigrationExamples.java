package io.disputeflow.migration;

/** Examples of the migration API for its OpenAPI description. */
final class MigrationExamples {

    static final String REQUEST = """
            {"targetVersion": 2}""";

    static final String PREVIEW = """
            {
              "process": "DisputeResolution",
              "processName": "Dispute resolution",
              "targetVersion": 2,
              "previewedAt": "2026-11-24T09:00:00Z",
              "summary": {
                "text": "2 of 3 open disputes can move to version 2; none would be due at once; money at risk stays 64.00 USD",
                "disputes": 3, "canMove": 2, "cannotMove": 1, "dueAtOnce": 0, "paidAtOnce": [],
                "moneyAtRisk": {"before": [{"amount": "64.00", "currency": "USD"}],
                                "after": [{"amount": "64.00", "currency": "USD"}], "unchanged": true}
              },
              "disputes": [
                {
                  "disputeId": "D-7Q2K9", "storeName": "Aurora Home", "currentVersion": 1,
                  "waitsIn": ["Respond to dispute"], "canMove": true, "whyNot": [],
                  "dueDates": [
                    {"what": "The seller accepts, rejects or counters the refund request", "kind": "deadline",
                     "rule": "R2", "dueBefore": "2026-11-28T10:00:00Z", "dueAfter": "2026-11-30T10:00:00Z",
                     "change": "2 days later", "dueAtOnce": false},
                    {"what": "'Respond to dispute' task", "kind": "task", "dueBefore": "2026-11-28T10:00:00Z",
                     "dueAfter": "2026-11-30T10:00:00Z", "change": "2 days later", "dueAtOnce": false}
                  ],
                  "dueAtOnce": false
                },
                {
                  "disputeId": "D-4M8TT", "storeName": "Aurora Outdoor", "currentVersion": 1,
                  "waitsIn": ["Buyer's answer to the counter-offer"], "canMove": false,
                  "whyNot": ["waits in 'Buyer's answer to the counter-offer', which version 2 no longer has"],
                  "dueAtOnce": false
                }
              ]
            }""";

    static final String OUTCOME = """
            {
              "process": "DisputeResolution",
              "targetVersion": 2,
              "text": "2 disputes move to version 2 in 1 batch; 1 stays where it is (see left)",
              "batches": [{"id": "0f7c2a4e-cb9b-11f0-8de9-0242ac120002", "fromVersion": 1, "disputes": 2}],
              "moving": [{"disputeId": "D-7Q2K9", "fromVersion": 1}, {"disputeId": "D-9XK2P", "fromVersion": 1}],
              "left": [{"disputeId": "D-4M8TT", "fromVersion": 1,
                        "whyNot": ["waits in 'Buyer's answer to the counter-offer', which version 2 no longer has"]}]
            }""";

    private MigrationExamples() {
    }
}
