package io.disputeflow.api;

/** JSON examples for the OpenAPI description (Swagger UI shows them next to each endpoint). */
public final class ApiExamples {

    public static final String OPEN_DISPUTE = """
            {
              "orderId": "O-88231",
              "storeId": "store-aurora-gadgets",
              "buyerId": "buyer-4711",
              "buyerLanguage": "en",
              "reason": "NOT_AS_DESCRIBED",
              "description": "The charger is 20 W, the listing says 65 W.",
              "requestedRefund": {"amount": "25.00", "currency": "USD"},
              "returnOffered": true,
              "order": {
                "paidAmount": "25.00",
                "shippedAt": "2026-11-02T10:00:00Z",
                "promisedDeliveryDays": 15,
                "protectionEndsAt": "2026-12-20T00:00:00Z",
                "carrier": "Cainiao",
                "trackingNumber": "LP00123456789CN"
              }
            }""";

    public static final String MODIFICATION = """
            {"requestedRefund": {"amount": "15.00", "currency": "USD"}, "description": "Keeping it for a partial refund"}""";

    public static final String RETURN_SHIPMENT = """
            {"carrier": "Cainiao", "trackingNumber": "RT00987654321CN"}""";

    public static final String TRACKING_EVENTS = """
            {
              "carrier": "Cainiao",
              "trackingNumber": "LP00123456789CN",
              "events": [
                {"at": "2026-11-03T08:00:00Z", "status": "ACCEPTED", "location": "Shenzhen", "description": "Accepted"},
                {"at": "2026-11-06T14:30:00Z", "status": "IN_TRANSIT", "location": "Madrid", "description": "Arrived"}
              ]
            }""";

    public static final String RULE_VIOLATION = """
            {
              "type": "https://disputeflow.io/problems/rule-violation",
              "title": "The request breaks rule R1",
              "status": 422,
              "detail": "Too early: a dispute for this order can be opened from 2026-11-07T10:00:00Z (5 days after shipment)",
              "instance": "/api/disputes",
              "rule": "R1",
              "errors": [{"field": "order.shippedAt", "rule": "R1", "message": "Too early: ..."}]
            }""";

    public static final String VALIDATION = """
            {
              "type": "https://disputeflow.io/problems/validation",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "Correct these fields and send the request again: requestedRefund.amount must be a positive decimal string with at most two decimals, e.g. \\"25.00\\"",
              "instance": "/api/disputes",
              "errors": [{"field": "requestedRefund.amount", "rule": "format", "message": "must be a positive decimal string with at most two decimals, e.g. \\"25.00\\""}]
            }""";

    public static final String CONFLICT = """
            {
              "type": "https://disputeflow.io/problems/action-not-allowed",
              "title": "The dispute's state does not allow escalation",
              "status": 409,
              "detail": "The dispute is AWAITING_SELLER. A dispute can be escalated to arbitration after the seller rejected the request or the buyer rejected the seller's counter-offer.",
              "instance": "/api/disputes/D-1042/escalation",
              "rule": "R6",
              "disputeStatus": "AWAITING_SELLER"
            }""";

    public static final String DUPLICATE = """
            {
              "type": "https://disputeflow.io/problems/dispute-already-open",
              "title": "The order already has an open dispute",
              "status": 409,
              "detail": "Order O-88231 already has an open dispute, D-1042: modify or cancel that dispute instead of opening another",
              "instance": "/api/disputes",
              "existingDisputeId": "D-1042"
            }""";

    public static final String DISPUTE = """
            {
              "id": "D-1042", "orderId": "O-88231", "storeId": "store-aurora-gadgets", "buyerId": "buyer-4711",
              "buyerLanguage": "en", "status": "NEGOTIATING", "category": "product",
              "openedAt": "2026-11-10T09:12:00Z", "closedAt": null, "outcome": null,
              "order": {"paid": {"amount": "25.00", "currency": "USD"}, "shippedAt": "2026-11-02T10:00:00Z",
                        "promisedDeliveryDays": 15, "protectionEndsAt": "2026-12-20T00:00:00Z",
                        "carrier": "Cainiao", "trackingNumber": "LP00123456789CN"},
              "proposal": {"reason": "NOT_AS_DESCRIBED", "description": "The charger is 20 W, the listing says 65 W.",
                           "refund": {"amount": "25.00", "currency": "USD"}, "returnOffered": true},
              "sellerAnswer": {"decision": "COUNTER_OFFER", "counterOfferType": "PARTIAL_REFUND",
                               "counterOffer": {"amount": "10.00", "currency": "USD"},
                               "message": "We refund 10.00 and you keep the charger", "awaitingBuyerAnswer": true},
              "agreement": null, "ruling": null,
              "deadlines": [{"what": "Buyer and seller reach an agreement", "dueAt": "2026-11-25T09:12:00Z",
                             "otherwise": "The dispute is escalated to platform arbitration", "rule": "R7"}],
              "availableActions": ["counter-offer/acceptance", "counter-offer/rejection", "cancellation"],
              "refunds": [],
              "timeline": [{"at": "2026-11-10T09:12:00Z", "actor": "buyer-4711", "action": "OPENED",
                            "detail": "Refund request for 25.00 USD"},
                           {"at": "2026-11-11T15:40:00Z", "actor": "anna", "action": "SELLER_COUNTER_OFFER",
                            "detail": "COUNTER_OFFER PARTIAL_REFUND 10.00 USD: We refund 10.00 and you keep the charger"}],
              "abuseReported": false
            }""";

