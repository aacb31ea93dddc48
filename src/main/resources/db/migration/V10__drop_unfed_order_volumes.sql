-- Quarterly order volumes had no writer outside tests; the marketplace's order feed (per store and day) replaces them.
DROP TABLE store_order_volume;
