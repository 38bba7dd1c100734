-- The trade blocs Isoko knows from the start. They are reference data for every deployment (not demo data);
-- more blocs are added with a migration or by an admin later. Membership is per country (network_country_bloc).
INSERT INTO network_bloc (code, name, valid_from, valid_to, source, source_url, created_at, created_by)
VALUES ('EAC', 'East African Community', DATE '2000-07-07', NULL,
        'Treaty for the Establishment of the East African Community (in force 7 July 2000)', 'https://www.eac.int',
        TIMESTAMP WITH TIME ZONE '2026-11-29 12:01:00+00', 'migration');
INSERT INTO network_bloc (code, name, valid_from, valid_to, source, source_url, created_at, created_by)
VALUES ('AFCFTA', 'African Continental Free Trade Area', DATE '2019-05-30', NULL,
        'Agreement Establishing the AfCFTA (in force 30 May 2019; trading from 1 January 2021)', 'https://au-afcfta.org',
        TIMESTAMP WITH TIME ZONE '2026-11-29 12:01:00+00', 'migration');
