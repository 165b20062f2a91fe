-- Version 2: indexes for the review queues (claims by status across articles) and for
-- finding a source by its link, which reports and merges look up.
CREATE INDEX claims_by_status ON claims(status, article_id, start);
CREATE INDEX sources_by_url ON sources(url);
