-- Logistics: parcels (house waybills), consignments (master waybills, one per departure) and the tracking timeline.
-- Weights are whole grams, lengths whole millimetres; times are UTC instants.

-- One consignment per departure on a corridor: what is loaded is counted here, so that adding a parcel is one
-- conditional update that cannot pass the capacity or the cut-off, whatever runs at the same time.
CREATE TABLE logistics_consignment (
    id               UUID         NOT NULL PRIMARY KEY,
    corridor_id      UUID         NOT NULL,
    origin_hub       VARCHAR(8)   NOT NULL,
    destination_hub  VARCHAR(8)   NOT NULL,
    mode             VARCHAR(10)  NOT NULL CHECK (mode IN ('FLIGHT', 'TRUCK', 'SEA')),
    cutoff_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity_grams   BIGINT       NOT NULL CHECK (capacity_grams > 0),
    capacity_pieces  INT          NOT NULL CHECK (capacity_pieces > 0),
    loaded_grams     BIGINT       NOT NULL DEFAULT 0,
    loaded_pieces    INT          NOT NULL DEFAULT 0,
    master_waybill   VARCHAR(30)  NOT NULL UNIQUE,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'DEPARTED', 'ARRIVED')),
    carrier_name     VARCHAR(120),
    carrier_cost_minor BIGINT     CHECK (carrier_cost_minor IS NULL OR carrier_cost_minor >= 0),
    carrier_currency VARCHAR(3),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(200),
    departed_at      TIMESTAMP WITH TIME ZONE,
    departed_by      VARCHAR(200),
    arrived_at       TIMESTAMP WITH TIME ZONE,
    arrived_by       VARCHAR(200),
    CONSTRAINT logistics_consignment_load CHECK (loaded_grams >= 0 AND loaded_pieces >= 0
        AND loaded_grams <= capacity_grams AND loaded_pieces <= capacity_pieces)
);
CREATE INDEX logistics_consignment_hub_idx ON logistics_consignment (origin_hub, status, cutoff_at);
CREATE INDEX logistics_consignment_destination_idx ON logistics_consignment (destination_hub, status);

-- One parcel per accepted order. Its status is the milestone of its latest tracking event (by when it happened).
CREATE TABLE logistics_parcel (
    id                UUID         NOT NULL PRIMARY KEY,
    waybill           VARCHAR(30)  NOT NULL UNIQUE,
    order_id          UUID         NOT NULL UNIQUE,
    order_number      VARCHAR(20)  NOT NULL,
    seller_id         UUID         NOT NULL,
    seller_name       VARCHAR(200) NOT NULL,
    buyer_id          UUID         NOT NULL,
    corridor_id       UUID         NOT NULL,
    origin_hub        VARCHAR(8)   NOT NULL,
    destination_hub   VARCHAR(8)   NOT NULL,
    declared_grams    BIGINT       NOT NULL CHECK (declared_grams > 0),
    declared_pieces   INT          NOT NULL CHECK (declared_pieces > 0),
    measured_grams    BIGINT       CHECK (measured_grams IS NULL OR measured_grams > 0),
    length_mm         INT          CHECK (length_mm IS NULL OR length_mm > 0),
    width_mm          INT          CHECK (width_mm IS NULL OR width_mm > 0),
    height_mm         INT          CHECK (height_mm IS NULL OR height_mm > 0),
    freight_per_kg    DECIMAL(19, 6),
    freight_currency  VARCHAR(3),
    overweight_minor  BIGINT,
    handover          VARCHAR(10)  NOT NULL CHECK (handover IN ('DROP_OFF', 'PICKUP')),
    pickup_address    VARCHAR(300),
    pickup_from       TIMESTAMP WITH TIME ZONE,
    pickup_to         TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(30)  NOT NULL,
    consignment_id    UUID         REFERENCES logistics_consignment (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE,
    received_by       VARCHAR(200),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT          NOT NULL DEFAULT 0
);
CREATE INDEX logistics_parcel_origin_idx ON logistics_parcel (origin_hub, status, received_at);
CREATE INDEX logistics_parcel_destination_idx ON logistics_parcel (destination_hub, status);
CREATE INDEX logistics_parcel_seller_idx ON logistics_parcel (seller_id, created_at);
CREATE INDEX logistics_parcel_consignment_idx ON logistics_parcel (consignment_id);

-- The timeline: immutable, append-only. A carrier's event id is unique, so a redelivered webhook adds nothing.
CREATE TABLE logistics_tracking_event (
    id               UUID         NOT NULL PRIMARY KEY,
    parcel_id        UUID         NOT NULL REFERENCES logistics_parcel (id),
    milestone        VARCHAR(30)  NOT NULL CHECK (milestone IN ('LABEL_CREATED', 'RECEIVED_AT_ORIGIN', 'IN_CONSIGNMENT',
                        'DEPARTED', 'ARRIVED_AT_DESTINATION', 'HANDED_TO_CUSTOMS', 'RELEASED_BY_CUSTOMS',
                        'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION')),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    seq              BIGINT       NOT NULL,
    hub              VARCHAR(8),
    source           VARCHAR(10)  NOT NULL CHECK (source IN ('SYSTEM', 'AGENT', 'CARRIER')),
    actor_user_id    UUID,
    actor_name       VARCHAR(200) NOT NULL,
    reason           VARCHAR(300),
    carrier_event_id VARCHAR(100) UNIQUE,
    carrier_code     VARCHAR(40),
    CONSTRAINT logistics_event_exception_reason CHECK (milestone <> 'EXCEPTION' OR reason IS NOT NULL)
);
CREATE INDEX logistics_tracking_event_parcel_idx ON logistics_tracking_event (parcel_id, occurred_at, seq);
CREATE SEQUENCE logistics_tracking_event_seq;
-- House waybill serials (ISK-<hub>-<8 digits>-<check digits>).
CREATE SEQUENCE logistics_waybill_seq START WITH 1;
