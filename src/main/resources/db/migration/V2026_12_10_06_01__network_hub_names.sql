-- Hub names in other languages, as for countries; English lives in network_hub.name.
CREATE TABLE network_hub_name (
    hub_code VARCHAR(8)   NOT NULL REFERENCES network_hub (code),
    lang     VARCHAR(8)   NOT NULL,
    name     VARCHAR(120) NOT NULL,
    PRIMARY KEY (hub_code, lang)
);
