-- PostgreSQL only (db/vendor/{vendor}, application.yaml): pages of the dispute table keep 30% free, so that an
-- update that changes no indexed column (the settlement, the storefront event sequence, the category) writes the new
-- row version on the same page without new entries in the table's six indexes (a HOT update). A dispute's row is
-- updated 4 to 8 times in its life. Applies to pages filled from now on.
ALTER TABLE dispute SET (fillfactor = 70);
