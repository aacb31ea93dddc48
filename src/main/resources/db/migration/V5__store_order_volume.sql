-- Orders per store and quarter, reported by the marketplace; the denominator of the dispute rate (R18).
CREATE TABLE store_order_volume (
    store_id     VARCHAR(64) NOT NULL,
    quarter      VARCHAR(7)  NOT NULL,
    order_count  BIGINT      NOT NULL,
    CONSTRAINT pk_store_order_volume PRIMARY KEY (store_id, quarter),
    CONSTRAINT ck_store_order_volume_count CHECK (order_count >= 0)
);
