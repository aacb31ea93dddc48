-- Companies and their stores. A store is also a Camunda tenant; a company runs up to 6 stores.
CREATE TABLE company (
    id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);

CREATE TABLE store (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    company_id  VARCHAR(64)  NOT NULL REFERENCES company (id),
    name        VARCHAR(200) NOT NULL
);

CREATE INDEX ix_store_company ON store (company_id);

-- Dispute ids D-1001, D-1002, ...
CREATE SEQUENCE dispute_number START WITH 1001;

-- At most one open dispute per order: the order id is copied here while the dispute is open and cleared when it
-- closes (a unique column allows any number of NULLs on both H2 and PostgreSQL).
ALTER TABLE dispute ADD COLUMN open_order_id VARCHAR(64);
UPDATE dispute SET open_order_id = order_id WHERE closed_at IS NULL;
ALTER TABLE dispute ADD CONSTRAINT uq_dispute_open_order UNIQUE (open_order_id);

-- Answers to API requests sent with an Idempotency-Key: a repeated request gets the stored answer.
CREATE TABLE api_idempotency_key (
    client_id        VARCHAR(64)   NOT NULL,
    idempotency_key  VARCHAR(128)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    status           INTEGER       NOT NULL,
    location         VARCHAR(512),
    body             TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, idempotency_key)
);

CREATE INDEX ix_dispute_status_opened ON dispute (status, opened_at);
CREATE INDEX ix_dispute_opened ON dispute (opened_at);
