-- Open data (issue 15): Fachnetzwerke that do not publish their projects through the public
-- API. A row means "opted out". Kept apart from ref_network, which is replaced whenever the
-- reference CSV files are reloaded: a decision of a network must survive that.
CREATE TABLE open_data_opt_out (
    network_code VARCHAR PRIMARY KEY,
    decided_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    decided_by VARCHAR NOT NULL
);