    public static final String SERVICE_LEVEL = """
            {"storeId": "store-aurora-gadgets", "quarter": "2026-Q4", "disputesOpened": 42, "resolvedByNegotiation": 31,
             "arbitrated": 6, "countedTowardRate": 38, "orders": 5200, "disputeRate": "0.0073",
             "refundsPaid": [{"amount": "812.40", "currency": "USD"}], "penalties": 1, "orderVolumeDays": 92,
             "orderVolumeDaysMissing": 0, "orderVolumes": null}""";

    public static final String EVIDENCE = """
            {"id": 7, "party": "BUYER", "kind": "PHOTO", "fileName": "charger.jpg", "contentType": "image/jpeg",
             "sizeBytes": 183204, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "note": "Label shows 20 W", "uploadedAt": "2026-11-10T09:20:00Z", "uploadedBy": "storefront",
             "href": "/api/disputes/D-1042/evidence/7"}""";

    public static final String TRACKING_RECEIPT = """
            {"carrier": "Cainiao", "trackingNumber": "LP00123456789CN", "received": 2, "recorded": 1}""";

    public static final String CREATE_COMPANY = """
            {"id": "aurora-trading", "name": "Aurora Trading"}""";

    public static final String COMPANY = """
            {"id": "aurora-trading", "name": "Aurora Trading", "storeLimit": 6, "openStores": 1,
             "stores": [{"id": "store-aurora-gadgets", "companyId": "aurora-trading", "name": "Aurora Gadgets",
                         "status": "OPEN", "closedAt": null, "openDisputes": 0}],
             "people": [{"userId": "anna", "companyId": "aurora-trading", "firstName": "Anna", "lastName": "Berg",
                         "email": "anna.berg@aurora-trading.example", "role": "AGENT"}]}""";

    public static final String OPEN_STORE = """
            {"id": "store-aurora-gadgets", "name": "Aurora Gadgets"}""";

    public static final String STORE = """
            {"id": "store-aurora-gadgets", "companyId": "aurora-trading", "name": "Aurora Gadgets", "status": "OPEN",
             "closedAt": null, "openDisputes": 0}""";

    public static final String CLOSED_STORE = """
            {"id": "store-aurora-gadgets", "companyId": "aurora-trading", "name": "Aurora Gadgets", "status": "CLOSED",
             "closedAt": "2026-11-30T17:00:00Z", "openDisputes": 3}""";

    public static final String ADD_PERSON = """
            {"userId": "anna", "firstName": "Anna", "lastName": "Berg", "email": "anna.berg@aurora-trading.example",
             "password": "a-long-initial-secret", "role": "AGENT"}""";

    public static final String PERSON = """
            {"userId": "anna", "companyId": "aurora-trading", "firstName": "Anna", "lastName": "Berg",
             "email": "anna.berg@aurora-trading.example", "role": "AGENT"}""";

    public static final String STORE_LIMIT = """
            {
              "type": "https://disputeflow.io/problems/rule-violation",
              "title": "The request breaks rule store-limit",
              "status": 422,
              "detail": "Company aurora-trading already runs 6 stores, the most a company may run: close a store before opening another",
              "instance": "/api/companies/aurora-trading/stores",
              "rule": "store-limit",
              "errors": [{"field": "companyId", "rule": "store-limit", "message": "Company aurora-trading already runs 6 stores, ..."}]
            }""";

    public static final String ID_TAKEN = """
            {
              "type": "https://disputeflow.io/problems/store-exists",
              "title": "The store id is taken",
              "status": 409,
              "detail": "Store id store-aurora-gadgets belongs to Aurora Gadgets of company aurora-trading: choose another id",
              "instance": "/api/companies/boreal-outfitters/stores",
              "rule": "store-exists",
              "errors": [{"field": "id", "rule": "store-exists", "message": "Store id store-aurora-gadgets belongs to ..."}]
            }""";

    public static final String STORE_CLOSED = """
            {
              "type": "https://disputeflow.io/problems/rule-violation",
              "title": "The request breaks rule store-closed",
              "status": 422,
              "detail": "Store 'store-aurora-gadgets' was closed on 2026-11-30 17:00 UTC and takes no new disputes; disputes opened before keep running",
              "instance": "/api/disputes",
              "rule": "store-closed",
              "errors": [{"field": "storeId", "rule": "store-closed", "message": "Store 'store-aurora-gadgets' was closed on ..."}]
            }""";

    public static final String ORDER_VOLUME_REQUEST = """
            {"ordersShipped": 1250}""";

    public static final String ORDER_VOLUME = """
            {"storeId": "store-aurora-gadgets", "date": "2026-11-02", "ordersShipped": 1250,
             "reportedAt": "2026-11-03T02:00:00Z", "reportedBy": "order-feed"}""";

    private ApiExamples() {
    }
}
