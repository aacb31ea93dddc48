-- Orders a store shipped on one day (UTC), reported by the marketplace's order system; the dispute rate (R18)
-- divides by the sum of a quarter's days. A repeated report for a day overwrites it.
CREATE TABLE store_daily_order_volume (
    store_id        VARCHAR(64) NOT NULL REFERENCES store (id),
    shipped_on      DATE        NOT NULL,
    orders_shipped  BIGINT      NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_by     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_store_daily_order_volume PRIMARY KEY (store_id, shipped_on),
    CONSTRAINT ck_store_daily_order_volume_count CHECK (orders_shipped >= 0)
);
