-- Vernetzung kinds (issue 20): every stored pair carries what it is (dublette, parallel,
-- standard) and how many specific words (rare over the whole database) both texts share.
-- Pairs stored before had no kind: the stored run is forgotten, so the next read runs all pairs.
ALTER TABLE match_pair ADD COLUMN kind VARCHAR NOT NULL DEFAULT 'dublette';
ALTER TABLE match_pair ADD COLUMN specific_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE match_pair ADD COLUMN title_specific INTEGER NOT NULL DEFAULT 0;
DELETE FROM match_run;
